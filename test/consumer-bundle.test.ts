import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { expectOnlyDefined } from './helpers.js';

// What a user's bundler makes of `import 'iom-elements/iom-faq.js'`: bundlers drop modules the
// package's `sideEffects` calls pure, so a define call in the wrong place would vanish here.
describe("a bundler user's import of one element", () => {
  it("import 'iom-elements/iom-faq.js' bundles to code that defines <iom-faq> alone", async () => {
    const code = await executeServerCommand<string, { source: string }>('bundle-consumer', {
      source: "import 'iom-elements/iom-faq.js';",
    });
    expect(code).to.include('iom-faq');
    const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    await import(/* @vite-ignore */ url);
    URL.revokeObjectURL(url);
    expectOnlyDefined('iom-faq');
    const el = await fixture(html`<iom-faq></iom-faq>`);
    expect(el.shadowRoot?.querySelectorAll('button.question')).to.have.length(4);
  });
});
