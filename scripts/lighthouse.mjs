#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse (12.2.3, its default mobile settings with simulated throttling)
// on the demo article, client-rendered (/demo/index.html, the CDN script renders the elements)
// and prerendered (the same page with every element rendered by `iom-elements/render`, as
// `npm start` serves /demo/prerendered.html), and prerendered with its styles linked
// (`render --stylesheets`, the strict-CSP way); then, where PHP, MariaDB and WordPress are
// installed, a WordPress post with the FAQ block against the same post without it. The system
// Chromium, launched here; nothing is downloaded. Medians of RUNS runs; the scores, LCP, CLS and Total Blocking Time are written to
// docs/benchmarks.md. Needs `npm run build` first.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { writeBenchmarkSection } from '../bench/benchmarks-doc.mjs';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './browsers.mjs';
import { prerenderPage } from './prerender-page.mjs';
import { serveFiles } from './static-server.mjs';
import { median } from '../bench/stats.mjs';
import { brotliCompressSync } from 'node:zlib';
import { installPlugin } from '../test/wordpress/plugin.mjs';
import { startSite, WORDPRESS_INSTALL_HINT, wordpressToolsMissing } from '../test/wordpress/site.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const root = resolve(import.meta.dirname, '..');
if (!existsSync(join(root, 'dist/render.js'))) {
  console.error('lighthouse: no dist/ — run `npm run build` first.');
  process.exit(1);
}
const chromium = findChromium();
if (!chromium) {
  console.error(`lighthouse: ${INSTALL_HINT}`);
  process.exit(1);
}

const demo = readFileSync(join(root, 'demo/index.html'), 'utf8');
const made = {
  '/demo/prerendered.html': await prerenderPage(demo),
  '/demo/prerendered-linked.html': await prerenderPage(demo, { stylesheets: '/dist/styles/' }),
};
const { origin, close } = await serveFiles(root, (url) =>
  made[url.pathname] ? { type: 'text/html', body: made[url.pathname] } : undefined,
);
const PORT = 9333;
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: [...CHROMIUM_ARGS, `--remote-debugging-port=${PORT}`],
});

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The figures of one page, as medians of RUNS Lighthouse runs, and what kept a score below 100. */
async function measure(path, base = origin) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) {
    const result = await lighthouse(`${base}${path}`, {
      port: PORT,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!result) throw new Error(`lighthouse gave no result for ${path}`);
    runs.push(result.lhr);
  }
  const pick = (read) => median(runs.map(read));
  const failing = new Set();
  for (const lhr of runs)
    for (const category of CATEGORIES)
      for (const ref of lhr.categories[category].auditRefs)
        if (ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1) failing.add(`${category}: ${ref.id}`);
  return {
    scores: Object.fromEntries(
      CATEGORIES.map((c) => [c, pick((lhr) => Math.round((lhr.categories[c].score ?? 0) * 100))]),
    ),
    lcp: pick((lhr) => lhr.audits['largest-contentful-paint'].numericValue ?? 0),
    cls: pick((lhr) => lhr.audits['cumulative-layout-shift'].numericValue ?? 0),
    tbt: pick((lhr) => lhr.audits['total-blocking-time'].numericValue ?? 0),
    failing: [...failing],
    version: runs[0].lighthouseVersion,
    chrome: runs[0].environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? '',
  };
}

try {
  const pages = {
    'client-rendered (`/demo/`)': await measure('/demo/index.html'),
    'prerendered (`/demo/prerendered.html`)': await measure('/demo/prerendered.html'),
    'prerendered, styles linked (`render --stylesheets`)': await measure('/demo/prerendered-linked.html'),
  };
  const [first] = Object.values(pages);
  const report = [
    '## Lighthouse: the demo article',
    '',
    `Measured by \`npm run lighthouse\` on ${new Date().toISOString().slice(0, 10)}: Lighthouse ${first.version}, its default mobile settings (simulated throttling), headless ${first.chrome}, served from 127.0.0.1; median of ${RUNS} runs per page.`,
    '',
    '| Page | Performance | Accessibility | Best practices | SEO | LCP, ms | CLS | TBT, ms |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...Object.entries(pages).map(
      ([name, p]) =>
        `| ${name} | ${CATEGORIES.map((c) => p.scores[c]).join(' | ')} | ${p.lcp.toFixed(0)} | ${p.cls.toFixed(3)} | ${p.tbt.toFixed(0)} |`,
    ),
    '',
    ...Object.entries(pages).flatMap(([name, p]) =>
      p.failing.length ? [`Below full marks, ${name}: ${p.failing.join(', ')}.`, ''] : [],
    ),
  ].join('\n');
  await writeBenchmarkSection('lighthouse', report);
  console.log(report);
  await measureWordPress();
} finally {
  await browser.close();
  close();
}

/** Lighthouse on a WordPress post with the FAQ block, against the same post without it. */
async function measureWordPress() {
  const missing = wordpressToolsMissing();
  if (missing.length) {
    console.log(
      `lighthouse: the WordPress post skipped, missing ${missing.join(', ')} (${WORDPRESS_INSTALL_HINT}).`,
    );
    return;
  }
  const site = await startSite({ kind: 'debian' });
  try {
    await installPlugin(site);
    const text =
      '<!-- wp:paragraph --><p>Migration shapes the lives of millions. Here is what the IOM does, and why.</p><!-- /wp:paragraph -->';
    const post = async (title, content) =>
      (
        await site.php(
          `echo wp_make_link_relative(get_permalink(wp_insert_post(array('post_title' => ${JSON.stringify(title)}, 'post_status' => 'publish', 'post_author' => 1, 'post_content' => ${JSON.stringify(content)}))));`,
        )
      ).trim();
    const withFaq = await post('The FAQ block', `${text}<!-- wp:iom-elements/faq /-->`);
    const without = await post('Without the block', text);
    const theme = (
      await site.php('echo wp_get_theme()->get("Name") . " " . wp_get_theme()->get("Version");')
    ).trim();
    const pages = {
      'the post with the FAQ block': {
        ...(await measure(withFaq, site.url)),
        ...(await bytesOf(`${site.url}${withFaq}`)),
      },
      'the same post without it (baseline)': {
        ...(await measure(without, site.url)),
        ...(await bytesOf(`${site.url}${without}`)),
      },
    };
    const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
    const report = [
      '## Lighthouse: a WordPress post with the FAQ block',
      '',
      `Measured by \`npm run lighthouse\` on ${new Date().toISOString().slice(0, 10)}: WordPress ${site.version} (Debian's, PHP 8.2 and MariaDB, served by \`php -S\` on 127.0.0.1), ${theme}, the plugin as \`npm run build\` packs it; Lighthouse's default mobile settings, median of ${RUNS} runs per page. Bytes are as served (\`php -S\` does not compress) and brotli-compressed, as a host would send them.`,
      '',
      "| Page | Performance | Accessibility | Best practices | SEO | LCP, ms | CLS | TBT, ms | HTML | the plugin's scripts |",
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...Object.entries(pages).map(
        ([name, p]) =>
          `| ${name} | ${CATEGORIES.map((c) => p.scores[c]).join(' | ')} | ${p.lcp.toFixed(0)} | ${p.cls.toFixed(3)} | ${p.tbt.toFixed(0)} | ${kb(p.html)} (${kb(p.htmlBrotli)} brotli) | ${p.scripts ? `${kb(p.scripts)} (${kb(p.scriptsBrotli)} brotli), ${p.scriptFiles} files` : 'none'} |`,
      ),
      '',
      ...Object.entries(pages).flatMap(([name, p]) =>
        p.failing.length ? [`Below full marks, ${name}: ${p.failing.join(', ')}.`, ''] : [],
      ),
    ].join('\n');
    await writeBenchmarkSection('wordpress', report);
    console.log(report);
  } finally {
    await site.stop();
  }
}

/** The page's HTML and the plugin's scripts it loads, in bytes as served and brotli-compressed. */
async function bytesOf(url) {
  const page = await browser.newPage();
  const scripts = new Map();
  page.on('response', async (response) => {
    if (!response.url().includes('/plugins/iom-elements/assets/')) return;
    scripts.set(response.url(), await response.buffer().catch(() => Buffer.alloc(0)));
  });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.close();
  const html = Buffer.from(await (await fetch(url)).text());
  const bodies = [...scripts.values()];
  const sum = (list) => list.reduce((total, body) => total + body.length, 0);
  return {
    html: html.length,
    htmlBrotli: brotliCompressSync(html).length,
    scripts: sum(bodies),
    scriptsBrotli: sum(bodies.map((body) => brotliCompressSync(body))),
    scriptFiles: bodies.length,
  };
}
