// Writes dist/styles/<tag>.css: each element's shadow-root styles as a file, for prerendered
// pages under a `style-src 'self'` policy (`iom-elements render --stylesheets <url>` links them).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
// The built module, as users get it (imported by URL: the scripts' type check leaves dist/ alone).
/** @type {{ TAGS: string[], stylesheetOf: (tag: string) => string }} */
const { TAGS, stylesheetOf } = await import(pathToFileURL(join(root, 'dist', 'render.js')).href);

const out = join(root, 'dist', 'styles');
mkdirSync(out, { recursive: true });
for (const tag of TAGS) writeFileSync(join(out, `${tag}.css`), `${stylesheetOf(tag)}\n`);
console.log(`Wrote ${TAGS.length} stylesheets to dist/styles/.`);
