// Prerenders every iom-elements tag of an HTML page in place (`<iom-faq heading-level="2"></iom-faq>`
// becomes its declarative shadow DOM), with the built `dist/render.js`: the demo's prerendered
// article (`npm start`: /demo/prerendered.html) and the Lighthouse comparison use it.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');

/** The options of `renderToString` that each attribute gives. */
const OPTIONS = {
  lang: 'lang',
  heading: 'heading',
  'heading-level': 'headingLevel',
  theme: 'theme',
  open: 'open',
  sections: 'sections',
};

const ELEMENT = /<(iom-[a-z]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*><\/\1>/g;
const ATTRIBUTE = /([a-z-]+)(?:="([^"]*)")?/g;

/**
 * @param {string} html a page
 * @param {{ format?: 'dsd' | 'html', stylesheets?: string }} [extra] passed to every element
 * @returns {Promise<string>} the page, its iom-elements prerendered
 */
export async function prerenderPage(html, extra = {}) {
  /** @type {{ renderToString: (tag: string, options: object) => Promise<string> }} */
  const { renderToString } = await import(pathToFileURL(join(root, 'dist', 'render.js')).href);
  const rendered = [];
  for (const [, tag, attributes] of html.matchAll(ELEMENT)) {
    const options = { ...extra };
    for (const [, name, value = ''] of attributes.matchAll(ATTRIBUTE)) {
      if (!(name in OPTIONS))
        throw new Error(`prerender: <${tag}> ${name} is not an option of renderToString`);
      options[OPTIONS[name]] = value;
    }
    rendered.push(await renderToString(tag, options));
  }
  let index = 0;
  return html.replace(ELEMENT, () => rendered[index++]);
}
