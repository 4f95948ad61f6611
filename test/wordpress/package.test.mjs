// The zip a site owner uploads: what WordPress and the plugin directory read in it, and nothing
// a site does not need. Needs the build (dist/wordpress/), not WordPress.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { unzipSync } from 'fflate';
import { PLUGIN_ZIP } from './plugin.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const files = unzipSync(readFileSync(PLUGIN_ZIP));
const names = Object.keys(files);
const text = (name) => new TextDecoder().decode(files[`iom-elements/${name}`]);
/** A `Name: value` header line of a file WordPress reads. */
const header = (file, name) =>
  text(file)
    .match(new RegExp(`^[ \\t*]*${name}:\\s*(.+)$`, 'm'))?.[1]
    .trim();

test('everything is in one iom-elements/ folder, as WordPress unpacks it', () => {
  assert.ok(names.every((name) => name.startsWith('iom-elements/')));
  for (const needed of [
    'iom-elements.php',
    'uninstall.php',
    'readme.txt',
    'assets/iom-elements.js',
    'editor/blocks.js',
    'admin/settings.js',
    'prerendered/manifest.json',
  ])
    assert.ok(names.includes(`iom-elements/${needed}`), needed);
});

test('the zip holds what a site needs and nothing else', () => {
  const extra = names.filter((name) =>
    /\.(map|ts|mts|po|pot|md)$|(^|\/)(test|tests|node_modules|src)\/|\.DS_Store|package(-lock)?\.json$/.test(
      name,
    ),
  );
  assert.deepEqual(extra, []);
  // Every script and stylesheet the library's file loads sits beside it.
  const cdn = readdirCdn();
  for (const chunk of cdn) assert.ok(names.includes(`iom-elements/assets/${chunk}`), chunk);
});

test('the main file has the headers WordPress reads, and the package’s version', () => {
  assert.equal(header('iom-elements.php', 'Plugin Name'), 'IOM elements');
  assert.equal(header('iom-elements.php', 'Version'), version);
  assert.equal(header('iom-elements.php', 'Requires at least'), '6.1');
  assert.equal(header('iom-elements.php', 'Requires PHP'), '7.4');
  assert.equal(header('iom-elements.php', 'Text Domain'), 'iom-elements');
  assert.equal(header('iom-elements.php', 'License'), 'MIT');
  assert.doesNotMatch(text('iom-elements.php'), /\{\{VERSION\}\}/);
});

test('readme.txt is in the plugin directory’s format, its stable tag the version', () => {
  const readme = text('readme.txt');
  assert.match(readme, /^=== IOM elements ===$/m);
  assert.equal(header('readme.txt', 'Stable tag'), version);
  assert.match(header('readme.txt', 'Tested up to'), /^6\.\d$/);
  assert.equal(header('readme.txt', 'Requires at least'), '6.1');
  assert.equal(header('readme.txt', 'Requires PHP'), '7.4');
  for (const section of ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog'])
    assert.match(readme, new RegExp(`^== ${section} ==$`, 'm'), section);
  assert.match(
    readme,
    new RegExp(`^= ${version.replace(/\./g, '\\.')} =$`, 'm'),
    'a changelog entry for this version',
  );
});

test('a block.json per element: apiVersion 3, words, icon, example, the element’s attributes', () => {
  const manifest = JSON.parse(text('prerendered/manifest.json'));
  for (const tag of manifest.tags) {
    const block = JSON.parse(text(`blocks/${tag.slice(4)}/block.json`));
    assert.equal(block.apiVersion, 3);
    assert.equal(block.name, `iom-elements/${tag.slice(4)}`);
    assert.equal(block.textdomain, 'iom-elements');
    assert.ok(block.title && block.description && block.keywords.length && block.icon && block.category, tag);
    assert.ok(block.example, `${tag}: an example for the inserter's preview`);
    assert.deepEqual(Object.keys(block.attributes).slice(0, 4), ['lang', 'heading', 'headingLevel', 'theme']);
    assert.equal('open' in block.attributes, tag === 'iom-faq');
    assert.equal('sections' in block.attributes, tag === 'iom-overview');
    assert.equal('structuredData' in block.attributes, tag === 'iom-faq' || tag === 'iom-profile');
  }
});

test('translations for French and Spanish, for PHP and for each script', () => {
  for (const locale of ['fr_FR', 'fr_CA', 'es_ES', 'es_MX']) {
    assert.ok(names.includes(`iom-elements/languages/iom-elements-${locale}.mo`), locale);
    assert.equal(
      names.filter(
        (name) => name.startsWith(`iom-elements/languages/iom-elements-${locale}-`) && name.endsWith('.json'),
      ).length,
      2,
    );
  }
});

function readdirCdn() {
  const dir = join(ROOT, 'dist', 'cdn');
  const list = (sub) =>
    readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? list(join(sub, entry.name))
        : entry.name.endsWith('.map')
          ? []
          : [join(sub, entry.name)],
    );
  return list('');
}
