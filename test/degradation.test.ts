import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import '../src/index.js';
import faq from '../content/en/faq.json';
import { IomFaq, IomPresence } from '../src/index.js';
import { forceFeatures } from '../src/core/features.js';
import { colorTokens, LIGHT_DARK_SUPPORTED } from '../src/core/color-tokens.js';
import { tokens } from '../src/core/styles.js';
import { contrast, inShadow } from './helpers.js';

// What each element does in browsers that lack a feature it uses. Every engine the suite runs
// in has them all, so each test forces the feature test off and checks the fallback.
const ids = faq.questions.map((q) => q.id);

describe('without hidden="until-found" (Firefox before 139, Safari before 26.2)', () => {
  beforeEach(() => forceFeatures({ untilFound: false }));
  afterEach(() => forceFeatures({}));

  const answers = (el: IomFaq) => inShadow(el, '.answer');
  const shown = (answer: HTMLElement) => answer.querySelector('p')!.checkVisibility();

  it('closed answers are plainly hidden, and their questions still open them', async () => {
    const el = await fixture<IomFaq>(html`<iom-faq></iom-faq>`);
    for (const answer of answers(el)) {
      expect(answer.getAttribute('hidden')).to.equal('');
      expect(shown(answer)).to.equal(false);
    }
    inShadow(el, 'button.question')[1].click();
    await el.updateComplete;
    expect(shown(answers(el)[1])).to.equal(true);
  });

  it('"Show all" opens every answer', async () => {
    const el = await fixture<IomFaq>(html`<iom-faq></iom-faq>`);
    inShadow(el, '[part="toggle-all"]')[0].click();
    await el.updateComplete;
    expect(answers(el).every(shown)).to.equal(true);
  });

  it('a deep link opens its answer', async () => {
    const start = location.href;
    try {
      const el = await fixture<IomFaq>(html`<iom-faq></iom-faq>`);
      const changed = oneEvent(window, 'hashchange');
      location.hash = `faq-${ids[2]}`;
      await changed;
      await el.updateComplete;
      expect(shown(answers(el)[2])).to.equal(true);
    } finally {
      history.replaceState(null, '', start);
    }
  });
});

describe('with hidden="until-found" (every engine tested here)', () => {
  it('closed answers are until-found, so find-in-page reaches them', async () => {
    expect('onbeforematch' in HTMLElement.prototype, 'this engine has beforematch').to.equal(true);
    const el = await fixture<IomFaq>(html`<iom-faq></iom-faq>`);
    expect(inShadow(el, '.answer').map((a) => a.getAttribute('hidden'))).to.deep.equal(
      ids.map(() => 'until-found'),
    );
  });
});

/** A test-only <iom-presence> whose colour tokens take the fallback, as without light-dark(). */
class PresenceWithoutLightDark extends IomPresence {}
PresenceWithoutLightDark.styles = [
  colorTokens('(color: no-such-function(#000))'),
  ...([IomPresence.styles] as unknown[]).flat(Infinity).filter((style) => !tokens.includes(style as never)),
] as typeof IomPresence.styles;
customElements.define('test-presence-without-light-dark', PresenceWithoutLightDark);

describe('without light-dark() (Safari before 17.5)', () => {
  it('this engine has light-dark(), so the real elements use it', () => {
    expect(CSS.supports(LIGHT_DARK_SUPPORTED)).to.equal(true);
    expect(CSS.supports('(color: no-such-function(#000))')).to.equal(false);
  });

  async function fallback(scheme: string, theme?: string): Promise<HTMLElement> {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="color-scheme: ${scheme}">
        <test-presence-without-light-dark theme=${theme ?? nothing}></test-presence-without-light-dark>
        <iom-presence theme=${theme ?? nothing}></iom-presence>
      </div>`,
    );
    return wrapper.querySelector<HTMLElement>('test-presence-without-light-dark')!;
  }
  const colors = (el: HTMLElement) => {
    const style = getComputedStyle(el);
    return [style.color, style.backgroundColor, getComputedStyle(inShadow(el, '.value')[0]).color];
  };
  const real = (el: HTMLElement) => el.parentElement!.querySelector<HTMLElement>('iom-presence')!;

  it('is light by default, with the same colours as a light element', async () => {
    const el = await fallback('normal');
    expect(colors(el)).to.deep.equal(colors(real(el)));
  });

  it('theme="dark" makes it dark, with the same colours as a dark element', async () => {
    const el = await fallback('normal', 'dark');
    expect(colors(el)).to.deep.equal(colors(real(el)));
    expect(contrast(getComputedStyle(el).color, 'rgb(0, 0, 0)')).to.be.greaterThan(10);
  });

  it('stays light and readable on a dark page it cannot read (no light-dark())', async () => {
    const el = await fallback('dark');
    const [text, background] = colors(el);
    expect(background).to.equal('rgb(255, 255, 255)');
    expect(contrast(text, background)).to.be.at.least(4.5);
    await expect(el).to.be.accessible();
  });
});
