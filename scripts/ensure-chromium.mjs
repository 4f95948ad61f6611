#!/usr/bin/env node
// Runs before the tests: finds a browser, installs Debian's chromium when it can (root on
// Debian or Ubuntu), or stops with a message saying exactly what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, INSTALL_HINT } from './browsers.mjs';

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

if (process.env.CHROME_PATH && !findChromium()) {
  fail(`CHROME_PATH is set to "${process.env.CHROME_PATH}", but there is no file there. ${INSTALL_HINT}`);
}
let found = findChromium();
const canApt =
  process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
if (!found && canApt) {
  console.log("No Chrome or Chromium found; installing Debian's chromium package (apt-get)…");
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    fail(`Installing chromium with apt-get failed (see above). ${INSTALL_HINT}`);
  }
  found = findChromium();
}
if (!found) fail(`No Chrome or Chromium found (looked at CHROME_PATH and the usual paths). ${INSTALL_HINT}`);
console.log(`Browser for the tests: ${found}`);
