// Builds the WordPress plugin from wordpress/ into dist/wordpress/iom-elements/ and packs it as
// dist/wordpress/iom-elements.zip, the file a site owner uploads (Plugins → Add New → Upload).
// Needs the package's build first (dist/render.js, dist/cdn/, dist/styles/). What goes in:
//   the PHP, the editor's and settings page's scripts, a block.json per element, the library's
//   CDN file and chunks (no source maps), the stylesheets, the prerendered templates
//   (scripts/wordpress-prerender.mjs), the override rules as JSON Schema, and the translations
//   compiled from languages/*.po (.mo for PHP, JSON for the scripts).
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import gettextParser from 'gettext-parser';
import { languages, overrideSchema, sectionNames, sourceContent } from './content-model.mjs';
import { prerenderForWordPress } from './wordpress-prerender.mjs';

const root = join(import.meta.dirname, '..');
const source = join(root, 'wordpress');
const out = join(root, 'dist', 'wordpress');
const plugin = join(out, 'iom-elements');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const started = performance.now();

rmSync(out, { recursive: true, force: true });
mkdirSync(plugin, { recursive: true });

const write = (path, text) => {
  mkdirSync(dirname(join(plugin, path)), { recursive: true });
  writeFileSync(join(plugin, path), text);
};

// The plugin's own files, with the package's version where they say {{VERSION}}.
for (const file of [
  'iom-elements.php',
  'uninstall.php',
  'readme.txt',
  'includes',
  'editor',
  'admin/settings.js',
]) {
  for (const path of filesUnder(join(source, file)))
    write(relative(source, path), readFileSync(path, 'utf8').replaceAll('{{VERSION}}', version));
}

// The settings page's checker: the library's own, bundled.
await build({
  entryPoints: [join(source, 'admin', 'check-overrides.ts')],
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  outfile: join(plugin, 'admin', 'check-overrides.js'),
  logLevel: 'warning',
});

// The library as the CDN file has it (it loads its chunks from beside it), and the stylesheets.
cpSync(join(root, 'dist', 'cdn'), join(plugin, 'assets'), {
  recursive: true,
  filter: (path) => !path.endsWith('.map'),
});
cpSync(join(root, 'dist', 'styles'), join(plugin, 'assets', 'styles'), { recursive: true });

// The blocks.
const definitions = JSON.parse(readFileSync(join(source, 'blocks.json'), 'utf8'));
const { files, styles } = await prerenderForWordPress(root);
// Which element takes which attribute: the render API's own list, for PHP and the block.json files.
/** @type {typeof import('../src/render.js')} */
const api = await import(pathToFileURL(join(root, 'dist', 'render.js')).href);
const ATTRIBUTE_NAMES = /** @type {(keyof typeof api.RENDER_ATTRIBUTES)[]} */ (
  Object.keys(api.RENDER_ATTRIBUTES)
);
const takes = (/** @type {string} */ tag) => ATTRIBUTE_NAMES.filter((name) => api.takesAttribute(tag, name));
const tags = [...new Set([...files.keys()].map((key) => key.split('/')[0]))];
for (const tag of tags) {
  const name = tag.slice('iom-'.length);
  const definition = definitions[name];
  if (!definition) throw new Error(`wordpress/blocks.json has no block for <${tag}>.`);
  write(`blocks/${name}/block.json`, `${JSON.stringify(blockJson(tag, definition), null, 2)}\n`);
}

// The prerendered templates, and what PHP needs to read them.
for (const [key, file] of files)
  write(`prerendered/${key}.json.gz`, gzipSync(JSON.stringify(file), { level: 9 }));
write('prerendered/styles.json', JSON.stringify(styles));
write('prerendered/override-schema.json', JSON.stringify(overrideSchema()));
write(
  'prerendered/manifest.json',
  JSON.stringify({
    tags,
    sections: sectionNames(),
    languages: languages(),
    languageNames: Object.fromEntries(languages().map((lang) => [lang, languageName(lang)])),
    // Each language's direction, as the render API writes it on the html format's start tag.
    directions: Object.fromEntries(
      await Promise.all(
        languages().map(async (lang) => [
          lang,
          (await api.renderToString('iom-mission', { lang, format: 'html' })).match(/ dir="(ltr|rtl)">/)?.[1],
        ]),
      ),
    ),
    attributes: Object.fromEntries(tags.map((tag) => [tag, takes(tag)])),
  }),
);

// Translations: .mo for PHP (and block.json's words), JSON for each script, named as
// wp_set_script_translations looks them up: <domain>-<locale>-<md5 of the script's path>.json.
const scripts = ['editor/blocks.js', 'admin/settings.js'];
// WordPress looks translations up by the exact locale: the French and Spanish ones serve the
// most used locales of each language.
const LOCALES = {
  fr_FR: ['fr_FR', 'fr_CA', 'fr_BE'],
  es_ES: ['es_ES', 'es_MX', 'es_AR', 'es_CO', 'es_CL'],
  ar: ['ar'],
  // Simplified Chinese only: zh_TW and zh_HK sites read English, as the elements do.
  zh_CN: ['zh_CN', 'zh_SG'],
  ru_RU: ['ru_RU'],
};
for (const po of readdirSync(join(source, 'languages')).filter((file) => file.endsWith('.po'))) {
  const parsed = gettextParser.po.parse(readFileSync(join(source, 'languages', po)));
  const messages = {};
  for (const [context, entries] of Object.entries(parsed.translations))
    for (const [id, entry] of Object.entries(entries))
      if (id && entry.msgstr[0]) messages[context ? `${context}\u0004${id}` : id] = entry.msgstr;
  const mo = gettextParser.mo.compile(parsed);
  for (const locale of LOCALES[po.slice('iom-elements-'.length, -'.po'.length)] ?? []) {
    write(`languages/iom-elements-${locale}.mo`, mo);
    const header = { domain: 'messages', lang: locale, 'plural-forms': parsed.headers['Plural-Forms'] };
    for (const script of scripts) {
      // The words the script has (its source with \' read as ').
      const source = readFileSync(join(plugin, script), 'utf8').replace(/\\'/g, "'");
      const own = Object.fromEntries(
        Object.entries(messages).filter(([id]) => !id.includes('\u0004') && source.includes(id)),
      );
      const md5 = createHash('md5').update(script).digest('hex');
      write(
        `languages/iom-elements-${locale}-${md5}.json`,
        JSON.stringify({ domain: 'messages', locale_data: { messages: { '': header, ...own } } }),
      );
    }
  }
}

// The zip: the plugin's folder at its root, as WordPress unpacks it.
/** @type {Record<string, Uint8Array>} */
const entries = {};
for (const path of filesUnder(plugin)) entries[`iom-elements/${relative(plugin, path)}`] = readFileSync(path);
const zip = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
writeFileSync(join(out, 'iom-elements.zip'), zip);
console.log(
  `wordpress: dist/wordpress/iom-elements.zip, ${Object.keys(entries).length} files, ${(zip.length / 1024).toFixed(1)} KB (${Math.round(performance.now() - started)} ms)`,
);

/** Every file below a file or folder. */
function filesUnder(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

/** A language's own name for itself (the editor lists them so). */
function languageName(lang) {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

/** A block's metadata: its words, its attributes (those its element takes), an example. */
function blockJson(tag, definition) {
  // The block's attribute of each element attribute (`heading-level` → `headingLevel`).
  const owned = takes(tag).map((name) => name.replace(/-([a-z])/g, (_dash, letter) => letter.toUpperCase()));
  const attributes = {
    lang: { type: 'string', default: '' },
    heading: { type: 'string', default: '' },
    headingLevel: { type: 'number', default: 2 },
    theme: { type: 'string', enum: ['', 'light', 'dark'], default: '' },
    open: { type: 'string', default: '' },
    single: { type: 'boolean', default: false },
    structuredData: { type: 'boolean', default: false },
    sections: { type: 'array', items: { type: 'string' }, default: [] },
  };
  const name = tag.slice('iom-'.length);
  return {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 3,
    name: `iom-elements/${name}`,
    version,
    title: definition.title,
    category: 'widgets',
    icon: definition.icon,
    description: definition.description,
    keywords: definition.keywords,
    textdomain: 'iom-elements',
    attributes: Object.fromEntries(Object.entries(attributes).filter(([key]) => owned.includes(key))),
    supports: { html: false, align: ['wide', 'full'] },
    example: { attributes: name === 'faq' ? { open: sourceContent('faq').questions[0].id } : {} },
    editorScript: 'iom-elements-editor',
  };
}
