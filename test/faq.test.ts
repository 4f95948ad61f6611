import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/iom-faq.js';
import faq from '../content/en/faq.json';
import type { IomFaq } from '../src/iom-faq.js';
import { inShadow } from './helpers.js';

const questions = (el: IomFaq) => inShadow<HTMLButtonElement>(el, 'button.question');
const answerOf = (el: IomFaq, button: HTMLButtonElement) =>
  el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
/** Whether a reader sees the answer's text (a closed answer renders nothing of its content). */
const shown = (answer: HTMLElement) =>
  answer.firstElementChild!.checkVisibility() && answer.getBoundingClientRect().height > 0;

describe('<iom-faq> opening and closing', () => {
  let el: IomFaq;
  beforeEach(async () => {
    el = await fixture<IomFaq>(html`<iom-faq></iom-faq>`);
  });

  it('shows every question as a button inside a heading, all answers closed', () => {
    const buttons = questions(el);
    expect(buttons.map((b) => b.textContent?.trim())).to.deep.equal(faq.questions.map((q) => q.question));
    for (const button of buttons) {
      expect(button.parentElement?.localName).to.equal('h3');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const answer = answerOf(el, button);
      expect(shown(answer)).to.equal(false);
      expect(answer.getAttribute('aria-labelledby')).to.equal(button.id);
    }
  });

  it('keeps closed answers in the page, findable (hidden="until-found")', () => {
    for (const [i, button] of questions(el).entries()) {
      const answer = answerOf(el, button);
      expect(answer.getAttribute('hidden')).to.equal('until-found');
      expect(answer.textContent?.trim()).to.equal(faq.questions[i].answer);
    }
  });

  it('opens and closes an answer by click', async () => {
    const [first, second] = questions(el);
    first.click();
    await el.updateComplete;
    expect(first.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(answerOf(el, first))).to.equal(true);
    expect(shown(answerOf(el, second))).to.equal(false);
    await expect(el).to.be.accessible();
    first.click();
    await el.updateComplete;
    expect(first.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(answerOf(el, first))).to.equal(false);
  });

  for (const key of ['Enter', 'Space']) {
    it(`opens and closes an answer with ${key}, keeping focus on the question`, async () => {
      const button = questions(el)[2];
      button.focus();
      await sendKeys({ press: key });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(shown(answerOf(el, button))).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(button);
      await sendKeys({ press: key });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(shown(answerOf(el, button))).to.equal(false);
    });
  }

  it('Tab reaches each question in order', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    const reached: string[] = [];
    for (let i = 0; i < faq.questions.length; i += 1) {
      await sendKeys({ press: 'Tab' });
      reached.push(el.shadowRoot!.activeElement?.textContent?.trim() ?? '');
    }
    before.remove();
    expect(reached).to.deep.equal(faq.questions.map((q) => q.question));
  });

  it('opens an answer that find-in-page matched (beforematch)', async () => {
    const button = questions(el)[1];
    answerOf(el, button).dispatchEvent(new Event('beforematch'));
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(el.isOpen(faq.questions[1].id)).to.equal(true);
  });

  it('toggle(id) opens and closes by content id', async () => {
    el.toggle(faq.questions[3].id);
    await el.updateComplete;
    expect(questions(el)[3].getAttribute('aria-expanded')).to.equal('true');
    el.toggle(faq.questions[3].id, false);
    await el.updateComplete;
    expect(questions(el)[3].getAttribute('aria-expanded')).to.equal('false');
  });
});
