// The plugin on a real WordPress, in a real browser, as site owners, authors and readers use it:
// Debian's WordPress 6.1 on PHP and MariaDB, and a newer one (Playground's 6.5 build, for the
// script-module path) where its packages can be had. Each step's page must show no console
// error, no page error and no request to another host; WordPress's debug log must stay empty.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  control,
  editorReady,
  insertThroughInserter,
  launchBrowser,
  logIn,
  newPost,
  publish,
  recordedPage,
  uploadPlugin,
} from './browser.mjs';
import { PLUGIN_ZIP } from './plugin.mjs';
import { startSite } from './site.mjs';
import gettextParser from 'gettext-parser';

const ROOT = join(import.meta.dirname, '..', '..');
const content = (lang, section) =>
  JSON.parse(readFileSync(join(ROOT, 'content', lang, `${section}.json`), 'utf8'));
const BLOCKS = JSON.parse(readFileSync(join(ROOT, 'wordpress', 'blocks.json'), 'utf8'));
const TITLES = Object.entries(BLOCKS)
  .filter(([name]) => !name.startsWith('$'))
  .map(([name, block]) => ({ name, title: block.title }));
const FAQ_FR = content('fr', 'faq');

/**
 * WordPress 6.1's own editor asks an Author's browser for things Authors may not read (the site
 * settings, categories in edit context, the theme's templates) and logs the 403s; not the plugin's.
 */
const CORE_AUTHOR_403 = /\/wp-json\/wp\/v2\/(settings|categories|templates)\b/;

/** The page's problems, as one message: empty when there are none. */
function clean(problems, what) {
  assert.deepEqual(problems.errors, [], `${what}: page errors`);
  const core = problems.console.filter(
    (line) => line.startsWith('HTTP 403') && CORE_AUTHOR_403.test(line),
  ).length;
  let forgiven = 0;
  const own = problems.console.filter((line) => {
    if (line.startsWith('HTTP 403') && CORE_AUTHOR_403.test(line)) return false;
    if (/Failed to load resource: .* 403/.test(line) && forgiven < core) return (forgiven += 1) && false;
    return !/JQMIGRATE/.test(line);
  });
  assert.deepEqual(own, [], `${what}: console`);
  assert.deepEqual(problems.elsewhere, [], `${what}: requests to other hosts`);
}

const kinds = (process.env.IOM_WORDPRESS_KINDS ?? 'debian,playground').split(',');

for (const kind of kinds) {
  describe(`the plugin on WordPress (${kind})`, { concurrency: false }, () => {
    let site;
    let browser;
    let postUrl;
    let postId;
    before(async () => {
      site = await startSite({ kind, debug: true });
      browser = await launchBrowser();
    });
    after(async () => {
      await browser?.close();
      await site?.stop();
    });

    test('an administrator installs the zip through Plugins → Add New → Upload Plugin and activates it', async () => {
      const admin = await recordedPage(browser, site);
      await logIn(admin.page, site, site.users.admin);
      await uploadPlugin(admin.page, site, PLUGIN_ZIP);
      const active = await site.php(`echo is_plugin_active('iom-elements/iom-elements.php') ? 'yes' : 'no';`);
      assert.equal(active.trim(), 'yes');
      const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
      assert.equal(
        (
          await site.php(`echo get_plugin_data(WP_PLUGIN_DIR . '/iom-elements/iom-elements.php')['Version'];`)
        ).trim(),
        version,
      );
      clean(admin.problems, 'upload');
      await admin.close();
    });

    test('an author inserts every block through the inserter, sets the FAQ, publishes; the editor reloads them valid', async () => {
      const author = await recordedPage(browser, site);
      await logIn(author.page, site, site.users.author);
      await newPost(author.page, site);
      const { page } = author;
      await page.evaluate(() =>
        window.wp.data.dispatch('core/editor').editPost({ title: 'IOM on WordPress' }),
      );
      for (const { title } of TITLES) await insertThroughInserter(page, title);
      // Close the inserter; select the FAQ and set it in the block's sidebar.
      await page.keyboard.press('Escape');
      await page.evaluate(() => {
        const faq = window.wp.data
          .select('core/block-editor')
          .getBlocks()
          .find((block) => block.name === 'iom-elements/faq');
        window.wp.data.dispatch('core/block-editor').selectBlock(faq.clientId);
      });
      const settings = await page.$('button[aria-label="Settings"][aria-expanded="false"]');
      if (settings) await settings.click();
      await (await control(page, 'Language')).select('fr');
      await (await control(page, 'Heading level')).select('3');
      await (await control(page, 'One answer at a time')).click();
      await (await control(page, 'All answers')).click();
      // The editor draws the real element, in French, as it will look.
      await page.waitForFunction(
        (title) => {
          const frame = document.querySelector('iframe[name="editor-canvas"]');
          const root = frame ? frame.contentDocument : document;
          return (
            root.querySelector('iom-faq[lang="fr"]')?.shadowRoot?.querySelector('h3')?.textContent === title
          );
        },
        { timeout: 20000 },
        FAQ_FR.title,
      );
      postUrl = await publish(page);
      postId = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId());
      clean(author.problems, 'editor');

      await page.goto(`${site.url}/wp-admin/post.php?post=${postId}&action=edit`, {
        waitUntil: 'domcontentloaded',
      });
      await editorReady(page);
      const blocks = await page.evaluate(() =>
        window.wp.data
          .select('core/block-editor')
          .getBlocks()
          .map((block) => ({ name: block.name, valid: block.isValid, attributes: block.attributes })),
      );
      assert.deepEqual(
        blocks.map((block) => block.name),
        TITLES.map(({ name }) => `iom-elements/${name}`),
      );
      assert.ok(
        blocks.every((block) => block.valid),
        'every block is still valid',
      );
      const faq = blocks.find((block) => block.name === 'iom-elements/faq').attributes;
      assert.equal(faq.lang, 'fr');
      assert.equal(faq.headingLevel, 3);
      assert.equal(faq.single, true);
      assert.equal(faq.open, 'all');
      clean(author.problems, 'editor, reloaded');
      await author.close();
    });

    test('readers without JavaScript read every section and every FAQ answer', async () => {
      const reader = await recordedPage(browser, site, { javaScript: false });
      await reader.page.goto(postUrl, { waitUntil: 'load' });
      const seen = await reader.page.evaluate(() => {
        const faq = document.querySelector('iom-faq');
        const answers = [...faq.shadowRoot.querySelectorAll('.answer')];
        return {
          sections: [
            ...document.querySelectorAll('.entry-content > div > *, .wp-block-post-content > div > *'),
          ].map((node) => node.localName),
          shadowRoots: [...document.querySelectorAll('[class*="wp-block-iom-elements"] > *')].filter(
            (node) => node.shadowRoot,
          ).length,
          answersShown: answers.filter((answer) => answer.getBoundingClientRect().height > 0).length,
          answers: answers.length,
          heading: faq.shadowRoot.querySelector('h3').textContent,
        };
      });
      assert.equal(seen.shadowRoots, TITLES.length);
      assert.equal(seen.heading, FAQ_FR.title);
      assert.equal(seen.answers, FAQ_FR.questions.length);
      assert.equal(seen.answersShown, FAQ_FR.questions.length);
      clean(reader.problems, 'reader without JavaScript');
      await reader.close();
    });

    test('with JavaScript the elements take over the server’s HTML: every node kept, no shift, one module script', async () => {
      const reader = await recordedPage(browser, site);
      await reader.page.evaluateOnNewDocument(() => {
        // Every node of every shadow root (the overview's sections' too), as the parser left
        // them, before any script runs; and the layout shifts inside the elements.
        const walk = (root, into) => {
          for (const node of root.querySelectorAll('*')) {
            into.push(node);
            if (node.shadowRoot) walk(node.shadowRoot, into);
          }
          return into;
        };
        window.__walk = walk;
        document.addEventListener('readystatechange', () => {
          if (document.readyState !== 'interactive') return;
          window.__server = [...document.querySelectorAll('[class*="wp-block-iom-elements"] > *')].flatMap(
            (host) => (host.shadowRoot ? walk(host.shadowRoot, [host]) : [host]),
          );
        });
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            if (
              entry.sources?.some(
                (source) =>
                  source.node &&
                  (source.node.getRootNode().host ||
                    source.node.closest?.('[class*="wp-block-iom-elements"]')),
              )
            )
              window.__shift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await reader.page.goto(postUrl, { waitUntil: 'load' });
      await reader.page.waitForFunction(() =>
        [...document.querySelectorAll('iom-faq, iom-overview')].every((element) => element.hasUpdated),
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      const result = await reader.page.evaluate(async () => {
        const now = [...document.querySelectorAll('[class*="wp-block-iom-elements"] > *')].flatMap((host) =>
          host.shadowRoot ? window.__walk(host.shadowRoot, [host]) : [host],
        );
        const faq = document.querySelector('iom-faq');
        const question = faq.shadowRoot.querySelector('.question');
        question.click();
        await faq.updateComplete;
        return {
          server: window.__server.length,
          kept: window.__server.filter((node, index) => now[index] === node).length,
          now: now.length,
          shift: window.__shift,
          expanded: question.getAttribute('aria-expanded'),
          scripts: [...document.querySelectorAll('script[src*="/iom-elements/assets/iom-elements.js"]')].map(
            (script) => `${script.type} #${script.id}`,
          ),
        };
      });
      assert.ok(result.server > 200, `the server's nodes (${result.server})`);
      assert.equal(result.kept, result.server, 'every server node is kept');
      assert.equal(result.now, result.server, 'no node added');
      assert.equal(result.shift, 0, 'no layout shift inside the elements');
      // single + open=all: the first answer opens alone; a click on it closes it.
      assert.equal(result.expanded, 'false');
      // A script module (WordPress prints it with the id "<handle>-js-module") from 6.5 on; a
      // script marked type="module" before.
      const [major, minor] = site.version.split('.').map(Number);
      const modules = major > 6 || (major === 6 && minor >= 5);
      assert.deepEqual(
        result.scripts,
        [modules ? 'module #iom-elements-js-module' : 'module #iom-elements-js'],
        'one module script for nine blocks',
      );
      clean(reader.problems, 'reader with JavaScript');
      await reader.close();
    });

    test('a post with no block or shortcode gets no script', async () => {
      const url = (
        await site.php(
          `echo get_permalink(wp_insert_post(array('post_title' => 'Plain', 'post_status' => 'publish', 'post_author' => get_user_by('login', 'author')->ID, 'post_content' => '<p>Nothing of ours.</p>')));`,
        )
      ).trim();
      assert.doesNotMatch(await (await fetch(url)).text(), /iom-elements/);
    });

    test('when an optimising plugin delays the script, the content is there all the same', async () => {
      const reader = await recordedPage(browser, site);
      await reader.page.setRequestInterception(true);
      reader.page.on('request', (request) =>
        request.url().includes('/iom-elements/assets/') ? request.abort() : request.continue(),
      );
      await reader.page.goto(postUrl, { waitUntil: 'load' });
      const seen = await reader.page.evaluate(() => ({
        defined: Boolean(customElements.get('iom-faq')),
        heading:
          document.querySelector('iom-faq').shadowRoot.querySelector('h3').getBoundingClientRect().height > 0,
        sections: [...document.querySelectorAll('[class*="wp-block-iom-elements"] > *')].filter((host) =>
          host.shadowRoot?.textContent.trim(),
        ).length,
      }));
      assert.deepEqual(seen, { defined: false, heading: true, sections: TITLES.length });
      await reader.close();
    });

    test('in a French admin, the editor’s words and the blocks’ names are French', async () => {
      const fr = gettextParser.po.parse(
        readFileSync(join(ROOT, 'wordpress', 'languages', 'iom-elements-fr_FR.po')),
      );
      const french = (id, context = '') => fr.translations[context][id].msgstr[0];
      await site.php(`update_user_meta(get_user_by('login', 'editor')->ID, 'locale', 'fr_FR');`);
      const editor = await recordedPage(browser, site);
      await logIn(editor.page, site, site.users.editor);
      await newPost(editor.page, site);
      await insertThroughInserter(editor.page, french('IOM FAQ', 'block title'));
      await editor.page.keyboard.press('Escape');
      const settings = await editor.page.$(
        'button[aria-expanded="false"].interface-pinned-items button, .interface-pinned-items button[aria-expanded="false"]',
      );
      if (settings) await settings.click();
      for (const label of ['Language', 'Heading level', 'One answer at a time', 'All answers'])
        await control(editor.page, french(label));
      // The admin's own language is not the site's: the preview shows what readers get, English.
      const previewLang = await editor.page.evaluate(() => {
        const frame = document.querySelector('iframe[name="editor-canvas"]');
        return (frame ? frame.contentDocument : document).querySelector('iom-faq')?.getAttribute('lang');
      });
      assert.equal(previewLang, 'en');
      await site.php(`delete_user_meta(get_user_by('login', 'editor')->ID, 'locale');`);
      await editor.close();
    });

    test('only administrators reach the settings', async () => {
      const editor = await recordedPage(browser, site);
      await logIn(editor.page, site, site.users.editor);
      const response = await editor.page.goto(`${site.url}/wp-admin/options-general.php?page=iom-elements`, {
        waitUntil: 'load',
      });
      assert.equal(response.status(), 403);
      assert.equal(await editor.page.$('#iom-elements-overrides'), null);
      // Nor can an editor post the form to options.php, nonce or not.
      const status = await editor.page.evaluate(async () => {
        const body = new URLSearchParams({
          option_page: 'iom-elements',
          action: 'update',
          'iom_elements_settings[theme]': 'dark',
          _wpnonce: 'x',
        });
        return (await fetch('/wp-admin/options.php', { method: 'POST', body })).status;
      });
      assert.equal(status, 403);
      assert.notEqual(
        (await site.php(`echo get_option('iom_elements_settings')['theme'] ?? '';`)).trim(),
        'dark',
      );
      await editor.close();
    });

    test('a classic post with shortcodes: the same elements; editors alone see what was wrong', async () => {
      const id = (
        await site.php(`
          wp_set_current_user(get_user_by('login', 'author')->ID);
          echo wp_insert_post(array('post_title' => 'Shortcodes', 'post_status' => 'publish', 'post_content' =>
            "Before.\\n\\n[iom-faq lang=\\"es\\" heading-level=\\"9\\" open=\\"all\\"]\\n\\n[iom-overview sections=\\"profile faq\\"]\\n\\nAfter."));
        `)
      ).trim();
      const url = (await site.php(`echo get_permalink(${id});`)).trim();
      const html = await (await fetch(url)).text();
      assert.match(
        html,
        /<iom-faq lang="es" open="all"><template shadowrootmode="open"|<iom-faq lang="es" open="all"><template shadowroot="open" shadowrootmode="open"/,
      );
      assert.match(html, /<iom-overview lang="[a-z]+" sections="profile faq">/);
      assert.doesNotMatch(html, /iom-elements-notice/, 'readers see no notice');
      const author = await recordedPage(browser, site);
      await logIn(author.page, site, site.users.author);
      await author.page.goto(url, { waitUntil: 'load' });
      const notice = await author.page.$eval('.iom-elements-notice', (node) => node.textContent);
      assert.match(notice, /heading-level "9"/);
      await author.close();
    });

    test('a shortcode prints what the same block prints; bare shortcodes and switches work', async () => {
      const printed = JSON.parse(
        await site.php(`
          wp_set_current_user(get_user_by('login', 'author')->ID);
          $GLOBALS['post'] = get_post(wp_insert_post(array('post_title' => 'Same', 'post_status' => 'publish')));
          $unwrap = function ($html) { return preg_replace('/^<div class="wp-block-iom-elements-[a-z]+">|<\\/div>$/', '', trim($html)); };
          echo wp_json_encode(array(
            'shortcode' => do_shortcode('[iom-faq lang="fr" heading-level="3" open="all" single structured-data]'),
            'block' => $unwrap(do_blocks('<!-- wp:iom-elements/faq {"lang":"fr","headingLevel":3,"open":"all","single":true,"structuredData":true} /-->')),
            'bare' => do_shortcode('[iom-faq]'),
            // Through every content filter WordPress runs: the element's text is as written.
            'filtered' => apply_filters('the_content', '<!-- wp:iom-elements/faq {"heading":"Wait -- really... (9x9) :) [gallery] Wordpress"} /-->' . "\\n\\n[iom-presence heading=\\"It's 'quoted' -- :-)\\"]"),
            'profile' => do_shortcode('[iom-profile structured-data]'),
            'overview' => do_shortcode('[iom-overview sections="profile presence faq" heading="About the IOM"]'),
          ));
        `),
      );
      assert.equal(printed.shortcode, printed.block);
      assert.doesNotMatch(printed.bare, /iom-elements-notice/, 'no note for a bare shortcode');
      assert.ok(
        printed.filtered.includes(
          '<!--lit-part-->Wait -- really... (9x9) :) [gallery] Wordpress<!--/lit-part-->',
        ),
        printed.filtered.slice(0, 400),
      );
      assert.ok(printed.filtered.includes('<!--lit-part-->It&#39;s &#39;quoted&#39; -- :-)<!--/lit-part-->'));
      assert.doesNotMatch(printed.filtered, /iom-elements:\d/, 'no marker left');
      assert.match(
        printed.bare,
        /^<iom-faq lang="en"><template shadowrootmode="open"|^<iom-faq lang="en"><template shadowroot="open"/,
      );
      assert.match(printed.profile, /<script type="application\/ld\+json" data-iom-structured-data>/);
      assert.match(
        printed.overview,
        /^<iom-overview lang="en" heading="About the IOM" sections="profile presence faq">/,
      );
    });

    test('the site language: fr_FR, fr_CA → French, es_MX → Spanish, ar, zh_CN, ru_RU → theirs, zh_TW, de_DE → English; the settings’ choice wins', async () => {
      const languages = JSON.parse(
        await site.php(`
          $out = array();
          foreach (array('fr_FR', 'fr_CA', 'es_MX', 'de_DE', 'en_GB', 'ar', 'zh_CN', 'zh_TW', 'zh_HK', 'ru_RU') as $locale) {
            $filter = function () use ($locale) { return $locale; };
            add_filter('locale', $filter);
            $out[$locale] = IOM_Elements_Attributes::site_language();
            $out[$locale . ' (settings: es)'] = IOM_Elements_Attributes::default_language(array('language' => 'es'));
            remove_filter('locale', $filter);
          }
          echo wp_json_encode($out);
        `),
      );
      assert.deepEqual(languages, {
        fr_FR: 'fr',
        'fr_FR (settings: es)': 'es',
        fr_CA: 'fr',
        'fr_CA (settings: es)': 'es',
        es_MX: 'es',
        'es_MX (settings: es)': 'es',
        de_DE: 'en',
        'de_DE (settings: es)': 'es',
        en_GB: 'en',
        'en_GB (settings: es)': 'es',
        ar: 'ar',
        'ar (settings: es)': 'es',
        zh_CN: 'zh',
        'zh_CN (settings: es)': 'es',
        // Traditional Chinese reads as English, as in the elements: not Simplified in its place.
        zh_TW: 'en',
        'zh_TW (settings: es)': 'es',
        zh_HK: 'en',
        'zh_HK (settings: es)': 'es',
        ru_RU: 'ru',
        'ru_RU (settings: es)': 'es',
      });
    });

    test('the feed carries plain HTML and no script', async () => {
      const feed = await (await fetch(`${site.url}/feed/`)).text();
      assert.match(feed, /<iom-faq[^>]*>\s*<h3>/);
      assert.doesNotMatch(feed, /shadowrootmode|iom-elements\.js/);
      for (const question of FAQ_FR.questions)
        assert.ok(
          feed.includes(question.answer.replace(/\u00a0/g, '&nbsp;').slice(0, 30)),
          `the answer "${question.answer.slice(0, 30)}…" in:\n${feed.slice(0, 3000)}`,
        );
    });

    test('what an Author pastes: WordPress strips the element’s tag and script, keeps blocks and shortcodes', async () => {
      const saved = JSON.parse(
        await site.php(`
          wp_set_current_user(get_user_by('login', 'author')->ID);
          kses_init();
          $id = wp_insert_post(array('post_title' => 'Pasted', 'post_status' => 'publish', 'post_content' =>
            '<script type="module" src="/iom-elements.js"></script><iom-faq lang="fr"><h2>Q</h2></iom-faq>' .
            '<!-- wp:iom-elements/faq {"lang":"fr"} /-->[iom-presence lang="es"]'));
          echo wp_json_encode(get_post($id)->post_content . '|' . get_permalink($id));
        `),
      );
      const [content, url] = saved.split('|');
      assert.doesNotMatch(content, /<iom-faq|<script/, 'the pasted tag and script are gone');
      assert.match(content, /<!-- wp:iom-elements\/faq \{"lang":"fr"\} \/-->\[iom-presence lang="es"\]/);
      const html = await (await fetch(url)).text();
      assert.match(html, /<iom-faq lang="fr"[ >]/);
      assert.match(html, /<iom-presence lang="es"[ >]/);
    });

    test('hostile attributes from an author render nothing executable and no broken markup', async () => {
      const hostile = `"><script>window.__pwned=1</script><img src=x onerror=window.__pwned=1>`;
      const id = (
        await site.php(`
          wp_set_current_user(get_user_by('login', 'contributor')->ID);
          kses_init();
          $hostile = ${JSON.stringify(hostile).replace(/\$/g, '\\$')};
          echo wp_insert_post(array('post_title' => 'Hostile', 'post_status' => 'draft', 'post_author' => get_current_user_id(), 'post_content' =>
            '<!-- wp:iom-elements/faq ' . wp_json_encode(array('heading' => $hostile, 'headingLevel' => 99, 'theme' => 'javascript:alert(1)', 'open' => $hostile, 'lang' => $hostile)) . ' /-->' .
            "\\n[iom-presence heading='" . str_replace("'", '', $hostile) . "' theme=\\"\\" onclick=\\"window.__pwned=1\\" heading-level=\\"javascript:alert(1)\\"]" .
            '[iom-overview sections="profile nope" heading="' . str_repeat('x', 5000) . '"]'));
        `)
      ).trim();
      // The post's author previews it, logged in (contributors cannot publish).
      const contributor = await recordedPage(browser, site);
      await logIn(contributor.page, site, site.users.contributor);
      await contributor.page.goto(`${site.url}/?p=${id}&preview=true`, { waitUntil: 'load' });
      await contributor.page.waitForFunction(() => customElements.get('iom-faq'));
      const seen = await contributor.page.evaluate(() => ({
        pwned: window.__pwned,
        elements: ['iom-faq', 'iom-presence', 'iom-overview'].map(
          (tag) => document.querySelectorAll(tag).length,
        ),
        // Anywhere: the page, and every shadow root.
        onclick: (function count(root) {
          return [...root.querySelectorAll('*')].reduce(
            (total, node) =>
              total +
              (node.hasAttribute('onclick') || node.hasAttribute('onerror') ? 1 : 0) +
              (node.shadowRoot ? count(node.shadowRoot) : 0),
            0,
          );
        })(document),
        headings: ['iom-faq', 'iom-presence'].map(
          (tag) => document.querySelector(tag).shadowRoot.querySelector('#heading').localName,
        ),
      }));
      assert.equal(seen.pwned, undefined);
      assert.deepEqual(seen.elements, [1, 1, 1]);
      assert.equal(seen.onclick, 0);
      assert.deepEqual(seen.headings, ['h2', 'h2'], 'bad levels fall back to the default');
      assert.deepEqual(contributor.problems.errors, []);
      await contributor.close();
    });

    test('the settings page refuses overrides that break the rules, with the library’s messages, and saves good ones', async () => {
      const admin = await recordedPage(browser, site);
      await logIn(admin.page, site, site.users.admin);
      const { page } = admin;
      const open = () =>
        page.goto(`${site.url}/wp-admin/options-general.php?page=iom-elements`, { waitUntil: 'load' });
      await open();
      const bad = '{"en":{"presence":{"figures":[{"id":"member-states","value":""}]}},"de":{}}';
      await page.$eval('#iom-elements-overrides', (field, text) => (field.value = text), bad);
      await page.click('#submit');
      await page.waitForSelector('#iom-elements-overrides-problems li');
      const messages = await page.$$eval('#iom-elements-overrides-problems li', (items) =>
        items.map((item) => item.textContent),
      );
      assert.ok(
        messages.some((message) => message.startsWith('overrides.de: is not a language of the library')),
        messages.join('\n'),
      );
      assert.ok(
        messages.some((message) =>
          message.startsWith('overrides.en.presence.figures[0].value: expected non-empty text'),
        ),
        messages.join('\n'),
      );
      assert.equal(page.url().includes('settings-updated'), false, 'the form was not sent');
      // Sent anyway (no script): the server refuses too, and nothing is saved.
      await page.setJavaScriptEnabled(false);
      await open();
      await page.$eval('#iom-elements-overrides', (field, text) => (field.value = text), bad);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
      // WordPress prints settings messages above the page's own content.
      const refused = await page.$eval('#wpbody-content', (node) => node.textContent);
      assert.match(refused, /Nothing was saved[^]*overrides\.de/);
      assert.equal(refused.split('Nothing was saved').length, 2, 'said once');
      // What the admin typed comes back as text, never as markup; and a list where an object
      // belongs is refused by the server as by the library.
      for (const sent of ['{"<img src=x onerror=window.__pwned=1>":{}}', '{"en":[]}']) {
        await open();
        await page.$eval('#iom-elements-overrides', (field, text) => (field.value = text), sent);
        await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
        const notice = await page.$eval('#wpbody-content', (node) => ({
          text: node.textContent,
          images: node.querySelectorAll('img').length,
        }));
        assert.match(notice.text, /Nothing was saved/, sent);
        assert.equal(notice.images, 0, sent);
      }
      assert.equal(
        (
          await site.php(`echo wp_json_encode(get_option('iom_elements_settings')['overrides'] ?? array());`)
        ).trim(),
        '[]',
      );
      await page.setJavaScriptEnabled(true);
      await open();
      const good =
        '{"fr":{"faq":{"title":"Questions « fréquentes » sur l’OIM \\\\ \\"FAQ\\""}},"en":{"presence":{"figures":[{"id":"member-states","value":"175"}]}}}';
      await page.$eval('#iom-elements-overrides', (field, text) => (field.value = text), good);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
      assert.equal(
        (
          await site.php(
            `echo get_option('iom_elements_settings')['overrides']['en']['presence']['figures'][0]['value'];`,
          )
        ).trim(),
        '175',
      );
      clean(admin.problems, 'settings');
      await admin.close();
      // The post shows the override in its HTML, before any script.
      const html = await (await fetch(postUrl)).text();
      assert.ok(
        html.includes('>Questions « fréquentes » sur l’OIM \\ &quot;FAQ&quot;<'),
        'quotes and backslashes kept',
      );
      assert.match(html, /<iom-provider><script type="application\/json">\{"fr":\{"faq"/);
    });

    test("strict CSP: with linked stylesheets a style-src 'self' page shows the elements styled", async () => {
      await site.php(`
        $settings = (array) get_option('iom_elements_settings'); $settings['csp'] = true; $settings['overrides'] = array();
        update_option('iom_elements_settings', $settings);
        wp_mkdir_p(WPMU_PLUGIN_DIR);
        file_put_contents(WPMU_PLUGIN_DIR . '/csp.php', "<?php add_action('send_headers', function () { header(\\"Content-Security-Policy: default-src 'self'; style-src 'self'; script-src 'self'\\"); });");
      `);
      const reader = await recordedPage(browser, site);
      await reader.page.goto(postUrl, { waitUntil: 'load' });
      await reader.page.waitForFunction(
        () => customElements.get('iom-faq') && document.querySelector('iom-faq').hasUpdated,
      );
      const styled = await reader.page.evaluate(() => {
        const heading = document.querySelector('iom-faq').shadowRoot.querySelector('#heading');
        return {
          links: document.querySelector('iom-faq').shadowRoot.querySelectorAll('link[rel=stylesheet]').length,
          weight: getComputedStyle(heading).fontWeight,
          display: getComputedStyle(document.querySelector('iom-faq')).display,
        };
      });
      assert.equal(styled.links, 1);
      assert.equal(styled.weight, '700');
      assert.equal(styled.display, 'block');
      await site.php(
        `unlink(WPMU_PLUGIN_DIR . '/csp.php'); $s = (array) get_option('iom_elements_settings'); $s['csp'] = false; update_option('iom_elements_settings', $s);`,
      );
      await reader.close();
    });

    test('PHP raised no warning or notice with WP_DEBUG on', () => {
      const lines = site
        .debugLog()
        .split('\n')
        .filter((line) => /PHP (Warning|Notice|Deprecated|Fatal|Parse)/.test(line));
      // WordPress itself: 6.1 under PHP 8.2 on every visit to wp-login.php, and its update checks,
      // which cannot reach WordPress.org from this offline site. Not the plugin's.
      const core =
        /wp-includes\/(formatting\.php on line 5421|pluggable\.php on line 598)\b|could not establish a secure connection to WordPress\.org[^]*wp-includes\/update\.php/;
      assert.deepEqual(
        lines.filter((line) => !core.test(line)),
        [],
      );
    });

    test('uninstalling removes the settings', async () => {
      await site.php(`
        define('WP_UNINSTALL_PLUGIN', 'iom-elements/iom-elements.php');
        include WP_PLUGIN_DIR . '/iom-elements/uninstall.php';
        echo get_option('iom_elements_settings') === false ? 'gone' : 'kept';
      `);
      assert.equal(
        (await site.php(`echo get_option('iom_elements_settings') === false ? 'gone' : 'kept';`)).trim(),
        'gone',
      );
    });
  });
}
