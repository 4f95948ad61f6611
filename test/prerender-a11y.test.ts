// Prerendered elements before any script has run (the library is not loaded in this page): what a
// reader gets first, or for good when the script fails, must be as accessible as the client render.
import { expect } from '@open-wc/testing';
import { prerenderedPage } from './helpers.js';

async function showPrerendered(query: Record<string, string>): Promise<HTMLElement> {
  const main = document.createElement('div');
  main.style.inlineSize = '640px';
  document.body.append(main);
  main.setHTMLUnsafe(await (await fetch(prerenderedPage(query, 'fragment'))).text());
  return main;
}

describe('prerendered, before the script, axe-core finds nothing', function () {
  this.timeout(30000);
  // The sections, then the overview on its own: a page with both has each section twice, two
  // landmarks of the same name (axe's landmark-unique), which is the page's doing.
  const SECTIONS =
    'iom-profile,iom-mission,iom-activities,iom-presence,iom-issues,iom-partners,iom-developments,iom-faq';
  for (const [name, query] of [
    ['declarative shadow DOM, light', {}],
    ['declarative shadow DOM, dark', { theme: 'dark' }],
    ['declarative shadow DOM, French, an answer open', { lang: 'fr', open: 'safe-migration' }],
    ['the html format', { format: 'html' }],
  ] as const) {
    for (const tags of [SECTIONS, 'iom-overview']) {
      it(`${name}: ${tags === SECTIONS ? 'every section' : 'the overview'}`, async () => {
        const main = await showPrerendered({ ...query, tags });
        expect(customElements.get('iom-faq'), 'no script has run').to.be.undefined;
        expect(main.children).to.have.length(tags.split(',').length);
        await expect(main).to.be.accessible();
        main.remove();
      });
    }
  }
});
