import { readdirSync, readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin } from 'vite';
import { prerenderPage } from './scripts/prerender-page.mjs';

/**
 * `npm start` serves the project root; its front page is the demo article, and
 * /demo/prerendered.html is the same article with its elements prerendered (`iom-elements/render`).
 */
const demoFrontPage: Plugin = {
  name: 'iom-demo-front-page',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url === '/') {
        res.writeHead(302, { Location: '/demo/' });
        res.end();
        return;
      }
      if (req.url?.split('?')[0] !== '/demo/prerendered.html') return next();
      prerenderPage(readFileSync('demo/index.html', 'utf8')).then(
        (html) => res.writeHead(200, { 'content-type': 'text/html' }).end(html),
        next,
      );
    });
  },
};

/** Keys of the content files and their schema that editors read but the elements never do. */
const EDITOR_ONLY_KEYS = new Set(['$schema', '$id', 'title', 'description', '$comment', 'examples']);

/**
 * The bundled content and schema, without what is there for editors: `$schema` in every content
 * file, and the schema's titles and descriptions (the overrides checker needs only its rules).
 */
const contentForRuntime: Plugin = {
  name: 'iom-content-for-runtime',
  enforce: 'pre',
  transform(code, id) {
    const path = id.split('?')[0];
    if (!/\/content\/.+\.json$/.test(path)) return null;
    const isSchema = path.endsWith('/content/schema.json');
    // In a schema, the keys of `properties` are content fields (`title` is one): kept.
    const strip = (value: unknown, fields = false): unknown => {
      if (Array.isArray(value)) return value.map((inner) => strip(inner));
      if (typeof value !== 'object' || value === null) return value;
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => fields || !EDITOR_ONLY_KEYS.has(key))
          .map(([key, inner]) => [key, strip(inner, !fields && key === 'properties')]),
      );
    };
    const data = JSON.parse(code) as Record<string, unknown>;
    if (!isSchema) delete data.$schema;
    return { code: JSON.stringify(isSchema ? strip(data) : data), map: null };
  },
};

/**
 * Minifies the markup and styles in the elements' `html` and `css` templates: fewer bytes, and
 * no formatting white space for every instance to clone as text nodes.
 */
const minifyTemplates: Plugin = {
  name: 'iom-minify-templates',
  apply: 'build',
  enforce: 'pre',
  async transform(code, id) {
    if (!/\/src\/.+\.ts$/.test(id)) return null;
    return (await minifyHTMLLiterals(code, { fileName: id })) ?? null;
  },
};

// Each public element gets its own entry (every src/iom-<name>.ts → dist/iom-<name>.js), so
// `import 'iom-elements/iom-faq.js'` carries the FAQ alone; `dist/index.js` defines everything.
// `dist/render.js` is the prerendering API, for Node (`iom-elements/render`).
const entries = Object.fromEntries([
  ['index', 'src/index.ts'],
  ['render', 'src/render.ts'],
  ...readdirSync('src')
    .filter((file) => /^iom-[a-z]+\.ts$/.test(file))
    .map((file) => [file.slice(0, -'.ts'.length), `src/${file}`]),
]);

/**
 * In the CDN build, the hydration file (src/core/hydration/hydrate.ts, Lit's
 * `@lit-labs/ssr-client`) is bundled with its own copies of the lit-html helpers it imports, and
 * lit-html itself replaced by lit-html-of-page.ts, which takes the CDN file's copy at load. So
 * the file shares no module with the CDN file, and rolldown has nothing to split out of it into a
 * common chunk (it would: rolldown/rolldown#10731), while hydration works on the page's one Lit.
 */
const OWN_COPY = '?iom-hydration';
const inHydrationFile = (importer?: string) =>
  Boolean(
    importer && (importer.includes('/node_modules/@lit-labs/ssr-client/') || importer.endsWith(OWN_COPY)),
  );
const hydrationOwnLitHtml: Plugin = {
  name: 'iom-hydration-own-lit-html',
  enforce: 'pre',
  async resolveId(source, importer) {
    if (!inHydrationFile(importer)) return null;
    if (source === 'lit-html' || source === './lit-html.js')
      return resolvePath('src/core/hydration/lit-html-of-page.ts');
    if (source.startsWith('lit-html/')) {
      const resolved = await this.resolve(source, importer?.replace(OWN_COPY, ''), { skipSelf: true });
      return resolved && `${resolved.id}${OWN_COPY}`;
    }
    return null;
  },
  load(id) {
    return id.endsWith(OWN_COPY) ? readFileSync(id.slice(0, -OWN_COPY.length), 'utf8') : null;
  },
};

export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  return {
    // `npm start` serves the demo pages from the project root.
    // The CDN file's hydration file takes the CDN file's own Lit (see hydrationOwnLitHtml); the
    // package's imports `@lit-labs/ssr-client`, resolved by the user's bundler with the same
    // conditions as Lit (development or production builds, whose internals differ).
    plugins: [demoFrontPage, contentForRuntime, minifyTemplates, ...(cdn ? [hydrationOwnLitHtml] : [])],
    build: {
      target: 'es2022',
      // The CDN file goes beside the package modules, built second: keep the first build's output.
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: !cdn,
      minify: true,
      sourcemap: true,
      lib: cdn
        ? { entry: 'src/index.ts', formats: ['es'], fileName: () => 'iom-elements.js' }
        : { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        // Package modules leave Lit to the user's bundler (one copy per page); the CDN file inlines it.
        // The prerendering API's own dependencies (Lit's SSR, parse5) are the package's too.
        // Lit's hydration is bundled into its own file (see hydrationOwnLitHtml).
        external: cdn ? [] : [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^parse5($|\/)/],
        output: {
          minify: true,
          // Languages other than English are chunks of their own: content/fr-faq-<hash>.js, and
          // the index of a language's sections, content/fr-index-<hash>.js.
          chunkFileNames: (chunk) => {
            const last = chunk.moduleIds.at(-1);
            const file = last?.match(/content\/([a-z-]+)\/([a-z]+)\.json$/i);
            if (file) return `content/${file[1]}-${file[2]}-[hash].js`;
            const index = last?.match(/generated\/content-loaders\/([a-z-]+)\.ts$/i);
            return index ? `content/${index[1]}-index-[hash].js` : 'chunks/[name]-[hash].js';
          },
        },
      },
    },
  };
});
