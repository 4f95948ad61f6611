import { fixture, html, expect } from '@open-wc/testing';
import '../src/iom-faq.js';
import { expectOnlyDefined } from './helpers.js';

// Each test file runs in a page of its own, so this one sees only what iom-faq.js defines.
describe('importing one element', () => {
  it('iom-faq.js defines <iom-faq> and no other element', async () => {
    expectOnlyDefined('iom-faq');
    const el = await fixture(html`<iom-faq></iom-faq>`);
    expect(el.shadowRoot?.querySelectorAll('button.question')).to.have.length(4);
  });
});
