import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { inShadow } from '../helpers.js';

// Runs in browsers started with reduced motion (test/launchers.mjs).
describe('a reader who prefers reduced motion', () => {
  before(() => {
    expect(
      matchMedia('(prefers-reduced-motion: reduce)').matches,
      'the browser prefers reduced motion',
    ).to.equal(true);
  });

  it('sees no transition: the FAQ chevron turns at once', async () => {
    const el = await fixture<HTMLElement>(html`<iom-faq></iom-faq>`);
    const icon = inShadow(el, '.icon')[0];
    expect(getComputedStyle(icon).transitionDuration).to.equal('0s');
    inShadow(el, 'button.question')[0].click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.getAnimations()).to.have.length(0);
  });
});
