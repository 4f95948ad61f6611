#!/usr/bin/env node
// `npm run bench` (after the browser benchmark): how long `iom-elements/render` takes in Node,
// per element and for every section at once, in both formats, and how many bytes a page of
// all sections weighs. Medians of ROUNDS runs after one warm-up, with min–max; written to
// docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { brotliCompressSync, constants } from 'node:zlib';
import { writeBenchmarkSection } from './benchmarks-doc.mjs';
import { median } from './stats.mjs';

// The built module, as users get it (by URL: the scripts' type check leaves dist/ alone).
/** @type {{ renderToString: (tag: string, options?: object) => Promise<string> }} */
const { renderToString } = await import(new URL('../dist/render.js', import.meta.url).href);

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const TAGS = ['iom-profile', 'iom-presence', 'iom-faq', 'iom-overview'];
const brotli = (text) =>
  brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function time(tag, options) {
  await renderToString(tag, options); // warm-up: modules, content
  const times = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = performance.now();
    await renderToString(tag, options);
    times.push(performance.now() - start);
  }
  const fmt = (value) => value.toFixed(1);
  return `${fmt(median(times))} (${fmt(Math.min(...times))}–${fmt(Math.max(...times))})`;
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
