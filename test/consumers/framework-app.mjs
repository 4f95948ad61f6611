// The checks every framework example passes (the contract is in examples/README.md): its
// server's HTML, hydration with one copy and no warning, the toggle event in the framework's
// handler, the provider's `content` set as a property, `open`/`single` bound to false, and a
// route away and back.
import { openPage, readJson } from './harness.mjs';
import { keepServerSection } from './pages.mjs';

/** The FAQ title each example's provider sets through its `content` property. */
export const APP_FAQ_TITLE = 'Questions, answered in the app';
/** The provider's `content` property, as each example sets it (JSON). */
const APP_CONTENT = JSON.stringify({ en: { faq: { title: APP_FAQ_TITLE } } });
const QUESTIONS = readJson('content/en/faq.json').questions;

/**
 * @param {any} h the harness
 * @param {object} app
 * @param {string} app.name how the checks are labelled
 * @param {string} app.origin where the app is served
 * @param {boolean} app.serverRendered whether `/` comes from the server with the elements expanded
 * @param {boolean} app.clientNavigation whether its links change route without loading a page
 * @param {() => string} [app.serverLog] what its server has printed, to hold free of `logProblem`
 * @param {RegExp} [app.logProblem]
 */
export async function checkApp(
  h,
  { name, origin, serverRendered, clientNavigation, serverLog, logProblem = /error|warn/i },
) {
  const check = (label, ok, detail) => h.expect(`${name}: ${label}`, ok, detail);

  // What the server sends (an app rendered in the browser sends an empty shell).
  if (serverRendered) {
    const served = await (await fetch(new URL('/', origin))).text();
    const faqTag = served.match(/<iom-faq\b[^>]*>/)?.[0] ?? '';
    check('its HTML has the <iom-faq> tag', faqTag !== '', served.slice(0, 300));
    check(
      '`open` and `single` bound to false leave no attribute in its HTML',
      !/\s(open|single)(=|[\s>])/.test(faqTag),
      faqTag,
    );
    const shadow = served.slice(served.indexOf(faqTag), served.indexOf('</iom-faq>'));
    check(
      "the server's HTML holds the FAQ's declarative shadow root and its text",
      shadow.includes('<template shadowrootmode="open">') &&
        QUESTIONS.every((q) => shadow.includes(q.question)),
      shadow.slice(0, 400),
    );
    check(
      "the server's HTML already has the provider's title, so hydrating changes nothing a reader sees",
      shadow.includes(APP_FAQ_TITLE),
      shadow.slice(0, 400),
    );
  }

  const { page, messages } = await openPage(h.browser);
  try {
    await page.evaluateOnNewDocument(keepServerSection);
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    const shown = () =>
      page.waitForFunction(
        (title) => {
          const faq = /** @type {any} */ (document.querySelector('iom-faq'));
          return (
            customElements.get('iom-faq') &&
            faq?.shadowRoot?.querySelector('h2')?.textContent?.trim() === title
          );
        },
        { timeout: 15_000 },
        APP_FAQ_TITLE,
      );
    // The title can come from the server's JSON block before the framework has hydrated and set
    // the provider's property: wait for the property (the check below says if it never comes).
    const hydrated = () =>
      page
        .waitForFunction(
          () => /** @type {any} */ (document.querySelector('iom-provider'))?.content !== undefined,
          {
            timeout: 15_000,
          },
        )
        .catch(() => undefined);
    await shown().catch(() => undefined);
    await hydrated();
    const seen = () =>
      page.evaluate(() => {
        const faq = /** @type {any} */ (document.querySelector('iom-faq'));
        const root = faq?.shadowRoot;
        return {
          faqs: document.querySelectorAll('iom-faq').length,
          heading: root?.querySelector('h2')?.textContent?.trim() ?? '',
          sections: root?.querySelectorAll('section').length ?? 0,
          questions: root?.querySelectorAll('button.question').length ?? 0,
          opened: root?.querySelectorAll('button.question[aria-expanded="true"]').length ?? 0,
          // Markup, not text: an inert `<template>` left there (put as innerHTML) has no text.
          light: faq?.innerHTML.replace(/<!--[\s\S]*?-->/g, '').trim() ?? '',
          attributes: faq ? [...faq.attributes].map((a) => a.name) : [],
          // The property itself: the title alone could come from a JSON block.
          content: JSON.stringify(/** @type {any} */ (document.querySelector('iom-provider'))?.content),
          kept: Boolean(
            root?.querySelector('section') &&
            root.querySelector('section') === /** @type {any} */ (window).__serverSection,
          ),
        };
      });
    const first = await seen();
    check(
      "the provider's `content` is set as a property, and gives the FAQ its title",
      first.heading === APP_FAQ_TITLE && first.content === APP_CONTENT,
      JSON.stringify(first),
    );
    check(
      'one copy of the FAQ: one element, one rendered section, every question once, nothing in its light DOM',
      first.faqs === 1 && first.sections === 1 && first.questions === QUESTIONS.length && first.light === '',
      JSON.stringify(first),
    );
    if (serverRendered)
      check(
        "it hydrates: the server's nodes are kept, not rendered again",
        first.kept,
        JSON.stringify(first),
      );
    check(
      '`open` and `single` bound to false: no attribute, no answer open',
      !first.attributes.includes('open') && !first.attributes.includes('single') && first.opened === 0,
      JSON.stringify(first),
    );

    // The server's HTML shows the FAQ before the framework has hydrated and listens: the first
    // question is clicked once the page is quiet and the element has rendered. `open` is what
    // the click makes of it, and what the handler must then show.
    const toggle = async (open = true) => {
      await page.waitForNetworkIdle({ idleTime: 500, timeout: 15_000 }).catch(() => undefined);
      await page.evaluate(async () => {
        const faq = /** @type {any} */ (document.querySelector('iom-faq'));
        await faq.updateComplete;
        faq.shadowRoot.querySelector('button.question').click();
      });
      return page
        .waitForFunction(
          (expected) => document.querySelector('#faq-toggle')?.textContent?.trim() === expected,
          { timeout: 5_000 },
          `${QUESTIONS[0].id} ${open}`,
        )
        .then(
          () => true,
          () => false,
        );
    };
    check(
      "the toggle event reaches the framework's handler with its detail",
      await toggle(),
      await page.evaluate(() => document.querySelector('#faq-toggle')?.outerHTML ?? 'no #faq-toggle'),
    );

    await page.evaluate(() => {
      /** @type {any} */ (window).__samePage = true;
    });
    await page.click('#to-about');
    const away = await page
      .waitForFunction(
        () =>
          document.querySelector('h1')?.textContent?.trim() === 'About' && !document.querySelector('iom-faq'),
        {
          timeout: 15_000,
        },
      )
      .then(
        () => true,
        () => false,
      );
    check(
      'a link leads to another route',
      away,
      await page.evaluate(() => document.body.innerHTML.slice(0, 300)),
    );
    await page.click('#to-home');
    await shown().catch(() => undefined);
    await hydrated();
    const back = await seen();
    check(
      'back on the first route, the FAQ renders again (one copy, its title from the provider)',
      back.faqs === 1 &&
        back.sections === 1 &&
        back.heading === APP_FAQ_TITLE &&
        back.content === APP_CONTENT &&
        back.light === '',
      JSON.stringify(back),
    );
    check(
      'and its toggle event still reaches the handler, opening and closing',
      (await toggle(true)) && (await toggle(false)),
      await page.evaluate(() => document.querySelector('#faq-toggle')?.outerHTML ?? 'no #faq-toggle'),
    );
    if (clientNavigation)
      check(
        'both routes changed without loading a page',
        await page.evaluate(() => /** @type {any} */ (window).__samePage === true),
        'a page was loaded',
      );
    check(
      'no error or warning in the console (hydration warnings included)',
      messages.length === 0,
      messages.join('\n'),
    );
    if (serverLog)
      check(
        'its server logged no error or warning',
        !logProblem.test(serverLog()),
        serverLog().slice(0, 2000),
      );
  } finally {
    await page.close();
  }
}
