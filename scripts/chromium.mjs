// Where the tests find a Chrome or Chromium: CHROME_PATH, then the usual install paths.
// Nothing here downloads a browser; `ensure-chromium.mjs` installs Debian's package when it can.
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** @returns {string | undefined} the first Chrome or Chromium found */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}

export const INSTALL_HINT =
  'The tests need Chrome or Chromium. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`; ' +
  'macOS: install Google Chrome) or point CHROME_PATH at its executable.';

/**
 * How this project starts Chromium: as root it needs --no-sandbox, and the rest keep it from
 * calling Google's hosts, which this machine cannot reach.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
