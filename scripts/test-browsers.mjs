#!/usr/bin/env node
// Runs the browser suite (web-test-runner.config.mjs) in the engines asked for, by default all
// three: `node scripts/test-browsers.mjs [chromium] [firefox] [webkit] [-- wtr options]`, where
// `-- --files test/faq.test.ts …` runs only those files, in every engine asked for.
// An engine that is not installed is skipped with one line saying what to install; under CI
// (CI=true) a missing engine fails the run instead, so CI can never pass on fewer engines.
// For WebKit it starts Xvfb and one WebKitWebDriver per media state, and stops them after.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { ENGINES } from './browsers.mjs';
import { ENGINE_ONLY_FILES, MEDIA_STATES, webkitDrivers } from '../test/launchers.mjs';

const dashDash = process.argv.indexOf('--');
const names = process.argv.slice(2, dashDash === -1 ? undefined : dashDash);
const wtrArgs = dashDash === -1 ? [] : process.argv.slice(dashDash + 1);
// `--files a b …` narrows every engine's run (Web Test Runner's own flag would narrow only one).
const filesAt = wtrArgs.indexOf('--files');
let files = [];
if (filesAt !== -1) {
  const end = wtrArgs.findIndex((arg, i) => i > filesAt && arg.startsWith('--'));
  files = wtrArgs.splice(filesAt, (end === -1 ? wtrArgs.length : end) - filesAt).slice(1);
}
for (const name of names) {
  if (!(name in ENGINES)) {
    console.error(`Unknown engine "${name}": use ${Object.keys(ENGINES).join(', ')}.`);
    process.exit(2);
  }
}
const asked = names.length ? names : Object.keys(ENGINES);
const engines = asked.filter((engine) => ENGINES[engine].find());
const missing = asked.filter((engine) => !engines.includes(engine));

const notes = [];
for (const engine of missing) {
  notes.push(`${ENGINES[engine].label}: skipped, not installed. To test in it: ${ENGINES[engine].install}`);
}
for (const engine of engines) {
  for (const [state, setting] of Object.entries(MEDIA_STATES)) {
    if (setting[engine].unsupported)
      notes.push(
        `${ENGINES[engine].label}: test/media/${state}.test.ts not run: ${setting[engine].unsupported}.`,
      );
  }
  for (const [file, only] of Object.entries(ENGINE_ONLY_FILES)) {
    if (!only.engines.includes(engine)) notes.push(`${ENGINES[engine].label}: ${file} not run: ${only.why}.`);
  }
}
const printNotes = () => notes.forEach((line) => console.log(line));

if (missing.length && process.env.CI) {
  printNotes();
  console.error(`CI must test every engine it is asked for; missing: ${missing.join(', ')}.`);
  process.exit(1);
}
if (!engines.length) {
  printNotes();
  console.error('No engine to test in.');
  process.exit(1);
}

/** Processes started for WebKit, stopped whatever happens. */
const helpers = [];
const stopHelpers = () => helpers.forEach((child) => child.kill('SIGTERM'));
process.on('exit', stopHelpers);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(check, what, ms = 15000) {
  for (const start = Date.now(); Date.now() - start < ms; await sleep(100)) if (await check()) return;
  throw new Error(`Timed out waiting for ${what}.`);
}

/** A TCP port nothing listens on now, from the system. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** The port each WebKitWebDriver listens on, by media state, for the config. */
const webkitPorts = {};

async function startWebKitHelpers() {
  const { driver, xvfb } = /** @type {NonNullable<ReturnType<typeof ENGINES.webkit.find>>} */ (
    ENGINES.webkit.find()
  );
  let display = 99;
  while (existsSync(`/tmp/.X11-unix/X${display}`) || existsSync(`/tmp/.X${display}-lock`)) display += 1;
  helpers.push(
    spawn(xvfb, [`:${display}`, '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { stdio: 'ignore' }),
  );
  await waitFor(() => existsSync(`/tmp/.X11-unix/X${display}`), `Xvfb on :${display}`);
  for (const { state, env } of webkitDrivers()) {
    const port = await freePort();
    webkitPorts[state] = port;
    helpers.push(
      spawn(driver, [`--port=${port}`], {
        stdio: 'ignore',
        env: { ...process.env, ...env, DISPLAY: `:${display}` },
      }),
    );
    await waitFor(
      () =>
        fetch(`http://127.0.0.1:${port}/status`).then(
          (r) => r.ok,
          () => false,
        ),
      `WebKitWebDriver on port ${port}`,
    );
  }
}

if (engines.includes('webkit')) await startWebKitHelpers();

// Through tsx: the test server's commands share src/core/validation-messages.ts with the elements.
const wtr = spawn(
  process.execPath,
  ['--import', 'tsx', 'node_modules/@web/test-runner/dist/bin.js', ...wtrArgs],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      IOM_TEST_ENGINES: engines.join(','),
      IOM_WEBKIT_PORTS: JSON.stringify(webkitPorts),
      ...(files.length ? { IOM_TEST_FILES: files.join(',') } : {}),
    },
  },
);
const code = await new Promise((resolve) => wtr.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
stopHelpers();
printNotes();
process.exit(code);
