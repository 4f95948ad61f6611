// Headless Chromium for the WordPress tests, and what a person does there: log in, upload the
// plugin, insert blocks through the inserter, set their controls, publish.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/browsers.mjs';

/** A fresh Chromium; `close()` also removes its profile. */
export async function launchBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'iom-wp-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, `--user-data-dir=${profile}`],
  });
  const close = browser.close.bind(browser);
  browser.close = async () => {
    await close();
    rmSync(profile, { recursive: true, force: true });
  };
  return browser;
}

/**
 * A page that records what a test must see empty: console errors and warnings, page errors,
 * and requests to any host but the site's.
 */
export async function recordedPage(browser, site, { javaScript = true } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.setJavaScriptEnabled(javaScript);
  const origin = new URL(site.url).origin;
  const problems = { console: [], errors: [], elsewhere: [] };
  page.on('console', (message) => {
    if (['error', 'warn', 'warning'].includes(message.type()))
      problems.console.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.errors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.console.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && new URL(url).origin !== origin) problems.elsewhere.push(url);
  });
  return { page, problems, close: () => context.close() };
}

/** Logs a user in through /wp-login.php. */
export async function logIn(page, site, user) {
  await page.goto(`${site.url}/wp-login.php`, { waitUntil: 'domcontentloaded' });
  // wp-login.php focuses and selects its field a moment after loading, which would eat typed
  // characters: the values are set directly.
  await page.$eval('#user_login', (field, value) => (field.value = value), user.login);
  await page.$eval('#user_pass', (field, value) => (field.value = value), user.password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#wp-submit')]);
  if (page.url().includes('wp-login.php')) throw new Error(`${user.login} could not log in.`);
}

/** Uploads a plugin zip through Plugins → Add New → Upload Plugin, then activates it. */
export async function uploadPlugin(page, site, zip) {
  await page.goto(`${site.url}/wp-admin/plugin-install.php?tab=upload`, { waitUntil: 'domcontentloaded' });
  const input = await page.$('#pluginzip');
  await input.uploadFile(zip);
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 60000 }),
    page.click('#install-plugin-submit'),
  ]);
  const activate = await page.$('a.button-primary[href*="action=activate"]');
  if (!activate)
    throw new Error(
      `The upload did not offer to activate: ${await page.$eval('.wrap', (n) => n.textContent.trim().slice(0, 400))}`,
    );
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), activate.click()]);
}

/** Opens the block editor on a new post, and waits until it can take blocks. */
export async function newPost(page, site) {
  await page.goto(`${site.url}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded' });
  await editorReady(page);
}

/** Waits for the block editor to be ready. */
export async function editorReady(page) {
  await page.waitForFunction(
    () =>
      window.wp?.data?.select('core/editor')?.getCurrentPostId?.() &&
      window.wp.blocks.getBlockTypes().some((type) => type.name.startsWith('iom-elements/')),
    { timeout: 60000 },
  );
}

/** Inserts a block as an author does: the inserter, its search, the result. */
export async function insertThroughInserter(page, title) {
  const toggle = await page.waitForSelector(
    'button[aria-label="Toggle block inserter"], button[aria-label="Add block"].edit-post-header-toolbar__inserter-toggle, .edit-post-header-toolbar__inserter-toggle',
  );
  const open = await page.$('.block-editor-inserter__menu');
  if (!open) await toggle.click();
  const search = await page.waitForSelector('.block-editor-inserter__menu input[type="search"]');
  await search.focus();
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await search.type(title);
  const before = await page.evaluate(() => window.wp.data.select('core/block-editor').getBlockCount());
  const find = (wanted) =>
    [...document.querySelectorAll('.block-editor-inserter__menu .block-editor-block-types-list__item')].find(
      (item) => item.textContent.trim() === wanted,
    );
  // The results are drawn again while the search settles: a click can land on a result that has
  // just been replaced, so the click is repeated on the current one until the block is there.
  for (let attempt = 1; ; attempt += 1) {
    const option = await page.waitForFunction(find, {}, title);
    // A result replaced between finding and clicking it is detached: find it again.
    const clicked = await option.click().then(
      () => true,
      () => false,
    );
    const inserted =
      clicked &&
      (await page
        .waitForFunction(
          (count) => window.wp.data.select('core/block-editor').getBlockCount() > count,
          { timeout: 3000 },
          before,
        )
        .then(
          () => true,
          () => false,
        ));
    if (inserted) return;
    if (attempt === 5) throw new Error(`The inserter did not insert "${title}".`);
  }
}

/** The inspector's control whose label reads `label`, in the selected block's sidebar. */
export async function control(page, label) {
  return page.waitForFunction(
    (wanted) => {
      const sidebar = document.querySelector('.block-editor-block-inspector');
      const found = [...(sidebar?.querySelectorAll('label') ?? [])].find(
        (node) => node.textContent.trim() === wanted,
      );
      return found && (found.control ?? found.querySelector('input, select'));
    },
    {},
    label,
  );
}

/** Publishes the post through the editor's buttons; resolves its address. */
export async function publish(page) {
  const toggle = await page.waitForSelector(
    '.editor-post-publish-panel__toggle, .editor-post-publish-button__button',
  );
  await toggle.click();
  const confirm = await page.waitForSelector(
    '.editor-post-publish-panel .editor-post-publish-button, .editor-post-publish-panel__header-publish-button button',
  );
  await confirm.click();
  await page.waitForFunction(
    () =>
      window.wp.data.select('core/editor').isCurrentPostPublished() &&
      !window.wp.data.select('core/editor').isSavingPost(),
  );
  return page.evaluate(() => window.wp.data.select('core/editor').getPermalink());
}
