// The same as test/hydration.test.ts, with the package's main module (`import 'iom-elements'`,
// Lit resolved as a bundler would) instead of the CDN file.
import { expect } from '@open-wc/testing';
import { ALL_TAGS, boxesOf, prerenderedPage, recordConsole, shadowTree } from './helpers.js';

describe('prerendered elements, when the package module loads', () => {
  it('hydrate: every node kept, every box in place, no console message', async () => {
    const main = document.createElement('main');
    main.style.inlineSize = '640px';
    document.body.append(main);
    main.setHTMLUnsafe(await (await fetch(prerenderedPage({ lang: 'es' }, 'fragment'))).text());
    const elements = [...main.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
    expect(elements.map((el) => el.localName)).to.deep.equal(ALL_TAGS);
    const nodes = elements.map((el) => shadowTree(el));
    const boxes = elements.map(boxesOf);
    const messages = recordConsole();
    await import('/dist/index.js' as string);
    await Promise.all(ALL_TAGS.map((tag) => customElements.whenDefined(tag)));
    const nested = elements.flatMap((el) =>
      shadowTree(el).filter((node) => node.localName.startsWith('iom-')),
    );
    await Promise.all(
      [...elements, ...nested].map(
        (el) => (el as unknown as typeof el & { updateComplete: Promise<boolean> }).updateComplete,
      ),
    );
    elements.forEach((el, index) => {
      const now = shadowTree(el);
      expect(now.length, `<${el.localName}>`).to.equal(nodes[index].length);
      now.forEach((node, n) => expect(node === nodes[index][n], `<${el.localName}> node ${n}`).to.be.true);
      expect(boxesOf(el), `<${el.localName}> boxes`).to.deep.equal(boxes[index]);
    });
    // The test server resolves Lit's development build, which says so once; nothing else is said.
    expect(messages.filter((message) => !message.includes('Lit is in dev mode'))).to.deep.equal([]);
    expect(elements[0].shadowRoot!.querySelector('section')!.lang).to.equal('es');
    main.remove();
  });
});
