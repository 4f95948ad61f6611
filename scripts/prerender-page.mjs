// Prerenders every iom-elements tag of an HTML page in place (`<iom-faq heading-level="2"></iom-faq>`
// gets its declarative shadow DOM) with `renderHtml` from the built `dist/render.js`: the demo's
// prerendered article (`npm start`: /demo/prerendered.html) and the Lighthouse comparison use it.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');

/**
 * @param {string} html a page
 * @param {{ format?: 'dsd' | 'html', stylesheets?: string }} [extra] for every element
 * @returns {Promise<string>} the page, its iom-elements prerendered
 */
export async function prerenderPage(html, extra = {}) {
  /** @type {{ renderHtml: (html: string, options: object) => Promise<string> }} */
  const { renderHtml } = await import(pathToFileURL(join(root, 'dist', 'render.js')).href);
  return renderHtml(html, extra);
}
