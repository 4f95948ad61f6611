import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { ALL_TAGS, engine, runServerJob } from './helpers.js';

type Comparison = Record<
  string,
  {
    plain: [number, number];
    hostile: [number, number];
    differentPixels: number;
    visiblyDifferentPixels: number;
  }
>;

/**
 * How close the screenshots must be, per engine. Chromium and Firefox render both pages pixel
 * for pixel alike. WebKitGTK does not repaint text identically even for the same page twice (its
 * tiles change glyph anti-aliasing from one paint to the next), so there no visible difference
 * is allowed on up to 0.1 % of the pixels; the computed-style comparison in
 * test/host-page-styles.test.ts is exact in every engine.
 */
const TOLERANCE = {
  chromium: { measure: 'differentPixels', share: 0 },
  firefox: { measure: 'differentPixels', share: 0 },
  webkit: { measure: 'visiblyDifferentPixels', share: 0.001 },
} as const;

// test/fixtures/hostile.css: a 62.5% root font size, every inherited text property on body set
// to something loud, `all: unset` on headings, paragraphs, lists and buttons,
// `* { box-sizing: content-box }`, `[hidden] { display: block !important }`.
describe('on a hostile host page, screenshots', () => {
  let comparison: Comparison;
  before(async function () {
    this.timeout(60000);
    comparison = await runServerJob<Comparison, { origin: string }>('compare-host-pages', {
      origin: location.origin,
    });
    const worst = Math.max(
      ...Object.values(comparison).map((r) => r[TOLERANCE[engine()].measure] / (r.plain[0] * r.plain[1])),
    );
    console.log(`Host-page screenshots, ${engine()}: at most ${(worst * 100).toFixed(3)} % of pixels differ`);
  });
  // WebKit shoots in a window of its own, kept for the file; it closes with it.
  after(() => executeServerCommand('close-shot-window'));

  const { measure, share } = TOLERANCE[engine()];
  const alike = share === 0 ? 'pixel for pixel' : `within ${share * 100} % of pixels`;
  for (const name of [...ALL_TAGS, 'iom-faq:open']) {
    it(`${name} renders ${alike} as on a plain page`, () => {
      const result = comparison[name];
      expect(result, name).to.exist;
      expect(result.hostile, 'size').to.deep.equal(result.plain);
      expect(result.plain[1], 'height').to.be.greaterThan(50);
      const allowed = Math.floor(result.plain[0] * result.plain[1] * share);
      expect(result[measure], `${measure} (see test-results/host-pages/)`).to.be.at.most(allowed);
    });
  }
});
