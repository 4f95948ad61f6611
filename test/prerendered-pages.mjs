// Pages of prerendered elements for the browser tests, made on request by the built
// `dist/render.js` (as users get it): `/prerendered/page.html?format=dsd` and so on.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { STRICT_CSP } from './server-commands.mjs';

/** The elements of the host-page fixtures (test/fixtures/plain.html), with their attributes. */
const ELEMENTS = [
  ...['profile', 'mission', 'activities', 'presence', 'issues', 'partners', 'developments', 'faq'].map(
    (name) => [`iom-${name}`, {}],
  ),
  ['iom-overview', { heading: 'About IOM' }],
];

/** The scripts a page can load: the CDN file, or the package's main module (bare imports resolved). */
const SCRIPTS = { cdn: '/dist/cdn/iom-elements.js', package: '/dist/index.js' };

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * `/prerendered/page.html?…`:
 * - `format`: `dsd` or `html` (prerendered by `renderToString`), or `client` (bare tags);
 * - `tags`: which elements, comma-separated (default: all of the host-page fixtures);
 * - any attribute prerendering takes (`theme`, `lang`, `heading-level`, `open`, `single`, …):
 *   set on every element that has it;
 * - `overrides`: content overrides, as JSON (the `dsd` format wraps each element in a provider);
 * - `script`: `cdn`, `package` or `none` (default none: the test loads it when it wants);
 * - `csp`: `1` serves the page with the strict policy of test/fixtures/csp.html, links the
 *   stylesheets from /dist/styles/, and records violations from the start; `inline` the same
 *   with the styles left inline.
 * `/prerendered/fragment.html?…` gives the elements alone, for a test to put in its own page.
 */
export function prerenderedPages() {
  let render;
  return async function prerenderedPage(context, next) {
    if (context.path === '/prerendered/frame.html') {
      context.type = 'text/html';
      context.body = framePage(context.query.src, context.query.sandbox === '1');
      return undefined;
    }
    const fragment = context.path === '/prerendered/fragment.html';
    if (context.path !== '/prerendered/page.html' && !fragment) return next();
    render ??= import(pathToFileURL(join(import.meta.dirname, '..', 'dist', 'render.js')).href);
    const { renderToString, RENDER_ATTRIBUTES, optionsFromAttributes, takesAttribute } = await render;
    const query = context.query;
    const format = query.format ?? 'dsd';
    // `csp=1`: the strict policy, styles linked; `csp=inline`: the policy, styles left inline.
    const csp = query.csp === '1' || query.csp === 'inline';
    const linked = query.csp === '1';
    const tags = query.tags ? query.tags.split(',') : ELEMENTS.map(([tag]) => tag);
    const parts = [];
    for (const tag of tags) {
      // The element's attributes: its own in the fixtures, then those the query gives it.
      const attributes = { ...(Object.fromEntries(ELEMENTS)[tag] ?? {}) };
      for (const name of Object.keys(RENDER_ATTRIBUTES))
        if (query[name] !== undefined && takesAttribute(tag, name)) attributes[name] = query[name];
      if (format === 'client') {
        const text = Object.entries(attributes)
          .map(([name, value]) => ` ${name}="${escape(value)}"`)
          .join('');
        parts.push(`<${tag}${text}></${tag}>`);
      } else {
        parts.push(
          await renderToString(tag, {
            ...optionsFromAttributes(attributes),
            ...(query.overrides ? { overrides: JSON.parse(query.overrides) } : {}),
            format,
            ...(linked ? { stylesheets: '/dist/styles/' } : {}),
          }),
        );
      }
    }
    context.type = 'text/html';
    if (fragment) {
      context.body = parts.join('\n');
      return undefined;
    }
    const script = SCRIPTS[query.script];
    if (csp) context.set('Content-Security-Policy', STRICT_CSP);
    context.body = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Prerendered: ${escape(format)}</title>
    ${csp ? '<script src="/test/fixtures/csp-probe.js"></script>' : ''}
    <link rel="stylesheet" href="/test/fixtures/layout.css" />
    ${script ? `<script type="module" src="${script}"></script>` : ''}
  </head>
  <body>
    <main>
${parts.join('\n')}
    </main>
  </body>
</html>
`;
  };
}

/**
 * `/prerendered/frame.html?src=…&sandbox=1`: a page showing `src` whole in a frame (as tall as
 * its page, then a window's height of space so any part can be scrolled to the top). With
 * `sandbox=1` the frame runs no script: its page is read as with JavaScript off.
 */
function framePage(src, sandbox) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Framed</title>
    <style>
      body { margin: 0; }
      iframe { display: block; inline-size: 100%; block-size: 100vh; border: 0; }
      div { block-size: 100vh; }
    </style>
  </head>
  <body>
    <iframe ${sandbox ? 'sandbox="allow-same-origin" ' : ''}src="${escape(src)}"></iframe>
    <div></div>
  </body>
</html>
`;
}
