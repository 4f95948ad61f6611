// The three browser engines the tests run in, and where each is found on this machine.
// Nothing here downloads a browser: each comes from the system (Debian's packages on CI), and
// `ensure-chromium.mjs` installs Debian's chromium when it can.
import { existsSync } from 'node:fs';

/** @param {string | undefined} fromEnv @param {string[]} candidates */
function firstExisting(fromEnv, candidates) {
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((path) => existsSync(path));
}

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
  return firstExisting(process.env.CHROME_PATH, CHROMIUM_CANDIDATES);
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

/** @returns {string | undefined} Firefox (ESR or release), from FIREFOX_PATH or the usual paths */
export function findFirefox() {
  return firstExisting(process.env.FIREFOX_PATH, ['/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

/**
 * WebKitGTK as the tests drive it: WebKitWebDriver, the MiniBrowser it starts, and Xvfb for a
 * display (`--automation` MiniBrowser windows need one, even when nobody looks).
 * @returns {{ driver: string, miniBrowser: string, xvfb: string } | undefined}
 */
export function findWebKit() {
  const driver = firstExisting(process.env.WEBKIT_DRIVER_PATH, ['/usr/bin/WebKitWebDriver']);
  const miniBrowser = firstExisting(process.env.WEBKIT_MINIBROWSER_PATH, [
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  ]);
  const xvfb = firstExisting(undefined, ['/usr/bin/Xvfb']);
  return driver && miniBrowser && xvfb ? { driver, miniBrowser, xvfb } : undefined;
}

/** Each engine: its name in output and on the command line, how to find it, what to install. */
export const ENGINES = {
  chromium: {
    label: 'Chromium',
    find: findChromium,
    install: 'sudo apt-get install -y chromium (or set CHROME_PATH)',
  },
  firefox: {
    label: 'Firefox',
    find: findFirefox,
    install: 'sudo apt-get install -y firefox-esr (or set FIREFOX_PATH)',
  },
  webkit: {
    label: 'WebKit',
    find: findWebKit,
    install: 'sudo apt-get install -y webkit2gtk-driver xvfb xauth',
  },
};

/** @typedef {keyof typeof ENGINES} Engine */
