import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { ALL_TAGS } from './helpers.js';

type Comparison = Record<
  string,
  { plain: [number, number]; hostile: [number, number]; differentPixels: number }
>;

// test/fixtures/hostile.css: a 62.5% root font size, every inherited text property on body set
// to something loud, `all: unset` on headings, paragraphs, lists and buttons,
// `* { box-sizing: content-box }`, `[hidden] { display: block !important }`.
describe('on a hostile host page', () => {
  let comparison: Comparison;
  before(async function () {
    this.timeout(30000);
    comparison = await executeServerCommand<Comparison, { origin: string }>('compare-host-pages', {
      origin: location.origin,
    });
  });

  for (const name of [...ALL_TAGS, 'iom-faq:open']) {
    it(`${name} renders pixel for pixel as on a plain page`, () => {
      const result = comparison[name];
      expect(result, name).to.exist;
      expect(result.hostile, 'size').to.deep.equal(result.plain);
      expect(result.plain[1], 'height').to.be.greaterThan(50);
      expect(result.differentPixels, 'pixels that differ (see test-results/host-pages/)').to.equal(0);
    });
  }
});
