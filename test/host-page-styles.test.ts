import { expect } from '@open-wc/testing';
import { ALL_TAGS, openFrame, shadowTree } from './helpers.js';

type Rendered = Element & { updateComplete?: Promise<unknown> };

/** The host and every element inside its shadow tree, in tree order. */
const renderedNodes = (host: Element): Element[] => [host, ...shadowTree(host)];

/** A fixture page in a frame, every element rendered. */
async function fixturePage(path: string): Promise<Document> {
  const { win, doc } = await openFrame(path, { width: 800, height: 600 });
  await win.customElements.whenDefined('iom-overview');
  const hosts = [...doc.querySelectorAll('main > *')];
  const nested = hosts.flatMap((host) => renderedNodes(host)) as Rendered[];
  await Promise.all(nested.map((el) => el.updateComplete));
  return doc;
}

/**
 * Properties of the host element itself that a page rule on it may set, and why that is fine.
 * The host is the page's element: `* { box-sizing: content-box }` reaches it (page rules on the
 * host win over `:host`), but the host has no padding or border, so it changes nothing.
 */
const PAGE_OWNED_ON_HOST = new Set(['box-sizing']);

/** Every computed property of every rendered node of `host` that differs between two pages. */
function styleDifferences(plain: Element, hostile: Element): string[] {
  const a = renderedNodes(plain);
  const b = renderedNodes(hostile);
  if (a.length !== b.length)
    return [`${a.length} rendered nodes on the plain page, ${b.length} on the hostile one`];
  const differences: string[] = [];
  a.forEach((node, i) => {
    const [styleA, styleB] = [getComputedStyle(node), getComputedStyle(b[i])];
    for (let p = 0; p < styleA.length; p += 1) {
      const property = styleA[p];
      const [valueA, valueB] = [styleA.getPropertyValue(property), styleB.getPropertyValue(property)];
      if (i === 0 && PAGE_OWNED_ON_HOST.has(property)) continue;
      if (valueA !== valueB) differences.push(`<${node.localName}> ${property}: ${valueA} | ${valueB}`);
    }
  });
  return differences;
}

// The exact, engine-neutral half of the hostile-page test (test/host-page.test.ts compares
// screenshots): every computed style of every node an element renders is the same on a plain
// page and on test/fixtures/hostile.html.
describe('on a hostile host page, computed styles', () => {
  let plain: Document;
  let hostile: Document;
  before(async function () {
    this.timeout(30000);
    plain = await fixturePage('/test/fixtures/plain.html');
    hostile = await fixturePage('/test/fixtures/hostile.html');
  });
  after(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const tag of ALL_TAGS) {
    it(`<${tag}>: every property of every rendered node is the same`, () => {
      const [a, b] = [plain, hostile].map((doc) => doc.querySelector(`main > ${tag}`)!);
      const count = getComputedStyle(a).length;
      expect(count, 'properties compared per node').to.be.greaterThan(200);
      expect(styleDifferences(a, b)).to.deep.equal([]);
    });
  }

  it('<iom-faq> with an answer open: every property of every rendered node is the same', async () => {
    const [a, b] = [plain, hostile].map((doc) => doc.querySelector('main > iom-faq') as Rendered);
    for (const faq of [a, b]) {
      faq.shadowRoot!.querySelector('button')!.click();
      await faq.updateComplete;
      await Promise.all(faq.shadowRoot!.getAnimations().map((animation) => animation.finished));
    }
    expect(styleDifferences(a, b)).to.deep.equal([]);
  });
});
