#!/usr/bin/env node
// The package as users get it: `npm pack`, then installed into fresh projects in a temporary
// folder, each built, type-checked and opened in headless Chromium. One module per consumer in
// test/consumers/, over the shared harness (test/consumers/harness.mjs):
//   vite-ts             a Vite + TypeScript app importing only 'iom-elements/iom-faq.js'
//   cdn                 a plain HTML page with the CDN file
//   react               React 19 rendering <iom-faq heading-level={3} />, with our JSX types
//   jsx-types           the Preact and Solid JSX types (type-checked only)
//   vue-svelte-types    iom-elements/vue with vue-tsc, iom-elements/svelte with svelte-check
//   readme              every TypeScript and JSX example of the README
//   prerender-examples  examples/node-static and examples/eleventy, JavaScript on and off; the command
//   node-versions       the render API and the command on Node 20, 22 and 24
//   vue nuxt sveltekit angular next astro
//                       examples/<framework>: built, type-checked, served by the framework, and
//                       checked in Chromium (test/consumers/framework-app.mjs)
// `node scripts/consumer-tests.mjs [name…]` runs only those. Needs `npm run build` first. Keeps
// the projects when KEEP_CONSUMERS=1, for a look.
import { createHarness } from '../test/consumers/harness.mjs';

const NAMES = [
  'vite-ts',
  'cdn',
  'react',
  'jsx-types',
  'vue-svelte-types',
  'readme',
  'prerender-examples',
  'node-versions',
  'vue',
  'nuxt',
  'sveltekit',
  'angular',
  'next',
  'astro',
];

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !NAMES.includes(name));
if (unknown.length) {
  console.error(`consumer tests: no consumer ${unknown.join(', ')}; they are ${NAMES.join(', ')}.`);
  process.exit(2);
}
const names = asked.length ? NAMES.filter((name) => asked.includes(name)) : NAMES;
const consumers = await Promise.all(
  names.map(async (name) => (await import(`../test/consumers/${name}.mjs`)).default),
);

const h = await createHarness();
const times = [];
try {
  for (const consumer of consumers) {
    console.log(`${consumer.name}: ${consumer.about}`);
    const started = performance.now();
    const before = h.failures.length;
    try {
      await consumer.run(h);
    } catch (error) {
      const message = String(error instanceof Error ? error.message : error);
      h.failures.push(`${consumer.name}: ${message}`);
      console.error(`  ✗ ${consumer.name} stopped: ${message.slice(0, 4000)}`);
    }
    const seconds = (performance.now() - started) / 1000;
    times.push({ name: consumer.name, seconds, ok: h.failures.length === before });
    console.log(`  ${consumer.name}: ${seconds.toFixed(1)} s`);
  }
} finally {
  await h.close();
}

console.log('\nconsumer   time');
for (const { name, seconds, ok } of times)
  console.log(`${ok ? '✓' : '✗'} ${name.padEnd(20)} ${seconds.toFixed(1).padStart(6)} s`);
if (h.failures.length) {
  console.error(`consumer tests: ${h.failures.length} failed`);
  process.exit(1);
}
console.log('consumer tests: all passed');
