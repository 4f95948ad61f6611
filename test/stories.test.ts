import { expect } from '@open-wc/testing';
import { addFrame, ALL_TAGS } from './helpers.js';

// Renders every story of the built Storybook (`npm test` builds it first) as a visitor would,
// and fails on any story that throws, renders nothing, or that the accessibility addon's axe
// run finds a violation in.
interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  importPath: string;
}

interface StoryFinished {
  storyId: string;
  status: 'success' | 'error';
  reporters: { type: string; result?: { violations?: { id: string; nodes: unknown[] }[] } }[];
}

interface Preview {
  channel: { on(event: string, listener: (payload: StoryFinished) => void): void };
  currentRender?: { phase?: string };
}

async function renderStory(id: string): Promise<string> {
  const frame = addFrame(`/storybook-static/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
  try {
    const deadline = Date.now() + 8000;
    let listening = false;
    let finished: StoryFinished | undefined;
    while (Date.now() < deadline) {
      const preview = (frame.contentWindow as { __STORYBOOK_PREVIEW__?: Preview } | null)
        ?.__STORYBOOK_PREVIEW__;
      // Listen as soon as the preview exists: it announces each story's end, with axe's report.
      if (preview && !listening) {
        if (preview.currentRender?.phase === 'finished') return 'finished before the test could listen';
        preview.channel.on('storyFinished', (payload) => (finished = payload));
        listening = true;
      }
      const body = frame.contentDocument?.body;
      if (preview?.currentRender?.phase === 'errored' || body?.classList.contains('sb-show-errordisplay')) {
        return `error: ${body?.querySelector('#error-message')?.textContent ?? 'errored'}`;
      }
      if (finished) {
        const violations = finished.reporters
          .filter((reporter) => reporter.type === 'a11y')
          .flatMap((reporter) => reporter.result?.violations ?? [])
          .map((violation) => `${violation.id} (${violation.nodes.length})`);
        if (violations.length > 0) return `axe violations: ${violations.join(', ')}`;
        if (finished.status !== 'success') return `status ${finished.status}`;
        const rendered = [...(frame.contentDocument?.querySelectorAll('#storybook-root *') ?? [])].find(
          (el) => el.localName.startsWith('iom-'),
        );
        return rendered?.shadowRoot?.childElementCount ? 'rendered' : 'rendered nothing';
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    return `timed out in phase ${
      (frame.contentWindow as { __STORYBOOK_PREVIEW__?: Preview } | null)?.__STORYBOOK_PREVIEW__
        ?.currentRender?.phase ?? 'none'
    }`;
  } finally {
    frame.remove();
  }
}

// The built Storybook's index, read before the tests are declared: one test per story.
const index = (await (await fetch('/storybook-static/index.json')).json()) as {
  entries: Record<string, IndexEntry>;
};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

/** Opens a docs page and waits for text from the manifest (the JSDoc) to appear on it. */
async function renderDocs(id: string, expected: string): Promise<string> {
  const frame = addFrame(`/storybook-static/iframe.html?id=${encodeURIComponent(id)}&viewMode=docs`);
  try {
    for (const deadline = Date.now() + 8000; Date.now() < deadline;) {
      const body = frame.contentDocument?.body;
      if (body?.classList.contains('sb-show-errordisplay')) return 'error';
      if (body?.textContent?.includes(expected)) return 'rendered';
      await new Promise((r) => setTimeout(r, 20));
    }
    return `no "${expected}" on the page`;
  } finally {
    frame.remove();
  }
}

const docsPages = Object.values(index.entries).filter((entry) => entry.type === 'docs');

describe('Storybook', () => {
  it('has stories for every element', () => {
    const files = new Set(stories.map((story) => story.importPath));
    for (const tag of [...ALL_TAGS, 'iom-provider']) {
      expect(files.has(`./stories/${tag}.stories.ts`), tag).to.equal(true);
    }
  });

  for (const page of docsPages) {
    it(`docs page ${page.id} shows the element's documentation from its JSDoc`, async function () {
      this.timeout(20000);
      // Every element documents its custom properties; the provider, its attributes.
      const expected = page.id.includes('provider') ? 'heading-level' : '--iom-color-accent';
      expect(await renderDocs(page.id, expected)).to.equal('rendered');
    });
  }

  for (const story of stories) {
    it(`renders ${story.id} without an error`, async function () {
      this.timeout(20000);
      expect(await renderStory(story.id)).to.equal('rendered');
    });
  }
});
