import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { contrast, press } from '../helpers.js';

// Runs in browsers started in forced-colours mode (test/launchers.mjs), with each engine's own
// default system palette.
describe('forced colours (Windows High Contrast and the like)', () => {
  before(() => {
    expect(matchMedia('(forced-colors: active)').matches, 'the browser forces colours').to.equal(true);
  });

  it('keeps text readable and keyboard focus visible, at least 3:1 against the background', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><button>Before</button><iom-faq></iom-faq></div>`);
    const el = wrapper.querySelector('iom-faq')!;
    wrapper.querySelector('button')!.focus();
    await press('Tab');
    const control = el.shadowRoot!.activeElement as HTMLElement;
    expect(control?.localName).to.equal('button');
    const style = getComputedStyle(control);
    const background = getComputedStyle(el).backgroundColor;
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    expect(
      contrast(style.outlineColor, background),
      `ring ${style.outlineColor} on ${background}`,
    ).to.be.at.least(3);
    expect(contrast(style.color, background), `text ${style.color} on ${background}`).to.be.at.least(4.5);
  });
});
