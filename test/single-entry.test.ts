import { expect, fixture, html } from '@open-wc/testing';
import '../src/iom-faq.js';

// Each test file runs in a page of its own, so this one sees only what iom-faq.js defines.
describe('importing one element', () => {
  it('iom-faq.js defines <iom-faq> and no other element', async () => {
    expect(customElements.get('iom-faq')).to.be.a('function');
    for (const other of [
      'profile',
      'mission',
      'activities',
      'presence',
      'issues',
      'partners',
      'developments',
      'overview',
    ]) {
      expect(customElements.get(`iom-${other}`), `iom-${other}`).to.equal(undefined);
    }
    const el = await fixture(html`<iom-faq></iom-faq>`);
    expect(el.shadowRoot?.querySelectorAll('button')).to.have.length(4);
  });
});
