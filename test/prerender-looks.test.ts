import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  ALL_TAGS,
  engine,
  prerenderedPage,
  runServerJob,
  SCREENSHOT_TOLERANCE,
  type ScreenshotComparison,
} from './helpers.js';

type FramedPage = { path: string; sandbox: boolean };

/** Screenshots of `tag` on page `b` against page `a` (test/server-commands.mjs). */
async function compare(a: FramedPage, b: FramedPage, tag: string) {
  const comparison = await runServerJob<
    ScreenshotComparison,
    { origin: string; a: FramedPage; b: FramedPage; tags: string[] }
  >('compare-framed-pages', { origin: location.origin, a, b, tags: [tag] });
  const result = comparison[tag];
  expect(result, tag).to.exist;
  expect(result.a[1], 'height').to.be.greaterThan(50);
  return result;
}

// WebKit keeps one screenshot window for the file's comparisons; it closes with the file.
after(() => executeServerCommand('close-shot-window'));

const { measure, share } = SCREENSHOT_TOLERANCE[engine()];
const alike = share === 0 ? 'pixel for pixel' : `within ${share * 100} % of pixels`;

async function expectAlike(a: FramedPage, b: FramedPage, tag: string): Promise<void> {
  const result = await compare(a, b, tag);
  expect(result.b, 'size').to.deep.equal(result.a);
  const allowed = Math.floor(result.a[0] * result.a[1] * share);
  expect(result[measure], `${measure} (see test-results/framed-pages/)`).to.be.at.most(allowed);
}

// The client page: bare tags and the CDN script. The prerendered page: `iom-elements/render`'s
// declarative shadow DOM, and no script at all (before it runs) or scripting off.
for (const theme of ['light', 'dark']) {
  const query: Record<string, string> = theme === 'dark' ? { theme } : {};
  // A page each, with that element alone: a failure names one element, and a retry in WebKit
  // (test/server-commands.mjs inShotWindow) redoes little.
  const client = (tags: string) => ({
    path: prerenderedPage({ ...query, tags, format: 'client', script: 'cdn' }),
    sandbox: false,
  });
  const prerendered = (tags: string) => ({
    path: prerenderedPage({ ...query, tags, format: 'dsd' }),
    sandbox: false,
  });
  const scriptingOff = (tags: string) => ({ ...prerendered(tags), sandbox: true });

  describe(`prerendered (${theme}), before any script runs, a screenshot of`, function () {
    this.timeout(60000);
    for (const tag of ALL_TAGS) {
      it(`${tag} is ${alike} what the script renders`, () => expectAlike(client(tag), prerendered(tag), tag));
    }
  });

  describe(`prerendered (${theme}), with JavaScript off, a screenshot of`, function () {
    this.timeout(60000);
    for (const tag of ALL_TAGS.filter((tag) => tag !== 'iom-faq' && tag !== 'iom-overview')) {
      it(`${tag} is ${alike} what the script renders`, () =>
        expectAlike(client(tag), scriptingOff(tag), tag));
    }
    // The FAQ (alone and in the overview) shows every answer there, and has nothing to click.
    for (const tag of ['iom-faq', 'iom-overview']) {
      it(`${tag} differs only by showing the FAQ's answers: as wide, taller`, async () => {
        const result = await compare(client(tag), scriptingOff(tag), tag);
        expect(result.b[0], 'width').to.equal(result.a[0]);
        expect(result.b[1], 'height').to.be.greaterThan(result.a[1] + 100);
      });
    }
  });
}

// Right to left and CJK: Arabic and Chinese, prerendered, look as the script renders them.
for (const lang of ['ar', 'zh']) {
  describe(`prerendered in ${lang === 'ar' ? 'Arabic' : 'Chinese'}, before any script runs, a screenshot of`, function () {
    this.timeout(60000);
    for (const tag of ALL_TAGS) {
      it(`${tag} is ${alike} what the script renders`, () =>
        expectAlike(
          { path: prerenderedPage({ lang, tags: tag, format: 'client', script: 'cdn' }), sandbox: false },
          { path: prerenderedPage({ lang, tags: tag, format: 'dsd' }), sandbox: false },
          tag,
        ));
    }
  });
}
