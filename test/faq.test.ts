import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/iom-faq.js';
import faq from '../content/en/faq.json';
import type { IomFaq, IomFaqToggleDetail } from '../src/elements/faq.js';
import { captureWarnings, inShadow, press, shownIn } from './helpers.js';

const ids = faq.questions.map((q) => q.id);
const questions = (el: IomFaq) => inShadow<HTMLButtonElement>(el, 'button.question');
const answerOf = (el: IomFaq, button: HTMLButtonElement) =>
  el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
const toggleAll = (el: IomFaq) => inShadow<HTMLButtonElement>(el, '[part="toggle-all"]')[0];
/** Whether a reader sees the answer's text (a closed answer renders nothing of its content). */
const shown = (answer: HTMLElement) =>
  answer.querySelector('p')!.checkVisibility() && answer.getBoundingClientRect().height > 0;
const expanded = (el: IomFaq) => questions(el).map((b) => b.getAttribute('aria-expanded') === 'true');
const focused = (el: IomFaq) => el.shadowRoot!.activeElement;

/** Focuses a button placed just before the element, so the next Tab enters it. */
function focusBefore(el: HTMLElement): HTMLButtonElement {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  return before;
}

describe('<iom-faq> accordion semantics', () => {
  let el: IomFaq;
  beforeEach(async () => {
    el = await fixture<IomFaq>(html`<iom-faq></iom-faq>`);
  });

  it('shows every question as a button inside a heading one level below its own, all closed', () => {
    const buttons = questions(el);
    expect(buttons.map((b) => b.textContent?.trim())).to.deep.equal(faq.questions.map((q) => q.question));
    for (const button of buttons) {
      expect(button.parentElement?.localName).to.equal('h3');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const answer = answerOf(el, button);
      expect(shown(answer)).to.equal(false);
      // A closed answer is no landmark: only open answers are regions, labelled by their question.
      expect(answer.hasAttribute('role')).to.equal(false);
    }
  });

  it('makes an open answer a region labelled by its question', async () => {
    el.showAll();
    await el.updateComplete;
    for (const button of questions(el)) {
      const answer = answerOf(el, button);
      expect(answer.getAttribute('role')).to.equal('region');
      expect(answer.getAttribute('aria-labelledby')).to.equal(button.id);
    }
  });

  it('keeps closed answers in the page, findable (hidden="until-found")', () => {
    for (const [i, button] of questions(el).entries()) {
      const answer = answerOf(el, button);
      expect(answer.getAttribute('hidden')).to.equal('until-found');
      expect(answer.querySelector('p')?.textContent).to.equal(faq.questions[i].answer);
    }
  });

  it('opens an answer that find-in-page matched (beforematch)', async () => {
    const button = questions(el)[1];
    // As the browser fires it: on the answer, bubbling.
    answerOf(el, button).dispatchEvent(new Event('beforematch', { bubbles: true }));
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
  });

  it('gives each question a stable id from its content id, not its position', () => {
    expect(inShadow(el, '.item').map((item) => item.id)).to.deep.equal(ids.map((id) => `faq-${id}`));
  });

  for (const state of ['all closed', 'one open', 'all open']) {
    for (const theme of ['light', 'dark']) {
      it(`is accessible with ${state}, ${theme}`, async () => {
        el.theme = theme as 'light' | 'dark';
        if (state === 'one open') el.show(ids[0]);
        if (state === 'all open') el.showAll();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  }
});

describe('<iom-faq> with mouse and keyboard', () => {
  let el: IomFaq;
  let before: HTMLButtonElement;
  beforeEach(async () => {
    el = await fixture<IomFaq>(html`<iom-faq></iom-faq>`);
    before = focusBefore(el);
  });
  afterEach(() => before.remove());

  it('opens and closes an answer by click', async () => {
    const [first, second] = questions(el);
    first.click();
    await el.updateComplete;
    expect(first.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(answerOf(el, first))).to.equal(true);
    expect(shown(answerOf(el, second))).to.equal(false);
    first.click();
    await el.updateComplete;
    expect(shown(answerOf(el, first))).to.equal(false);
  });

  for (const key of ['Enter', 'Space'] as const) {
    it(`opens and closes an answer with ${key}, keeping focus on the question`, async () => {
      const button = questions(el)[2];
      button.focus();
      await press(key);
      await el.updateComplete;
      expect(shown(answerOf(el, button))).to.equal(true);
      expect(focused(el)).to.equal(button);
      await press(key);
      await el.updateComplete;
      expect(shown(answerOf(el, button))).to.equal(false);
    });
  }

  it('Tab reaches "Show all", then each question in order, skipping closed answers', async () => {
    const reached: string[] = [];
    for (let i = 0; i <= ids.length; i += 1) {
      await press('Tab');
      reached.push(focused(el)?.textContent?.trim() ?? '');
    }
    expect(reached).to.deep.equal([faq.labels.showAll, ...faq.questions.map((q) => q.question)]);
  });

  it('in Arabic (right to left), Down and Up keep their meaning: the next question and the one before', async () => {
    const arabic = await fixture<IomFaq>(html`<iom-faq lang="ar"></iom-faq>`);
    await shownIn(arabic, 'ar');
    const buttons = questions(arabic);
    buttons[0].focus();
    const path: number[] = [];
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowUp', 'End', 'Home'] as const) {
      await press(key);
      path.push(buttons.indexOf(focused(arabic) as HTMLButtonElement));
    }
    expect(path).to.deep.equal([1, 2, 1, 3, 0]);
  });

  it('Tab enters an open answer: its "Copy link" comes after its question', async () => {
    el.show(ids[0]);
    await el.updateComplete;
    questions(el)[0].focus();
    await press('Tab');
    expect(focused(el)?.textContent?.trim()).to.equal(faq.labels.copyLink);
  });

  it('Down and Up move between questions and wrap; Home and End go to the ends', async () => {
    const buttons = questions(el);
    buttons[0].focus();
    const path: number[] = [];
    for (const key of [
      'ArrowDown',
      'ArrowDown',
      'ArrowUp',
      'End',
      'ArrowDown',
      'ArrowUp',
      'Home',
      'ArrowUp',
    ] as const) {
      await press(key);
      path.push(buttons.indexOf(focused(el) as HTMLButtonElement));
    }
    expect(path).to.deep.equal([1, 2, 1, 3, 0, 3, 0, 3]);
    expect(window.scrollY).to.equal(0);
  });

  it('shows focus visibly on every control reached by keyboard', async () => {
    for (let i = 0; i <= ids.length; i += 1) {
      await press('Tab');
      const style = getComputedStyle(focused(el)!);
      expect(style.outlineStyle, `stop ${i}`).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    }
  });

  it('keeps focus when an open answer that holds it is closed by a method', async () => {
    el.show(ids[1]);
    await el.updateComplete;
    const copy = inShadow<HTMLButtonElement>(el, `#faq-${ids[1]} [part="copy-link"]`)[0];
    copy.focus();
    el.hideAll();
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el)).to.equal(questions(el)[1]);
  });
});

describe('<iom-faq> show all, open, single', () => {
  it('"Show all" opens every answer and becomes "Hide all", which closes them', async () => {
    const el = await fixture<IomFaq>(html`<iom-faq></iom-faq>`);
    const button = toggleAll(el);
    expect(button.textContent?.trim()).to.equal(faq.labels.showAll);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')?.split(' ')).to.have.length(ids.length);
    button.click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal(ids.map(() => true));
    expect(button.textContent?.trim()).to.equal(faq.labels.hideAll);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    button.click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal(ids.map(() => false));
  });

  it('says "Hide all" once the reader has opened every answer one by one', async () => {
    const el = await fixture<IomFaq>(html`<iom-faq></iom-faq>`);
    for (const button of questions(el)) button.click();
    await el.updateComplete;
    expect(toggleAll(el).textContent?.trim()).to.equal(faq.labels.hideAll);
  });

  it('`open` with no value opens every answer', async () => {
    const el = await fixture<IomFaq>(html`<iom-faq open></iom-faq>`);
    expect(expanded(el)).to.deep.equal(ids.map(() => true));
  });

  it('`open` with question ids opens those', async () => {
    const el = await fixture<IomFaq>(html`<iom-faq open="${ids[1]} ${ids[3]}"></iom-faq>`);
    expect(expanded(el)).to.deep.equal([false, true, false, true]);
  });

  it('`open` with an unknown id ignores it and warns, naming the known ids', async () => {
    let el!: IomFaq;
    const warnings = await captureWarnings(async () => {
      el = await fixture<IomFaq>(html`<iom-faq open="nope ${ids[0]}"></iom-faq>`);
    });
    expect(expanded(el)).to.deep.equal([true, false, false, false]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('"nope"').and.include(ids[2]);
  });

  it('`open` as a property: `false` (what a framework binds) opens none, `true` every one', async () => {
    const el = await fixture<IomFaq>(html`<iom-faq .open=${false} .single=${false}></iom-faq>`);
    expect(expanded(el)).to.deep.equal(ids.map(() => false));
    expect(el.hasAttribute('open'), 'open attribute').to.equal(false);
    expect(el.hasAttribute('single'), 'single attribute').to.equal(false);
    el.open = true;
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal(ids.map(() => true));
    el.open = false;
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal(ids.map(() => false));
  });

  it('`single` keeps one answer open at a time and offers no "Show all"', async () => {
    const el = await fixture<IomFaq>(html`<iom-faq single open="${ids[0]} ${ids[2]}"></iom-faq>`);
    expect(expanded(el)).to.deep.equal([true, false, false, false]);
    expect(toggleAll(el)).to.equal(undefined);
    questions(el)[2].click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, false, true, false]);
    const warnings = await captureWarnings(() => el.showAll());
    expect(warnings).to.have.length(1);
    expect(expanded(el)).to.deep.equal([false, false, true, false]);
  });
});

describe('<iom-faq> methods and events', () => {
  it('show, hide, showAll and hideAll work by content id', async () => {
    const el = await fixture<IomFaq>(html`<iom-faq></iom-faq>`);
    el.show(ids[3]);
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, false, false, true]);
    el.showAll();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([true, true, true, true]);
    el.hide(ids[0]);
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, true, true, true]);
    expect(el.isOpen(ids[1])).to.equal(true);
    el.hideAll();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, false, false, false]);
  });

  it('fires iom-faq-toggle { id, open }, bubbling out of the shadow root, for each change', async () => {
    const el = await fixture<IomFaq>(html`<iom-faq open=${ids[0]}></iom-faq>`);
    const heard: IomFaqToggleDetail[] = [];
    const listener = (event: Event) => heard.push((event as CustomEvent<IomFaqToggleDetail>).detail);
    document.addEventListener('iom-faq-toggle', listener);
    const clicked = oneEvent(el, 'iom-faq-toggle');
    questions(el)[1].click();
    const event = (await clicked) as CustomEvent<IomFaqToggleDetail>;
    expect(event.bubbles && event.composed).to.equal(true);
    el.showAll();
    el.hide(ids[2]);
    el.show(ids[2]);
    document.removeEventListener('iom-faq-toggle', listener);
    expect(heard).to.deep.equal([
      { id: ids[1], open: true },
      { id: ids[2], open: true },
      { id: ids[3], open: true },
      { id: ids[2], open: false },
      { id: ids[2], open: true },
    ]);
  });
});

describe('<iom-faq> deep links', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  it('opens and scrolls to the question the page was loaded at (#faq-<id>)', async () => {
    history.replaceState(null, '', `#faq-${ids[3]}`);
    // Room above and below, so that scrolling the question to the top is possible.
    const page = document.createElement('div');
    const container = document.createElement('div');
    page.style.paddingBlock = '3000px';
    page.append(container);
    document.body.append(page);
    const el = document.createElement('iom-faq');
    container.append(el);
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, false, false, true]);
    const top = inShadow(el, `#faq-${ids[3]}`)[0].getBoundingClientRect().top;
    expect(top).to.be.within(-1, 50);
    expect(focused(el)).to.equal(questions(el)[3]);
    page.remove();
  });

  it('opens a question when the address moves to it later (hashchange)', async () => {
    const el = await fixture<IomFaq>(html`<iom-faq></iom-faq>`);
    const changed = oneEvent(window, 'hashchange');
    location.hash = `faq-${ids[1]}`;
    await changed;
    await el.updateComplete;
    expect(el.isOpen(ids[1])).to.equal(true);
  });

  it('"Copy link" copies the question\'s address and says so', async () => {
    const el = await fixture<IomFaq>(html`<iom-faq open=${ids[2]}></iom-faq>`);
    const copied: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    try {
      inShadow<HTMLButtonElement>(el, `#faq-${ids[2]} [part="copy-link"]`)[0].click();
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
    expect(copied).to.have.length(1);
    expect(new URL(copied[0]).hash).to.equal(`#faq-${ids[2]}`);
    const status = inShadow(el, `#faq-${ids[2]} [role="status"]`)[0];
    expect(status.textContent?.trim()).to.equal(faq.labels.linkCopied);
  });

  it('where the clipboard is refused, shows the link selected to copy by hand, and leaves the address alone', async () => {
    const el = await fixture<IomFaq>(html`<iom-faq open=${ids[0]}></iom-faq>`);
    const address = location.href;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    try {
      inShadow<HTMLButtonElement>(el, `#faq-${ids[0]} [part="copy-link"]`)[0].click();
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
    expect(location.href).to.equal(address);
    const field = inShadow<HTMLInputElement>(el, `#faq-${ids[0]} [part="link-to-copy"] input`)[0];
    expect(field.readOnly).to.equal(true);
    expect(new URL(field.value).hash).to.equal(`#faq-${ids[0]}`);
    expect(focused(el)).to.equal(field);
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
    expect(field.closest('label')!.textContent).to.include(faq.labels.linkToCopy);
    await expect(el).to.be.accessible();
  });
});
