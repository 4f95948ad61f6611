import { expect, fixture, html } from '@open-wc/testing';

// The built module, as `import 'iom-elements/iom-faq.js'` gives it to a bundler (Lit resolved
// from node_modules by the test server, as a bundler would).
describe('dist/iom-faq.js', () => {
  it('defines <iom-faq> and no other element', async () => {
    await import(/* @vite-ignore */ `${'/dist/iom-faq.js'}`);
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
    const el = await fixture(html`<iom-faq heading-level="3"></iom-faq>`);
    expect(el.shadowRoot?.querySelector('h3')).to.exist;
  });
});
