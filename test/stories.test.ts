import { expect } from '@open-wc/testing';
import { ALL_TAGS } from './helpers.js';

// Renders every story of the built Storybook (`npm test` builds it first) as a visitor would,
// and fails on any story that throws or renders nothing.
interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  importPath: string;
}

async function renderStory(id: string): Promise<{ state: string; root: Element | null }> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '1000px';
  frame.style.blockSize = '800px';
  frame.src = `/storybook-static/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`;
  document.body.append(frame);
  try {
    const deadline = Date.now() + 5000;
    let phase: string | undefined;
    while (Date.now() < deadline) {
      // The preview's own record of the story: rendered, then played, then "completed" or "errored".
      const preview = (
        frame.contentWindow as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } } | null
      )?.__STORYBOOK_PREVIEW__;
      phase = preview?.currentRender?.phase;
      const body = frame.contentDocument?.body;
      if (phase === 'errored' || body?.classList.contains('sb-show-errordisplay')) {
        return { state: `error: ${body?.querySelector('#error-message')?.textContent ?? phase}`, root: null };
      }
      const root =
        [...(frame.contentDocument?.querySelectorAll('#storybook-root *') ?? [])].find((el) =>
          el.localName.startsWith('iom-'),
        ) ?? null;
      const done = phase === 'completed' || phase === 'afterEach' || phase === 'finished';
      if (done && root?.shadowRoot?.childElementCount) return { state: 'rendered', root };
      await new Promise((r) => setTimeout(r, 50));
    }
    return { state: `timed out in phase ${phase ?? 'none'}`, root: null };
  } finally {
    frame.remove();
  }
}

// The built Storybook's index, read before the tests are declared: one test per story.
const index = (await (await fetch('/storybook-static/index.json')).json()) as {
  entries: Record<string, IndexEntry>;
};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

describe('Storybook', () => {
  it('has stories for every element', () => {
    const files = new Set(stories.map((story) => story.importPath));
    for (const tag of [...ALL_TAGS, 'iom-provider']) {
      expect(files.has(`./stories/${tag}.stories.ts`), tag).to.equal(true);
    }
  });

  for (const story of stories) {
    it(`renders ${story.id} without an error`, async function () {
      this.timeout(20000);
      const { state } = await renderStory(story.id);
      expect(state).to.equal('rendered');
    });
  }
});
