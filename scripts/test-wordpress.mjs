#!/usr/bin/env node
// Runs the WordPress tests (test/wordpress/*.test.mjs, Node's test runner): the translations, the
// PHP renderer against the render API, and the plugin on real WordPress sites in Chromium.
// Needs the build (dist/wordpress/). Without PHP, MariaDB or Debian's WordPress it prints one
// line saying what to install and skips the tests that need them; under CI (CI=true) that fails.
// Ends with `wordpress: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WORDPRESS_INSTALL_HINT, wordpressToolsMissing } from '../test/wordpress/site.mjs';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'test', 'wordpress');
const missing = wordpressToolsMissing();
/** The tests that need no WordPress. */
const standalone = ['translations.test.mjs', 'package.test.mjs'];
let files = readdirSync(dir).filter((file) => file.endsWith('.test.mjs'));
if (missing.length) {
  console.log(
    `WordPress: tests on a real site skipped, missing ${missing.join(', ')}. To run them: ${WORDPRESS_INSTALL_HINT}`,
  );
  if (process.env.CI) {
    console.error('CI must run the WordPress tests.');
    process.exit(1);
  }
  files = files.filter((file) => standalone.includes(file));
}

const tap = join(mkdtempSync(join(tmpdir(), 'iom-wp-tap-')), 'report.tap');
const result = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files.map((file) => join(dir, file)),
  ],
  { stdio: 'inherit', cwd: root },
);
const report = readFileSync(tap, 'utf8');
rmSync(join(tap, '..'), { recursive: true, force: true });
const count = (name) => Number(report.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
console.log(`wordpress: ${count('pass')} passed, ${count('fail') + count('cancelled')} failed`);
process.exit(result.status ?? 1);
