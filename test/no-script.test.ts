// Prerendered elements read without JavaScript: in a frame sandboxed without `allow-scripts`,
// which every engine treats as scripting disabled (`@media (scripting: none)` matches there).
import { expect } from '@open-wc/testing';
import faqContent from '../content/en/faq.json';
import { prerenderedPage, shadowTree, type FrameWindow } from './helpers.js';

async function openPrerendered(
  query: Record<string, string>,
  { scripting }: { scripting: boolean },
): Promise<{ win: FrameWindow; doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  if (!scripting) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '600px';
  frame.src = prerenderedPage(query);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as FrameWindow, doc: frame.contentDocument! };
}

const answersOf = (faq: Element) => [...faq.shadowRoot!.querySelectorAll<HTMLElement>('.answer')];

describe('a prerendered FAQ with JavaScript off', () => {
  it('shows every answer, readable, and no "Show all" button', async () => {
    const { win, doc, frame } = await openPrerendered({ tags: 'iom-faq' }, { scripting: false });
    expect(win.matchMedia('(scripting: none)').matches, 'scripting is off in the frame').to.be.true;
    const faq = doc.querySelector('iom-faq')!;
    const answers = answersOf(faq);
    expect(answers).to.have.length(faqContent.questions.length);
    answers.forEach((answer, index) => {
      expect(answer.textContent!.trim()).to.equal(faqContent.questions[index].answer);
      expect(answer.getBoundingClientRect().height, `answer ${index}`).to.be.greaterThan(10);
      expect(answer.checkVisibility(), `answer ${index} visible`).to.be.true;
    });
    expect(faq.shadowRoot!.querySelector('.toolbar')!.getBoundingClientRect().height).to.equal(0);
    frame.remove();
  });

  it('is in the overview too, as every section is', async () => {
    const { doc, frame } = await openPrerendered({ tags: 'iom-overview' }, { scripting: false });
    const overview = doc.querySelector('iom-overview')!;
    const nested = shadowTree(overview).filter((el) => el.localName.startsWith('iom-'));
    expect(nested.map((el) => el.localName)).to.have.length(8);
    const faq = nested.find((el) => el.localName === 'iom-faq')!;
    expect(answersOf(faq).every((answer) => answer.getBoundingClientRect().height > 10)).to.be.true;
    frame.remove();
  });
});

describe('a prerendered FAQ with JavaScript on, before the script has run', () => {
  it('shows closed answers closed, as the client renders it first, and findable (until-found)', async () => {
    const { win, doc, frame } = await openPrerendered(
      { tags: 'iom-faq', open: 'safe-migration' },
      { scripting: true },
    );
    expect(win.matchMedia('(scripting: enabled)').matches).to.be.true;
    expect(win.customElements.get('iom-faq'), 'not defined yet').to.be.undefined;
    const answers = answersOf(doc.querySelector('iom-faq')!);
    for (const [index, answer] of answers.entries()) {
      const open = faqContent.questions[index].id === 'safe-migration';
      expect(answer.getAttribute('hidden'), `answer ${index}`).to.equal(open ? null : 'until-found');
      expect(answer.getBoundingClientRect().height > 10, `answer ${index} shown`).to.equal(open);
    }
    frame.remove();
  });
});
