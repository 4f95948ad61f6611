// The browsers the suite runs in: one launcher per engine and media state. Media states (a dark
// preference, reduced motion, forced colours, print) are set when a browser starts, the way each
// engine allows: CDP emulation in Chromium, preferences in Firefox, MiniBrowser and GTK settings
// in WebKitGTK. The test file for a state (test/media/<state>.test.ts) first checks with
// matchMedia that the state really holds, so nothing passes in a browser that is not in it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_ARGS, ENGINES, findChromium, findFirefox, findWebKit } from '../scripts/browsers.mjs';

/**
 * Each media state and how each engine is put into it; `null` with a reason where an engine
 * cannot be (the runner prints the reason, and that state's tests do not run there).
 */
export const MEDIA_STATES = {
  dark: {
    description: 'prefers-color-scheme: dark',
    chromium: { features: [{ name: 'prefers-color-scheme', value: 'dark' }] },
    firefox: { prefs: { 'ui.systemUsesDarkTheme': 1 } },
    webkit: { args: ['--dark-mode'] },
  },
  'reduced-motion': {
    description: 'prefers-reduced-motion: reduce',
    chromium: { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] },
    firefox: { prefs: { 'ui.prefersReducedMotion': 1 } },
    // WebKitGTK reads GTK's own setting; it is given through a settings file of its own.
    webkit: { gtkSettings: { 'gtk-enable-animations': 'false' } },
  },
  'forced-colors': {
    description: 'forced-colors: active',
    chromium: { features: [{ name: 'forced-colors', value: 'active' }] },
    // 2 = always use the reader's colours: Firefox's forced-colours mode.
    firefox: { prefs: { 'browser.display.document_color_use': 2 } },
    webkit: { unsupported: 'WebKit has no forced-colours mode (Safari does not implement it)' },
  },
  print: {
    description: 'print media',
    chromium: { mediaType: 'print' },
    firefox: {
      unsupported:
        'Firefox ESR offers test pages no print-media emulation (no CDP; WebDriver BiDi has no media-type override)',
    },
    webkit: { unsupported: 'WebKitGTK over WebDriver classic has no print-media emulation and no /print' },
  },
};

/** Firefox preferences every Firefox launcher starts from: light, motion, the page's colours. */
const FIREFOX_BASE_PREFS = {
  'ui.systemUsesDarkTheme': 0,
  'ui.prefersReducedMotion': 0,
  'browser.display.document_color_use': 0,
};

/**
 * Test files that cannot run in an engine at all, with why; the runner prints each one.
 * Behaviour that merely differs by engine is tested in every engine instead.
 */
export const ENGINE_ONLY_FILES = {
  'test/a11y-tree.test.ts': {
    engines: ['chromium'],
    why: "accessibility-tree snapshots read Chromium's tree over CDP; test/a11y-roles.test.ts checks roles, names and states in every engine",
  },
  'test/render-command.test.ts': {
    engines: ['chromium'],
    why: 'the iom-elements command runs in Node, the same whatever the browser that reports it; one engine runs it',
  },
  'test/render-page.test.ts': {
    engines: ['chromium'],
    why: 'renderHtml runs in Node, the same whatever the browser that reports it; one engine runs it (test/render-html-hydration.test.ts hydrates its pages in every engine)',
  },
  'test/html-validity.test.ts': {
    engines: ['chromium'],
    why: 'the W3C HTML checker runs in Node (Java) over files, the same whatever the browser; one engine runs it',
  },
  'test/layout-shift.test.ts': {
    engines: ['chromium'],
    why: 'only Chromium reports layout-shift entries (the Layout Instability API), so CLS can be measured nowhere else',
  },
};

/**
 * WebKitGTK sessions: each WebKitWebDriver the runner starts (one per media state it supports),
 * with the environment it needs. The runner passes the ports it started them on in
 * IOM_WEBKIT_PORTS (`{"default": 41234, …}`).
 */
export function webkitDrivers() {
  return ['default', ...Object.keys(MEDIA_STATES).filter((s) => webkitSetting(s))].map((state) => ({
    state,
    env: webkitEnv(state),
  }));
}

function webkitSetting(state) {
  const setting = state === 'default' ? {} : MEDIA_STATES[state].webkit;
  return setting.unsupported ? undefined : setting;
}

/** GTK settings go through a settings.ini in a config folder of the state's own. */
function webkitEnv(state) {
  const settings = webkitSetting(state)?.gtkSettings;
  if (!settings) return {};
  const home = join(tmpdir(), `iom-webkit-${state}`);
  mkdirSync(join(home, 'gtk-3.0'), { recursive: true });
  const lines = Object.entries(settings).map(([key, value]) => `${key}=${value}`);
  writeFileSync(join(home, 'gtk-3.0', 'settings.ini'), `[Settings]\n${lines.join('\n')}\n`);
  return { XDG_CONFIG_HOME: home };
}

/** Gives a launcher a name of its own, so the report tells `Firefox` from `Firefox (dark)`. */
function named(launcher, name) {
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (...args) => {
    await initialize(...args);
    launcher.name = name;
  };
  return launcher;
}

/**
 * The launcher for one engine in one media state (`default`: light, motion, no forced colours,
 * screen), or the reason it cannot be had.
 * @returns {{ launcher?: any, unsupported?: string }}
 */
export function launcherFor(engine, state) {
  const setting = state === 'default' ? {} : MEDIA_STATES[state][engine];
  if (setting.unsupported) return { unsupported: setting.unsupported };
  const name = `${ENGINES[engine].label}${state === 'default' ? '' : ` (${state})`}`;
  if (engine === 'chromium') {
    return {
      launcher: named(
        chromeLauncher({
          launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
          async createPage({ context }) {
            const page = await context.newPage();
            if (setting.features) await page.emulateMediaFeatures(setting.features);
            if (setting.mediaType) await page.emulateMediaType(setting.mediaType);
            return page;
          },
        }),
        name,
      ),
    };
  }
  if (engine === 'firefox') {
    return {
      launcher: named(
        chromeLauncher({
          puppeteer: puppeteerCore,
          launchOptions: {
            browser: 'firefox',
            executablePath: findFirefox(),
            headless: true,
            extraPrefsFirefox: { ...FIREFOX_BASE_PREFS, ...setting.prefs },
          },
        }),
        name,
      ),
    };
  }
  const webkit = findWebKit();
  const ports = JSON.parse(process.env.IOM_WEBKIT_PORTS ?? '{}');
  if (!ports[state])
    throw new Error('WebKit runs through scripts/test-browsers.mjs, which starts its drivers');
  const port = ports[state];
  return {
    launcher: named(
      webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port,
        logLevel: 'error',
        capabilities: /** @type {any} WebKitGTK's own capability is not in webdriverio's types */ ({
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': {
            binary: webkit?.miniBrowser,
            args: ['--automation', ...(setting.args ?? [])],
          },
        }),
      }),
      name,
    ),
  };
}
