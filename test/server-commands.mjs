// Test-runner plugins: commands the browser tests call with `executeServerCommand`, and the
// headers some fixture pages are served with. They run in Node, beside the test server.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { bundleAsConsumer } from '../scripts/consumer-bundle.mjs';
import { languages, sectionFields, sectionNames } from '../scripts/content-model.mjs';
import { checkOverridesAtBuild, validateContentDir } from '../scripts/content-validation.mjs';
import { prerenderPage } from '../scripts/prerender-page.mjs';
import { CASES } from './override-corpus.ts';

/** The policy test/fixtures/csp.html is served with: what a strict site sends. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

/** Serves the CSP fixtures (test/fixtures/csp*.html) with the strict policy as a real header. */
export function strictCspHeader(context, next) {
  if (context.path.startsWith('/test/fixtures/csp')) context.set('Content-Security-Policy', STRICT_CSP);
  return next();
}

/**
 * `content-model`: the content model as read from its source (content/schema.json and the
 * folders of content/), for tests that hold the generated lists to it.
 */
export const contentModelCommand = {
  name: 'content-model',
  executeCommand({ command }) {
    if (command !== 'content-model') return undefined;
    const fields = sectionFields();
    return {
      languages: languages(),
      sections: sectionNames(),
      fields: Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, f.fields])),
    };
  },
};

/**
 * `check-overrides` { index }: the build's verdict on case `index` of test/override-corpus.ts:
 * the sections that apply (as `lang.section`) and the problems reported.
 */
export const checkOverridesCommand = {
  name: 'check-overrides',
  executeCommand({ command, payload }) {
    if (command !== 'check-overrides') return undefined;
    const { accepted, problems } = checkOverridesAtBuild(CASES[payload.index].overrides, 'content');
    const applies = Object.entries(accepted).flatMap(([lang, sections]) =>
      Object.keys(sections).map((section) => `${lang}.${section}`),
    );
    return { applies, problems };
  },
};

/**
 * `validate-content` { files }: writes `files` (paths under content/ → text) to a fresh folder
 * and validates it as the build does; with no files, validates the project's own content/.
 */
export const validateContentCommand = {
  name: 'validate-content',
  executeCommand({ command, payload }) {
    if (command !== 'validate-content') return undefined;
    const files = payload?.files;
    if (!files) return validateContentDir();
    const dir = join(mkdtempSync(join(tmpdir(), 'iom-content-')), 'content');
    try {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      return validateContentDir(dir);
    } finally {
      rmSync(dirname(dir), { recursive: true, force: true });
    }
  },
};

/** Waits, in a fixture page, until every element has rendered and its fonts are in. */
async function settle() {
  await customElements.whenDefined('iom-overview');
  const all = [...document.querySelectorAll('main > *')];
  const nested = all.flatMap((el) => [...(el.shadowRoot?.querySelectorAll('*') ?? [])]);
  await Promise.all([...all, ...nested].map((el) => /** @type {any} */ (el).updateComplete));
  await document.fonts.ready;
}

/** Opens the fixture FAQ's first answer and lets the chevron finish turning. */
async function openFirstAnswer() {
  const el = /** @type {any} */ (document.querySelector('main > iom-faq'));
  el.shadowRoot.querySelector('button').click();
  await el.updateComplete;
  await Promise.all(el.shadowRoot.getAnimations().map((animation) => animation.finished));
}

/**
 * Takes `shoot()` until two shots in a row are the same (at most 5): a page still painting
 * (a late font, a transition's last frame) gives a shot that is neither before nor after.
 */
async function steadyShot(shoot) {
  let previous = await shoot();
  for (let i = 0; i < 4; i += 1) {
    const next = await shoot();
    if (Buffer.compare(previous, next) === 0) return next;
    previous = next;
  }
  return previous;
}

/** Puppeteer (Chromium, Firefox): screenshots of each `main > *` element, and `iom-faq:open`. */
async function puppeteerScreenshots(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  // The pointer away from every element: nothing is hovered.
  await page.mouse.move(799, 599);
  await page.evaluate(settle);
  const shots = {};
  for (const handle of await page.$$('main > *')) {
    const tag = await handle.evaluate((el) => el.localName);
    shots[tag] = await steadyShot(() => handle.screenshot());
  }
  await page.evaluate(openFirstAnswer);
  const faq = await page.$('main > iom-faq');
  shots['iom-faq:open'] = await steadyShot(() => faq.screenshot());
  return shots;
}

/**
 * WebDriver classic (WebKitGTK): the same shots, taken in the session's screenshot window. Its
 * element screenshots can come back partly black, so each is cropped from a screenshot of the
 * window with the element scrolled to the top; only the part that fits in the window is compared.
 */
async function webdriverScreenshots(driver, url) {
  await driver.navigateTo(url);
  await driver.execute(settle);
  const tags = await driver.execute(() =>
    [...document.querySelectorAll('main > *')].map((el) => el.localName),
  );
  const shots = {};
  const shoot = async (tag) => {
    const rect = await driver.execute(async (selector) => {
      const el = document.querySelector(selector);
      el.scrollIntoView();
      // Let the scrolled page paint before the window is captured.
      for (let i = 0; i < 3; i += 1) await new Promise(requestAnimationFrame);
      const r = el.getBoundingClientRect();
      return {
        x: r.x,
        y: r.y,
        width: r.width,
        height: Math.min(r.height, innerHeight - r.y),
        scale: devicePixelRatio,
      };
    }, `main > ${tag}`);
    const window = PNG.sync.read(Buffer.from(await driver.takeScreenshot(), 'base64'));
    const [x, y, width, height] = [rect.x, rect.y, rect.width, rect.height].map((v) =>
      Math.round(v * rect.scale),
    );
    const crop = new PNG({ width, height });
    PNG.bitblt(window, crop, x, y, width, height, 0, 0);
    return PNG.sync.write(crop);
  };
  for (const tag of tags) shots[tag] = await steadyShot(() => shoot(tag));
  await driver.execute(openFirstAnswer);
  shots['iom-faq:open'] = await steadyShot(() => shoot('iom-faq'));
  return shots;
}

/**
 * Web Test Runner gives a command 20 s to answer (hard-coded in its web-socket plugin), which
 * screenshots in WebKitGTK on a busy machine do not always meet. Such a command runs as a job:
 * its first call starts the work and answers `{ job }`, and `job-result` { job } then waits up
 * to 15 s at a time for it (test/helpers.ts `runServerJob`); the test's own timeout bounds it.
 */
const jobs = new Map();
let lastJob = 0;

function startJob(work) {
  const job = ++lastJob;
  jobs.set(
    job,
    work().then(
      (value) => ({ done: true, value }),
      (error) => ({
        done: true,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
    ),
  );
  return { job };
}

export const jobResultCommand = {
  name: 'job-result',
  async executeCommand({ command, payload }) {
    if (command !== 'job-result') return undefined;
    const outcome = jobs.get(payload.job);
    if (!outcome) throw new Error(`job-result: no job ${payload.job} is running`);
    const result = await Promise.race([outcome, delay(15000).then(() => ({ done: false }))]);
    if (result.done) jobs.delete(payload.job);
    return result;
  },
};

/** WebDriver sessions' screenshot windows, by session id (see inShotWindow). */
const shotWindows = new Map();

/**
 * WebDriver (WebKitGTK): runs `work(driver)` in the session's screenshot window, 1000 × 1100,
 * made on first use and kept for the test file (`close-shot-window` ends it): asked for a new
 * window per comparison dozens of times in a long run, WebKitGTK once stalled. Once in a long run
 * it also lost that window or stalled in it, so a failed attempt is made again, once, in a new
 * window; page loads and scripts time out in seconds rather than WebDriver's minutes. `work`
 * gets the three commands it needs (navigateTo, execute, takeScreenshot), each kept to that window.
 */
async function inShotWindow(session, work) {
  const driver = session.browser.driver;
  const testWindow = await driver.getWindowHandle();
  const attempt = async () => {
    let handle = shotWindows.get(session.id);
    if (handle) {
      await driver.switchToWindow(handle);
    } else {
      ({ handle } = await driver.createWindow('window'));
      shotWindows.set(session.id, handle);
      await driver.switchToWindow(handle);
      await driver.setWindowSize(1000, 1100);
      await driver.setTimeouts(0, 15000, 10000);
    }
    // WebKitWebDriver, its current window gone, runs the next command in another one: the
    // test page's, which a navigation would take away. So each command first checks the window.
    const inWindow = async () => {
      if ((await driver.getWindowHandle()) !== handle) throw new Error('the screenshot window is gone');
    };
    return work({
      navigateTo: async (url) => (await inWindow(), driver.navigateTo(url)),
      execute: async (fn, ...args) => (await inWindow(), driver.execute(fn, ...args)),
      takeScreenshot: async () => (await inWindow(), driver.takeScreenshot()),
    });
  };
  try {
    return await attempt();
  } catch (error) {
    const reason = String(error instanceof Error ? error.message : error).split('\n')[0];
    console.warn(`WebKit screenshot window failed (${reason}); trying once more in a new window.`);
    await driver.switchToWindow(testWindow);
    await closeShotWindow(session);
    return await attempt();
  } finally {
    await driver.switchToWindow(testWindow);
  }
}

/** Closes the session's screenshot window, if it has one still there; the test window stays in front. */
async function closeShotWindow(session) {
  const handle = shotWindows.get(session.id);
  shotWindows.delete(session.id);
  if (!handle || session.browser.type !== 'webdriver') return;
  const driver = session.browser.driver;
  if (!(await driver.getWindowHandles()).includes(handle)) return;
  const testWindow = await driver.getWindowHandle();
  await driver.switchToWindow(handle);
  await driver.closeWindow();
  await driver.switchToWindow(testWindow);
}

/** `close-shot-window`: a test file that compared screenshots is done (see inShotWindow). */
export const closeShotWindowCommand = {
  name: 'close-shot-window',
  async executeCommand({ command, session }) {
    if (command !== 'close-shot-window') return undefined;
    await closeShotWindow(session);
    return true;
  },
};

/**
 * `compare-host-pages` { origin }: renders test/fixtures/plain.html and hostile.html in a page of
 * their own and compares each element's screenshot: the pixels that differ at all (pixelmatch,
 * threshold 0) and those that differ visibly (threshold 0.1, anti-aliasing left out).
 * Differences are written to test-results/host-pages/ for a person to look at.
 */
export const compareHostPagesCommand = {
  name: 'compare-host-pages',
  async executeCommand({ command, payload, session }) {
    if (command !== 'compare-host-pages') return undefined;
    return startJob(() => compareHostPages(payload, session));
  },
};

async function compareHostPages(payload, session) {
  const plainUrl = new URL('/test/fixtures/plain.html', payload.origin).href;
  const hostileUrl = new URL('/test/fixtures/hostile.html', payload.origin).href;
  let plain, hostile;
  if (session.browser.type === 'webdriver') {
    [plain, hostile] = await inShotWindow(session, async (driver) => [
      await webdriverScreenshots(driver, plainUrl),
      await webdriverScreenshots(driver, hostileUrl),
    ]);
  } else {
    const page = await session.browser.getPage(session.id).browser().newPage();
    try {
      await page.setViewport({ width: 800, height: 600 });
      plain = await puppeteerScreenshots(page, plainUrl);
      hostile = await puppeteerScreenshots(page, hostileUrl);
    } finally {
      await page.close();
    }
  }
  const results = compareShots(plain, hostile, 'host-pages');
  // Named for what the host-page test compares.
  for (const result of Object.values(results)) {
    result.plain = result.a;
    result.hostile = result.b;
  }
  return results;
}

/**
 * Each pair of screenshots: their sizes (`a`, `b`), the pixels that differ at all (pixelmatch,
 * threshold 0) and those that differ visibly (threshold 0.1, anti-aliased edges left out).
 */
function compareShots(first, second, folder) {
  const results = {};
  for (const [name, shot] of Object.entries(first)) {
    const a = PNG.sync.read(shot);
    const b = PNG.sync.read(second[name]);
    const result = { a: [a.width, a.height], b: [b.width, b.height] };
    if (a.width === b.width && a.height === b.height) {
      const diff = new PNG({ width: a.width, height: a.height });
      result.differentPixels = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: 0 });
      result.visiblyDifferentPixels = pixelmatch(a.data, b.data, null, a.width, a.height, { threshold: 0.1 });
      if (result.differentPixels > 0)
        writeDiff(folder, name, { a: shot, b: second[name], diff: PNG.sync.write(diff) });
    } else {
      result.differentPixels = result.visiblyDifferentPixels = a.width * a.height;
      writeDiff(folder, name, { a: shot, b: second[name] });
    }
    results[name] = result;
  }
  return results;
}

function writeDiff(folder, name, images) {
  const dir = join('test-results', folder);
  mkdirSync(dir, { recursive: true });
  for (const [kind, png] of Object.entries(images))
    writeFileSync(join(dir, `${name.replace(':', '-')}-${kind}.png`), png);
}

/**
 * `ax-tree` { selector }: Chromium's full accessibility tree under the first element matching
 * `selector` (unlike the stock a11y snapshot, which leaves out lists and list items).
 */
export const axTreeCommand = {
  name: 'ax-tree',
  async executeCommand({ command, payload, session }) {
    if (command !== 'ax-tree') return undefined;
    const page = session.browser.getPage(session.id);
    const root = await page.$(payload.selector);
    return page.accessibility.snapshot({ root, interestingOnly: false });
  },
};

/** WebDriver's code points for the keys the tests press (W3C WebDriver, "Keyboard actions"). */
const WEBDRIVER_KEYS = {
  Tab: '\uE004',
  Enter: '\uE007',
  Space: '\uE00D',
  Escape: '\uE00C',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

/**
 * `press-key` { key }: presses one key as a reader would, in any engine. A key name
 * (`Tab`, `Enter`, `Space`, `ArrowDown`, `Home` …) means the same key everywhere: puppeteer's
 * Firefox keyboard knows the space bar only as ' ', WebDriver classic only by code point.
 */
export const pressKeyCommand = {
  name: 'press-key',
  async executeCommand({ command, payload, session }) {
    if (command !== 'press-key') return undefined;
    const { key } = payload;
    if (!(key in WEBDRIVER_KEYS)) throw new Error(`press-key: no mapping for the key "${key}"`);
    if (session.browser.type === 'webdriver') {
      await session.browser.sendKeys(session.id, [WEBDRIVER_KEYS[key]]);
    } else {
      await session.browser.getPage(session.id).keyboard.press(key === 'Space' ? ' ' : key);
    }
    return true;
  },
};

/**
 * `bundle-consumer` { source }: bundles `source` as a user's project would (esbuild, honouring
 * the package's `exports` and `sideEffects`), importing `iom-elements` from the built package,
 * and returns one file of code (translations inlined, as no splitting is asked for).
 */
export const bundleConsumerCommand = {
  name: 'bundle-consumer',
  async executeCommand({ command, payload }) {
    if (command !== 'bundle-consumer') return undefined;
    return new TextDecoder().decode(await bundleAsConsumer(payload.source));
  },
};

/**
 * `compare-framed-pages` { origin, a, b, tags }, run as a job (see startJob): two pages, each
 * shown whole in a frame of a wrapper page (`/prerendered/frame.html`; `sandbox: true` runs it
 * with scripting off, as a reader with JavaScript disabled has it), and a screenshot of each
 * `main > *` element (or of those named in `tags`) compared as `compare-host-pages` does. Every
 * engine shoots the same way: the window, with the element scrolled to its top, a window's
 * height at a time, so tall elements are compared whole. Differences are written to
 * test-results/framed-pages/.
 */
export const compareFramedPagesCommand = {
  name: 'compare-framed-pages',
  async executeCommand({ command, payload, session }) {
    if (command !== 'compare-framed-pages') return undefined;
    return startJob(() => compareFramedPages(payload, session));
  },
};

async function compareFramedPages(payload, session) {
  const wrapper = ({ path, sandbox }) =>
    new URL(
      `/prerendered/frame.html?sandbox=${sandbox ? 1 : 0}&src=${encodeURIComponent(path)}`,
      payload.origin,
    ).href;
  const shootBoth = async (window) => [
    await framedShots(window, wrapper(payload.a), payload.tags),
    await framedShots(window, wrapper(payload.b), payload.tags),
  ];
  let a, b;
  if (session.browser.type === 'webdriver') {
    [a, b] = await inShotWindow(session, (driver) =>
      shootBoth({
        open: (url) => driver.navigateTo(url),
        run: (fn, ...args) => driver.execute(fn, ...args),
        shoot: async () => Buffer.from(await driver.takeScreenshot(), 'base64'),
      }),
    );
  } else {
    const page = await session.browser.getPage(session.id).browser().newPage();
    try {
      await page.setViewport({ width: 800, height: 1200 });
      [a, b] = await shootBoth({
        open: (url) => page.goto(url, { waitUntil: 'load' }),
        run: (fn, ...args) => page.evaluate(fn, ...args),
        shoot: async () => Buffer.from(await page.screenshot({ captureBeyondViewport: false })),
      });
    } finally {
      await page.close();
    }
  }
  return compareShots(a, b, 'framed-pages');
}

/** In the wrapper page: waits for the framed page (and, if it runs scripts, its elements). */
async function frameSettled() {
  const frame = /** @type {HTMLIFrameElement} */ (document.querySelector('iframe'));
  if (frame.contentDocument?.readyState !== 'complete' || frame.contentDocument.URL === 'about:blank')
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = /** @type {any} */ (frame.contentWindow);
  const doc = /** @type {Document} */ (frame.contentDocument);
  const elements = /** @type {any[]} */ ([...doc.querySelectorAll('main > *')]);
  if (!frame.hasAttribute('sandbox') && doc.querySelector('script[src]')) {
    await win.customElements.whenDefined('iom-overview');
    // A language other than English arrives in a chunk of its own, after the first render.
    const wanted = (el) => el.getAttribute('lang')?.split('-')[0];
    const shown = (el) => el.shadowRoot?.querySelector('section[lang]')?.getAttribute('lang');
    for (let i = 0; i < 100 && elements.some((el) => wanted(el) && shown(el) !== wanted(el)); i += 1)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const nested = elements.flatMap((el) => [...(el.shadowRoot?.querySelectorAll('*') ?? [])]);
    await Promise.all([...elements, ...nested].map((el) => el.updateComplete));
  }
  await doc.fonts.ready;
  frame.style.height = `${doc.documentElement.scrollHeight}px`;
  for (let i = 0; i < 3; i += 1) await new Promise(requestAnimationFrame);
  return elements.map((el) => el.localName);
}

/** In the wrapper page: scrolls element `index` (its part from `offset` down) to the window's top. */
async function scrollFramedElement(index, offset) {
  const frame = /** @type {HTMLIFrameElement} */ (document.querySelector('iframe'));
  const el = /** @type {Document} */ (frame.contentDocument).querySelectorAll('main > *')[index];
  const top = frame.getBoundingClientRect().top + scrollY + el.getBoundingClientRect().top;
  scrollTo(0, top + offset);
  for (let i = 0; i < 3; i += 1) await new Promise(requestAnimationFrame);
  const r = el.getBoundingClientRect();
  const f = frame.getBoundingClientRect();
  return {
    x: f.x + r.x,
    y: f.y + r.y + offset,
    width: r.width,
    height: r.height,
    viewport: innerHeight,
    scale: devicePixelRatio,
  };
}

/** Screenshots of every `main > *` element of a framed page, each stitched from window shots. */
async function framedShots(window, url, only) {
  await window.open(url);
  const tags = await window.run(frameSettled);
  const shots = {};
  for (const [index, tag] of tags.entries()) {
    if (only && !only.includes(tag)) continue;
    shots[tag] = await steadyShot(async () => {
      const parts = [];
      let whole;
      for (let offset = 0; ;) {
        const box = await window.run(scrollFramedElement, index, offset);
        const shot = PNG.sync.read(await window.shoot());
        const [x, y, width] = [box.x, box.y, box.width].map((v) => Math.round(v * box.scale));
        const height = Math.round(Math.min(box.height - offset, box.viewport - box.y) * box.scale);
        whole ??= { width, height: Math.round(box.height * box.scale) };
        const part = new PNG({ width, height });
        PNG.bitblt(shot, part, x, y, width, height, 0, 0);
        parts.push(part);
        offset += Math.max(1, Math.floor(box.viewport - box.y));
        if (offset >= box.height) break;
      }
      const out = new PNG({ width: whole.width, height: parts.reduce((sum, p) => sum + p.height, 0) });
      let row = 0;
      for (const part of parts) {
        PNG.bitblt(part, out, 0, 0, part.width, part.height, 0, row);
        row += part.height;
      }
      return PNG.sync.write(out);
    });
  }
  return shots;
}

/**
 * `run-cli` { args, files, bytes }: runs the package's command (`node bin/iom-elements.js …args`)
 * in a fresh folder holding `files` (name → text, written as UTF-8) and `bytes` (name → base64),
 * as a user would from a shell; gives its exit code, output and the folder's files afterwards.
 */
export const runCliCommand = {
  name: 'run-cli',
  executeCommand({ command, payload }) {
    if (command !== 'run-cli') return undefined;
    const dir = mkdtempSync(join(tmpdir(), 'iom-cli-'));
    try {
      const write = (name, contents) => {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), contents);
      };
      for (const [name, text] of Object.entries(payload.files ?? {})) write(name, text);
      for (const [name, base64] of Object.entries(payload.bytes ?? {}))
        write(name, Buffer.from(base64, 'base64'));
      const bin = join(import.meta.dirname, '..', 'bin', 'iom-elements.js');
      const run = spawnSync(process.execPath, [bin, ...payload.args], { cwd: dir, encoding: 'utf8' });
      const files = {};
      const list = (folder) => {
        for (const entry of readdirSync(join(dir, folder), { withFileTypes: true })) {
          const name = folder ? `${folder}/${entry.name}` : entry.name;
          if (entry.isDirectory()) list(name);
          else files[name] = readFileSync(join(dir, name), 'utf8');
        }
      };
      list('');
      return { code: run.status, stdout: run.stdout, stderr: run.stderr, files };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

const root = join(import.meta.dirname, '..');

/** The built render API, as users get it (dist/render.js), loaded once. */
let renderApi;
const loadRenderApi = () => (renderApi ??= import(pathToFileURL(join(root, 'dist', 'render.js')).href));

/**
 * `render-html` { html, options }: `renderHtml(html, options)` from the built dist/render.js:
 * `{ html }`, or `{ error: { name, message, line, column } }` for a RenderError.
 */
export const renderHtmlCommand = {
  name: 'render-html',
  async executeCommand({ command, payload }) {
    if (command !== 'render-html') return undefined;
    const { renderHtml, RenderError } = await loadRenderApi();
    try {
      return { html: await renderHtml(payload.html, payload.options) };
    } catch (error) {
      if (!(error instanceof RenderError)) throw error;
      const { name, message, line, column } = /** @type {any} */ (error);
      return { error: { name, message, line, column } };
    }
  },
};

/** The Java that runs the HTML checker: $JAVA_HOME's, else the one on the PATH; none: undefined. */
function findJava() {
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const run = spawnSync(java, ['-version'], { encoding: 'utf8' });
  return run.error || run.status !== 0 ? undefined : java;
}

/**
 * `check-html` { documents, demo }: the W3C Nu HTML Checker (vnu-jar, run once with
 * `--errors-only`) over `documents` (file name → a whole HTML document) and, with `demo`, the demo
 * pages (demo/*.html as they are, and demo/index.html prerendered as `npm start` serves it at
 * /demo/prerendered.html). Gives `{ checked, errors }` (`file:line.column: message`), or
 * `{ skipped }`, one line saying what to install, where there is no Java; under CI=true a missing
 * Java is an error instead.
 */
export const checkHtmlCommand = {
  name: 'check-html',
  async executeCommand({ command, payload }) {
    if (command !== 'check-html') return undefined;
    const java = findJava();
    if (!java) {
      const what =
        'the HTML checker (vnu-jar) needs Java 11 or later: sudo apt-get install -y default-jre-headless (or set JAVA_HOME)';
      if (process.env.CI) throw new Error(`check-html: ${what}`);
      return { skipped: `HTML validity skipped: ${what}.` };
    }
    const dir = mkdtempSync(join(tmpdir(), 'iom-html-'));
    try {
      const files = {};
      for (const [name, html] of Object.entries(payload.documents ?? {})) files[name] = html;
      if (payload.demo) {
        for (const name of readdirSync(join(root, 'demo')).filter((file) => file.endsWith('.html')))
          files[`demo/${name}`] = readFileSync(join(root, 'demo', name), 'utf8');
        files['demo/prerendered.html'] = await prerenderPage(
          readFileSync(join(root, 'demo/index.html'), 'utf8'),
        );
      }
      const paths = Object.keys(files).map((name) => {
        const path = join(dir, name);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, files[name]);
        return path;
      });
      const jar = join(root, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
      const run = spawnSync(java, ['-jar', jar, '--errors-only', '--format', 'json', ...paths], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      if (run.error) throw run.error;
      let report;
      try {
        report = JSON.parse(run.stderr || run.stdout);
      } catch {
        throw new Error(`check-html: the checker said: ${run.stderr || run.stdout}`);
      }
      const errors = report.messages
        .filter((message) => message.type === 'error' || message.subType === 'fatal')
        .map((message) => {
          const file = message.url
            ? decodeURIComponent(new URL(message.url).pathname).slice(dir.length + 1)
            : '?';
          return `${file}:${message.lastLine ?? '?'}.${message.firstColumn ?? message.lastColumn ?? '?'}: ${message.message}${message.extract ? ` (${JSON.stringify(message.extract)})` : ''}`;
        });
      return { checked: Object.keys(files), errors };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
