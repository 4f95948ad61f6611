#!/usr/bin/env node
// `npm run bench` (after the browser benchmark): how long `iom-elements/render` takes in Node,
// per element and for every section at once, in both formats, and for a whole page through
// `renderHtml`; and how many bytes a page of all sections weighs. Medians of ROUNDS runs after
// one warm-up, with min–max; written to docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { brotliCompressSync, constants } from 'node:zlib';
import { writeBenchmarkSection } from './benchmarks-doc.mjs';
import { median } from './stats.mjs';

// The built module, as users get it (by URL: the scripts' type check leaves dist/ alone).
/** @type {{ renderToString: (tag: string, options?: object) => Promise<string>, renderHtml: (html: string, options?: object) => Promise<string> }} */
const { renderToString, renderHtml } = await import(new URL('../dist/render.js', import.meta.url).href);

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const TAGS = ['iom-profile', 'iom-presence', 'iom-faq', 'iom-overview'];
const brotli = (text) =>
  brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** `render()` timed: ROUNDS runs after one warm-up (modules, content), median (min–max) in ms. */
async function timed(render) {
  await render();
  const times = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = performance.now();
    await render();
    times.push(performance.now() - start);
  }
  const fmt = (value) => value.toFixed(1);
  return `${fmt(median(times))} (${fmt(Math.min(...times))}–${fmt(Math.max(...times))})`;
}

const time = (tag, options) => timed(() => renderToString(tag, options));

/**
 * A news site's article page of about 50 KB: its own markup (navigation, an article of
 * paragraphs, lists, figures and asides, a footer) with 20 of our elements among it, of every
 * tag, with a mix of attributes and languages, a few inside one provider with overrides.
 */
function articlePage() {
  const words =
    'migration policy border community return labour mobility climate displacement health data ' +
    'integration remittances protection dialogue cooperation region partners governance ' +
    'emergency response livelihoods resilience information rights support';
  const pick = (seed, count) => {
    const list = words.split(' ');
    return Array.from({ length: count }, (_, i) => list[(seed * 7 + i * 3) % list.length]).join(' ');
  };
  const paragraph = (seed) =>
    `<p>${pick(seed, 6)}, ${pick(seed + 1, 9)} &amp; ${pick(seed + 2, 7)}. ${pick(seed + 3, 12)} <a href="/news/${seed}">${pick(seed + 4, 3)}</a> ${pick(seed + 5, 10)}.</p>`;
  const filler = (seed) =>
    [
      `<h2 id="part-${seed}">${pick(seed, 4)}</h2>`,
      paragraph(seed),
      paragraph(seed + 1),
      seed % 2
        ? `<figure><img src="/img/${seed}.jpg" alt="${pick(seed, 5)}" width="800" height="450"><figcaption>${pick(seed + 2, 8)}</figcaption></figure>`
        : `<ul>${[0, 1, 2, 3].map((i) => `<li>${pick(seed + i, 6)}</li>`).join('')}</ul>`,
      paragraph(seed + 2),
      paragraph(seed + 3),
      `<p>${pick(seed + 4, 18)}.</p>`,
    ].join('\n');
  const elements = [
    '<iom-profile structured-data></iom-profile>',
    '<iom-mission heading-level="3"></iom-mission>',
    '<div lang="fr"><iom-activities></iom-activities></div>',
    '<iom-presence theme="dark"></iom-presence>',
    '<iom-issues heading="What is at stake"></iom-issues>',
    '<div lang="es"><iom-partners heading-level="3"></iom-partners></div>',
    '<iom-developments></iom-developments>',
    '<iom-faq open="all" structured-data></iom-faq>',
    '<iom-overview sections="profile presence" heading="About IOM"></iom-overview>',
    '<div lang="fr-CA"><iom-faq single heading-level="3"></iom-faq></div>',
    `<iom-provider heading-level="3"><script type="application/json">${JSON.stringify({
      en: { presence: { title: 'Where IOM works' }, faq: { title: 'Your questions' } },
      fr: { mission: { title: 'Notre mission' } },
    })}</script><iom-presence></iom-presence>`,
    '<iom-faq></iom-faq>',
    '<div lang="fr"><iom-mission></iom-mission></div></iom-provider>',
    '<iom-issues lang="es"></iom-issues>',
    '<iom-activities theme="light"></iom-activities>',
    '<iom-partners></iom-partners>',
    '<div lang="fr"><iom-developments heading-level="4"></iom-developments></div>',
    '<iom-profile heading="The agency"></iom-profile>',
    '<iom-presence lang="es"></iom-presence>',
    '<iom-overview sections="faq" lang="fr"></iom-overview>',
  ];
  const body = elements.map((element, index) => `${filler(index * 13)}\n${element}`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>News: migration in a changing world</title>
<link rel="stylesheet" href="/site.css">
<script type="module" src="/iom/iom-elements.js"></script>
</head>
<body>
<header><nav><ul>${['Home', 'World', 'Policy', 'Climate', 'Opinion', 'About'].map((name) => `<li><a href="/${name.toLowerCase()}">${name}</a></li>`).join('')}</ul></nav></header>
<main><article>
<h1>Migration in a changing world</h1>
${body}
</article></main>
<footer><p>&copy; 2026 The Example Times. <a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></p></footer>
</body>
</html>
`;
}

const rows = [];
for (const tag of TAGS) {
  rows.push(
    `| \`<${tag}>\` | ${await time(tag, { format: 'dsd' })} | ${await time(tag, { format: 'html' })} |`,
  );
}
rows.push(
  `| \`<${'iom-overview'}>\` in French | ${await time('iom-overview', { format: 'dsd', lang: 'fr' })} | ${await time('iom-overview', { format: 'html', lang: 'fr' })} |`,
);

// A whole page through renderHtml: parsed, every element found and rendered, spliced in place.
const article = articlePage();
// The page's own elements (not the overview's sections inside their shadow roots, nor the provider).
const articleElements = article.match(/<iom-(?!provider)[a-z]+[\s>]/g)?.length ?? 0;
const pageRows = [
  `| \`dsd\` | ${await timed(() => renderHtml(article))} | ${kb(Buffer.byteLength(await renderHtml(article)))} |`,
  `| \`dsd\`, styles linked | ${await timed(() => renderHtml(article, { stylesheets: '/iom/' }))} | ${kb(Buffer.byteLength(await renderHtml(article, { stylesheets: '/iom/' })))} |`,
  `| \`html\` | ${await timed(() => renderHtml(article, { format: 'html' }))} | ${kb(Buffer.byteLength(await renderHtml(article, { format: 'html' })))} |`,
];

// The command, from start to exit: Node starting, the modules loading, every section rendered.
const command = new URL('../bin/iom-elements.js', import.meta.url).pathname;
const runs = [];
for (let round = 0; round < 5; round += 1) {
  const start = performance.now();
  const { status } = spawnSync(process.execPath, [command, 'render', 'iom-overview'], { stdio: 'ignore' });
  if (status !== 0) throw new Error(`iom-elements render exited with ${status}`);
  runs.push(performance.now() - start);
}

// A page of every section: the overview (it holds all eight).
const pages = {
  '`dsd` (styles inline)': await renderToString('iom-overview', { heading: 'About IOM' }),
  '`dsd` with `--stylesheets` (styles linked)': await renderToString('iom-overview', {
    heading: 'About IOM',
    stylesheets: '/iom/',
  }),
  '`html`': await renderToString('iom-overview', { heading: 'About IOM', format: 'html' }),
};

const report = [
  '## Prerendering in Node',
  '',
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: \`renderToString\` from the built \`dist/render.js\`, Node ${process.version}, ${ROUNDS} runs after a warm-up, median (min–max) in ms.`,
  '',
  '| Element | `dsd` format, ms | `html` format, ms |',
  '| --- | --- | --- |',
  ...rows,
  '',
  `A whole page, \`renderHtml(page)\`: a news article of ${kb(Buffer.byteLength(article))} (its own markup, bench/prerender.mjs) with ${articleElements} of our elements among it, of every tag, in three languages, a few inside one \`<iom-provider>\` with overrides, the same ${ROUNDS} runs after a warm-up:`,
  '',
  '| Format | ms: median (min–max) | Page after |',
  '| --- | --- | --- |',
  ...pageRows,
  '',
  `The command, \`iom-elements render iom-overview\` (all eight sections), from start to exit including Node's own start: ${median(runs).toFixed(0)} ms (${Math.min(...runs).toFixed(0)}–${Math.max(...runs).toFixed(0)}), median of 5.`,
  '',
  'A page of every section (`<iom-overview>`, all eight sections), as rendered, before the page around it:',
  '',
  '| Format | Bytes | Brotli |',
  '| --- | --- | --- |',
  ...Object.entries(pages).map(
    ([name, html]) => `| ${name} | ${kb(Buffer.byteLength(html))} | ${kb(brotli(html))} |`,
  ),
  '',
  'Linked stylesheets (`dist/styles/<tag>.css`, loaded once per page and cached) are not counted in that row.',
].join('\n');

await writeBenchmarkSection('prerender', report);
console.log(report);
