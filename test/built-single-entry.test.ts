import { expect, fixture, html } from '@open-wc/testing';
import { expectOnlyDefined } from './helpers.js';

// The built module, as `import 'iom-elements/iom-faq.js'` gives it to a bundler (Lit resolved
// from node_modules by the test server, as a bundler would).
describe('dist/iom-faq.js', () => {
  it('defines <iom-faq> and no other element', async () => {
    await import(/* @vite-ignore */ `${'/dist/iom-faq.js'}`);
    expectOnlyDefined('iom-faq');
    const el = await fixture(html`<iom-faq heading-level="3"></iom-faq>`);
    expect(el.shadowRoot?.querySelector('h3')).to.exist;
  });
});
