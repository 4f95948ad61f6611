// What a reader sees of the package's elements in a page, opened in the harness's Chromium.
import { ALL_TAGS, openPage } from './harness.mjs';

/** Opens `path` of a folder served as files and reports the FAQ, the tags defined and the console. */
export async function inspect(h, dir, path = '') {
  const { origin, close } = await h.serve(dir);
  const { page, messages } = await openPage(h.browser);
  try {
    await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => document.querySelector('iom-faq')?.shadowRoot?.querySelector('h1,h2,h3,h4,h5,h6'),
      { timeout: 10_000 },
    );
    const seen = await page.evaluate((tags) => {
      const faq = document.querySelector('iom-faq');
      const heading = faq?.shadowRoot?.querySelector('h1,h2,h3,h4,h5,h6');
      return {
        defined: tags.filter((tag) => customElements.get(tag)),
        heading: heading ? `${heading.localName} ${heading.textContent?.trim()}` : '',
        questions: faq?.shadowRoot?.querySelectorAll('button[aria-expanded]').length ?? 0,
      };
    }, ALL_TAGS);
    return { ...seen, errors: messages };
  } finally {
    await page.close();
    close();
  }
}

/**
 * Before module scripts run, keeps the FAQ's server-rendered <section> (the document parsed, its
 * declarative shadow roots attached) in `window.__serverSection`, to compare after hydration.
 */
export const keepServerSection = () => {
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    /** @type {any} */ (window).__serverSection = document
      .querySelector('iom-faq')
      ?.shadowRoot?.querySelector('section');
  });
};

/**
 * Opens a prerendered page of a folder with JavaScript on or off. On: the FAQ's server-rendered
 * <section> is compared with the one after hydration. Off: what shows without any script.
 */
export async function inspectPrerendered(h, dir, javascript) {
  const { origin, close } = await h.serve(dir);
  const { page, messages } = await openPage(h.browser, { javascript });
  try {
    if (javascript) await page.evaluateOnNewDocument(keepServerSection);
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    if (javascript) await page.waitForFunction(() => customElements.get('iom-faq'), { timeout: 10_000 });
    const seen = await page.evaluate(async (tags) => {
      const faq = /** @type {any} */ (document.querySelector('iom-faq'));
      await faq?.updateComplete;
      const heading = faq?.shadowRoot?.querySelector('h1,h2,h3,h4,h5,h6');
      const answers = [...(faq?.shadowRoot?.querySelectorAll('.answer') ?? [])];
      return {
        defined: tags.filter((tag) => customElements.get(tag)),
        heading: heading ? `${heading.localName} ${heading.textContent?.trim()}` : '',
        kept: Boolean(
          faq?.shadowRoot?.querySelector('section') &&
          faq.shadowRoot.querySelector('section') === /** @type {any} */ (window).__serverSection,
        ),
        answers: answers.length,
        answersShown: answers.filter((answer) => answer.getBoundingClientRect().height > 10).length,
      };
    }, ALL_TAGS);
    return { ...seen, errors: messages };
  } finally {
    await page.close();
    close();
  }
}
