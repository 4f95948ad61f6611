#!/usr/bin/env node
// `npm run bench`: how long a page takes to show N FAQ-like accordions, and the JS heap they
// leave, for iom-faq (CDN file), native <details> markup with the same text (the zero-JS floor)
// and Shoelace's <sl-details>. Headless Chromium, contestants alternated in every round,
// medians with min–max, written to docs/benchmarks.md. `--profile` adds where iom-faq's time goes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../scripts/browsers.mjs';
import { serveFiles } from '../scripts/static-server.mjs';
import { writeBenchmarkSection } from './benchmarks-doc.mjs';
import { median } from './stats.mjs';

// At least 7 rounds; 15 by default, since a 2-core machine's noise swings single medians by ±10%.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const SIZES = [1, 200];
const root = new URL('..', import.meta.url).pathname;
const faq = JSON.parse(readFileSync(join(root, 'content/en/faq.json'), 'utf8'));

/** The same four questions and answers, as each contestant marks them up, repeated `n` times. */
const markup = {
  'iom-faq': (n) => '<iom-faq></iom-faq>'.repeat(n),
  'iom-overview': (n) => '<iom-overview></iom-overview>'.repeat(n),
  'lit-floor-accordion': (n) => '<lit-floor-accordion></lit-floor-accordion>'.repeat(n),
  details: (n) =>
    `<section><h2>${faq.title}</h2>${faq.questions
      .map((q) => `<details><summary>${q.question}</summary><p>${q.answer}</p></details>`)
      .join('')}</section>`.repeat(n),
  'sl-details': (n) =>
    `<section><h2>${faq.title}</h2>${faq.questions
      .map((q) => `<sl-details summary="${q.question.replaceAll('"', '&quot;')}">${q.answer}</sl-details>`)
      .join('')}</section>`.repeat(n),
};

const scripts = {
  'iom-faq': '<script type="module" src="/dist/cdn/iom-elements.js"></script>',
  'iom-overview': '<script type="module" src="/dist/cdn/iom-elements.js"></script>',
  details: '',
  'lit-floor-accordion': '<script type="module" src="/bench-lit-floor.js"></script>',
  'sl-details':
    '<link rel="stylesheet" href="/node_modules/@shoelace-style/shoelace/cdn/themes/light.css">' +
    '<script type="module" src="/node_modules/@shoelace-style/shoelace/cdn/components/details/details.js"></script>',
};

/** The page: its markup, then a module script that reports when everything has rendered and painted. */
function page(contestant, n) {
  const tag = contestant === 'details' ? null : contestant;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${scripts[contestant]}</head><body>
${markup[contestant](n)}
<script type="module">
  const tag = ${JSON.stringify(tag)};
  if (tag) {
    await customElements.whenDefined(tag);
    await Promise.all([...document.querySelectorAll(tag)].map((el) => el.updateComplete));
  }
  requestAnimationFrame(() => requestAnimationFrame(() => { window.__rendered = performance.now(); }));
</script></body></html>`;
}

async function measure(browser, origin, contestant, n) {
  // A fresh browser context for each load: its own renderer process, so no page runs beside the
  // last one's teardown and garbage.
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  try {
    await tab.goto(`${origin}/bench?c=${contestant}&n=${n}`, { waitUntil: 'load' });
    await tab.waitForFunction(() => /** @type {any} */ (window).__rendered !== undefined, { timeout: 30000 });
    const time = await tab.evaluate(() => /** @type {any} */ (window).__rendered);
    const cdp = await tab.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return { time, heap: usedSize };
  } finally {
    await context.close();
  }
}

async function profile(browser, origin) {
  const tab = await browser.newPage();
  const cdp = await tab.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await tab.goto(`${origin}/bench?c=iom-faq&n=200`, { waitUntil: 'load' });
  await tab.waitForFunction(() => /** @type {any} */ (window).__rendered !== undefined);
  const { profile: result } = await cdp.send('Profiler.stop');
  await tab.close();
  const self = new Map();
  const byId = new Map(result.nodes.map((node) => [node.id, node]));
  const interval = (result.endTime - result.startTime) / result.samples.length / 1000;
  for (const id of result.samples) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + interval);
  }
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
}

/** Main-thread phases of a page load, from Chromium's trace events. */
const PHASES = {
  'Parse HTML': ['ParseHTML'],
  'Script: evaluate modules, define and upgrade': [
    'v8.evaluateModule',
    'EvaluateScript',
    'v8.compileModule',
    'v8.compile',
  ],
  'Script: render (microtasks)': ['RunMicrotasks', 'FunctionCall', 'TimerFire'],
  Style: ['UpdateLayoutTree'],
  Layout: ['Layout'],
  Paint: ['PrePaint', 'Paint', 'Layerize', 'Commit'],
};

/** Where a page's main-thread time goes, by phase (median of `runs` traced loads), in ms. */
async function phases(browser, origin, contestant, runs = 3) {
  /** @type {Record<string, number[]>} */
  const totals = Object.fromEntries(Object.keys(PHASES).map((phase) => [phase, []]));
  for (let run = 0; run < runs; run += 1) {
    const tab = await browser.newPage();
    await tab.tracing.start({
      categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'],
    });
    await tab.goto(`${origin}/bench?c=${contestant}&n=200`, { waitUntil: 'load' });
    await tab.waitForFunction(() => /** @type {any} */ (window).__rendered !== undefined, { timeout: 30000 });
    const { traceEvents } = JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8'));
    await tab.close();
    // The tab's renderer main thread: of the threads named CrRendererMain, the busiest.
    const mains = new Set(
      traceEvents
        .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
        .map((event) => `${event.pid}:${event.tid}`),
    );
    const busy = new Map();
    for (const event of traceEvents) {
      const thread = `${event.pid}:${event.tid}`;
      if (event.ph === 'X' && mains.has(thread)) busy.set(thread, (busy.get(thread) ?? 0) + (event.dur ?? 0));
    }
    const main = [...busy.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    for (const [phase, names] of Object.entries(PHASES)) {
      let sum = 0;
      for (const event of traceEvents)
        if (event.ph === 'X' && `${event.pid}:${event.tid}` === main && names.includes(event.name))
          sum += event.dur ?? 0;
      totals[phase].push(sum / 1000);
    }
  }
  return Object.fromEntries(Object.entries(totals).map(([phase, values]) => [phase, median(values)]));
}

/** The bare Lit accordion, bundled with its own Lit once per run. */
const litFloor = (
  await build({
    entryPoints: [join(root, 'bench/lit-floor.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  })
).outputFiles[0].text;

const executablePath = findChromium();
if (!executablePath) throw new Error(INSTALL_HINT);
// The project's files, and the pages and the bare Lit accordion made here.
const { origin, close } = await serveFiles(root, (url) => {
  if (url.pathname === '/bench-lit-floor.js') return { type: 'text/javascript', body: litFloor };
  if (url.pathname === '/bench')
    return { type: 'text/html', body: page(url.searchParams.get('c'), Number(url.searchParams.get('n'))) };
  return undefined;
});
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: CHROMIUM_ARGS,
});

const contestants = ['iom-faq', 'details', 'sl-details', 'lit-floor-accordion'];
const results = {};
try {
  for (const n of SIZES) {
    for (let round = 0; round < ROUNDS; round += 1) {
      // Alternate the order in every round, so no contestant always runs first or last.
      const order = contestants.map((_, i) => contestants[(i + round) % contestants.length]);
      for (const contestant of [...order, ...(n === 1 ? ['iom-overview'] : [])]) {
        const key = `${contestant}|${n}`;
        (results[key] ??= []).push(await measure(browser, origin, contestant, n));
      }
    }
  }
  const profiling = process.argv.includes('--profile');
  const hotspots = profiling ? await profile(browser, origin) : [];
  const byPhase = profiling
    ? {
        'iom-faq': await phases(browser, origin, 'iom-faq'),
        details: await phases(browser, origin, 'details'),
      }
    : null;

  const rows = [];
  const stat = (key, field) => {
    const values = results[key].map((r) => r[field]);
    return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
  };
  for (const n of SIZES) {
    for (const contestant of [...contestants, ...(n === 1 ? ['iom-overview'] : [])]) {
      const t = stat(`${contestant}|${n}`, 'time');
      const h = stat(`${contestant}|${n}`, 'heap');
      rows.push({ contestant, n, t, h });
    }
  }
  const ms = (v) => v.toFixed(1);
  const mb = (v) => (v / 1024 / 1024).toFixed(2);
  const table = [
    '| Page | N | Rendered + first frame, ms: median (min–max) | JS heap after GC, MB: median (min–max) |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      ({ contestant, n, t, h }) =>
        `| ${contestant === 'details' ? 'native `<details>`' : `\`<${contestant}>\``} | ${n} | ${ms(t.median)} (${ms(t.min)}–${ms(t.max)}) | ${mb(h.median)} (${mb(h.min)}–${mb(h.max)}) |`,
    ),
  ];
  // Ratios per round, each within one round (its contestants ran back to back), then their median
  // and range: a slow spell of the machine slows both sides of a ratio alike.
  const pairedRatio = (n, other, field, contestant = 'iom-faq') => {
    const ours = results[`${contestant}|${n}`].map((r) => r[field]);
    const theirs = results[`${other}|${n}`].map((r) => r[field]);
    const values = ours.map((value, round) => value / theirs[round]);
    const f = (v) => `${v.toFixed(2)}×`;
    return `${f(median(values))} (${f(Math.min(...values))}–${f(Math.max(...values))})`;
  };
  const ratios = SIZES.flatMap((n) => [
    `- N = ${n}: iom-faq takes ${pairedRatio(n, 'details', 'time')} the time of native \`<details>\` and ${pairedRatio(n, 'sl-details', 'time')} that of Shoelace; its heap is ${pairedRatio(n, 'details', 'heap')} native's (median of the rounds' ratios, with their range).`,
    `- N = ${n}: the bare Lit accordion takes ${pairedRatio(n, 'details', 'time', 'lit-floor-accordion')} the time of native \`<details>\`; its heap is ${pairedRatio(n, 'details', 'heap', 'lit-floor-accordion')} native's.`,
  ]);
  const report = [
    '## Rendering in the browser',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: headless Chromium (${(await browser.version()).replace('HeadlessChrome/', '')}), ${ROUNDS} rounds, contestants alternated in every round, each page in a fresh tab served from 127.0.0.1. Time runs from navigation start to the second animation frame after every element has rendered (script loading included); heap is \`Runtime.getHeapUsage\` after a forced GC. Each page shows N copies of the four FAQ questions and answers. \`<lit-floor-accordion>\` (bench/lit-floor.js) is the floor for any Lit accordion: the same questions in the fewest bindings Lit allows, with none of iom-faq's features.`,
    '',
    ...table,
    '',
    ...ratios,
    '',
    ...(byPhase
      ? [
          'Where the main thread spends its time at N = 200, by phase (Chromium trace, median of 3 loads, ms):',
          '',
          '| Phase | `<iom-faq>` | native `<details>` |',
          '| --- | --- | --- |',
          ...Object.keys(PHASES).map(
            (phase) =>
              `| ${phase} | ${byPhase['iom-faq'][phase].toFixed(1)} | ${byPhase.details[phase].toFixed(1)} |`,
          ),
          '',
        ]
      : []),
    ...(hotspots.length
      ? [
          'Where iom-faq spends its time at N = 200 (self time, sampled):',
          '',
          ...hotspots.map(([name, t]) => `- ${t.toFixed(1)} ms ${name}`),
          '',
        ]
      : []),
  ].join('\n');
  await writeBenchmarkSection('render', report);
  console.log(report);
} finally {
  await browser.close();
  close();
}
