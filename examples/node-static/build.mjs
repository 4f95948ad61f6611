// A static page with IOM's profile and FAQ in its HTML before any script runs: prerendered with
// `iom-elements/render`, then enhanced (hydrated) by the CDN file copied beside it.
// Run: `npm install iom-elements`, then `node build.mjs`; the page is site/index.html.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderToString } from 'iom-elements/render';

const site = fileURLToPath(new URL('./site/', import.meta.url));
mkdirSync(site, { recursive: true });

// The CDN file and the chunks it loads (other languages, hydration), served from our own site.
const cdn = dirname(fileURLToPath(import.meta.resolve('iom-elements/cdn/iom-elements.js')));
cpSync(cdn, `${site}iom`, { recursive: true });

const profile = await renderToString('iom-profile', { headingLevel: 2 });
const faq = await renderToString('iom-faq', { headingLevel: 2, open: 'safe-migration' });

writeFileSync(
  `${site}index.html`,
  `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>IOM at a glance</title>
    <script type="module" src="./iom/iom-elements.js"></script>
  </head>
  <body>
    <main>
      <h1>IOM at a glance</h1>
      ${profile}
      ${faq}
    </main>
  </body>
</html>
`,
);
console.log('Wrote site/index.html');
