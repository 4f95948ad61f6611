import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { inShadow } from '../helpers.js';

// Runs in browsers that lay the page out for print (test/launchers.mjs).
describe('on paper', () => {
  before(() => {
    expect(matchMedia('print').matches, 'the browser lays out for print').to.equal(true);
  });

  it('prints every FAQ answer, without backgrounds, in light colours', async () => {
    const faq = await fixture<HTMLElement>(html`<iom-faq theme="dark"></iom-faq>`);
    const presence = await fixture<HTMLElement>(html`<iom-presence></iom-presence>`);
    const light = await fixture<HTMLElement>(html`<iom-faq theme="light"></iom-faq>`);
    const answers = inShadow(faq, '.answer p');
    expect(answers).to.have.length.greaterThan(0);
    expect(answers.every((p) => p.checkVisibility() && p.getBoundingClientRect().height > 0)).to.equal(true);
    expect(getComputedStyle(faq).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(inShadow(presence, '.figure')[0]).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(faq).color).to.equal(getComputedStyle(light).color);
  });
});
