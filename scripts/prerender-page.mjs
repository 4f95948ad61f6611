// Prerenders every iom-elements tag of an HTML page in place (`<iom-faq heading-level="2"></iom-faq>`
// becomes its declarative shadow DOM), with the built `dist/render.js`: the demo's prerendered
// article (`npm start`: /demo/prerendered.html) and the Lighthouse comparison use it.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');

const ELEMENT = /<(iom-[a-z]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*><\/\1>/g;
const ATTRIBUTE = /([a-z-]+)(?:="([^"]*)")?/g;

/**
 * @param {string} html a page
 * @param {{ format?: 'dsd' | 'html', stylesheets?: string }} [extra] passed to every element
 * @returns {Promise<string>} the page, its iom-elements prerendered
 */
export async function prerenderPage(html, extra = {}) {
  /** @type {{ renderToString: (tag: string, options: object) => Promise<string>, RENDER_ATTRIBUTES: object, optionsFromAttributes: (attributes: object) => object }} */
  const { renderToString, RENDER_ATTRIBUTES, optionsFromAttributes } = await import(
    pathToFileURL(join(root, 'dist', 'render.js')).href
  );
  const rendered = [];
  for (const [, tag, text] of html.matchAll(ELEMENT)) {
    const attributes = Object.fromEntries(
      [...text.matchAll(ATTRIBUTE)].map(([, name, value = '']) => [name, value]),
    );
    const unknown = Object.keys(attributes).filter((name) => !(name in RENDER_ATTRIBUTES));
    if (unknown.length)
      throw new Error(`prerender: <${tag}> ${unknown.join(', ')}: not an attribute it prerenders`);
    rendered.push(await renderToString(tag, { ...optionsFromAttributes(attributes), ...extra }));
  }
  let index = 0;
  return html.replace(ELEMENT, () => rendered[index++]);
}
