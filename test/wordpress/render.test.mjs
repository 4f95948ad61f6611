// One renderer of the content: what the plugin's PHP prints, inside a real WordPress, is what
// the render API (dist/render.js) writes for the same element, attributes and overrides: the
// element's inside byte for byte, its attributes the same, the provider's overrides the same.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { renderToString, TAGS } from '../../dist/render.js';
import { installPlugin } from './plugin.mjs';
import { startSite } from './site.mjs';

const HOSTILE = `"><script>alert(1)</script> & 'quotes' \u00a0 </style>`;

/** Each case: the tag, the element's (checked) attributes, and the PHP renderer's options. */
function cases() {
  const list = [];
  const add = (tag, attributes, options = {}) =>
    list.push({ tag, attributes: { lang: 'en', ...attributes }, options });
  for (const tag of TAGS) {
    for (const lang of ['en', 'fr', 'es', 'ar', 'zh', 'ru']) add(tag, { lang });
    add(tag, { lang: 'ar' }, { format: 'html' });
    for (let level = 1; level <= 6; level += 1) add(tag, { 'heading-level': String(level) });
    add(tag, { lang: 'fr', heading: HOSTILE, theme: 'dark' });
    add(tag, {}, { stylesheets: 'https://example.test/wp-content/plugins/iom-elements/assets/styles/' });
    add(tag, { lang: 'es' }, { format: 'html' });
    add(tag, { heading: HOSTILE, 'heading-level': '4' }, { format: 'html' });
    add(tag, { heading: 'Runs  of\tspace and [brackets]' }, { format: tag === 'iom-faq' ? 'html' : 'dsd' });
  }
  for (const open of ['all', 'iom-and-unhcr', 'main-challenges importance-today'])
    for (const single of [false, true])
      add('iom-faq', { open, ...(single ? { single: true } : {}), 'heading-level': '3' });
  add('iom-faq', { 'structured-data': true, lang: 'fr' });
  add('iom-profile', { 'structured-data': true, lang: 'es', heading: 'Quién' });
  for (const sections of ['faq profile', 'developments issues presence', 'mission'])
    for (const heading of [undefined, HOSTILE])
      add('iom-overview', { sections, ...(heading ? { heading } : {}) });
  const overrides = {
    en: {
      faq: {
        title: `FAQ ${HOSTILE}`,
        questions: [
          {
            id: 'main-challenges',
            question: `Why ${HOSTILE}?`,
            answer: 'Because of < and > \u2014 “quotes”.',
          },
        ],
        labels: { showAll: 'Open every answer' },
      },
      presence: { figures: [{ id: 'member-states', value: '175', label: `members ${HOSTILE}` }] },
      profile: {
        organization: { name: `IOM </script><script>alert(1)</script>` },
        paragraphs: [`One paragraph ${HOSTILE}`],
      },
    },
    fr: { mission: { paragraphs: ['Un.', 'Deux paragraphes, quand le modèle en a un.'] } },
  };
  for (const tag of ['iom-faq', 'iom-presence', 'iom-profile', 'iom-overview', 'iom-mission'])
    add(
      tag,
      { 'structured-data': tag === 'iom-faq' || tag === 'iom-profile' ? true : undefined },
      { overrides },
    );
  add('iom-mission', { lang: 'fr' }, { overrides });
  add('iom-overview', { lang: 'fr', sections: 'mission faq' }, { overrides });
  add('iom-faq', {}, { overrides, format: 'html', no_provider: true });
  return list.map((entry) => ({
    ...entry,
    attributes: Object.fromEntries(
      Object.entries(entry.attributes).filter(([, value]) => value !== undefined),
    ),
  }));
}

/** The render API's output for a case, and what the PHP renderer must print for it. */
async function expected({ tag, attributes, options }) {
  const sections = attributes.sections?.split(' ') ?? (tag === 'iom-overview' ? undefined : [tag.slice(4)]);
  const shown = (overrides) =>
    Object.fromEntries(
      Object.entries(overrides)
        .map(([lang, bySection]) => [
          lang,
          Object.fromEntries(
            Object.entries(bySection).filter(([section]) => !sections || sections.includes(section)),
          ),
        ])
        .filter(([, bySection]) => Object.keys(bySection).length),
    );
  // Overrides the templates cannot hold (here: two paragraphs where the content has one) make
  // the plugin print the plain format, which the script replaces.
  const structural =
    attributes.lang === 'fr' &&
    options.overrides &&
    (tag === 'iom-mission' || attributes.sections?.includes('mission'));
  const format = structural ? 'html' : (options.format ?? 'dsd');
  const html = await renderToString(tag, {
    lang: attributes.lang,
    heading: attributes.heading,
    headingLevel: attributes['heading-level'],
    theme: attributes.theme,
    open: attributes.open,
    single: attributes.single,
    structuredData: attributes['structured-data'],
    sections: attributes.sections,
    // …with the bundled paragraphs until then.
    overrides: structural ? { ...options.overrides, fr: {} } : options.overrides,
    format,
    stylesheets: options.stylesheets,
  });
  const provider = options.overrides && !options.no_provider ? shown(options.overrides) : undefined;
  return {
    element: unwrap(html).element,
    provider: provider && Object.keys(provider).length ? provider : undefined,
  };
}

/** An element's HTML without the provider around it, and the provider's JSON. */
function unwrap(html) {
  const match = html.match(
    /^<iom-provider><script type="application\/json">(.*?)<\/script>([^]*)<\/iom-provider>$/,
  );
  return match ? { provider: JSON.parse(match[1]), element: match[2] } : { element: html };
}

/** The opening tag's attributes (decoded), and the rest of the element. */
function split(element) {
  const end = element.indexOf('>');
  const attributes = {};
  for (const [, name, , value = ''] of element.slice(0, end).matchAll(/\s([a-z-]+)(="([^"]*)")?/g))
    attributes[name] = value.replace(
      /&quot;|&#0?39;|&lt;|&gt;|&nbsp;|&amp;/g,
      (entity) =>
        ({
          '&quot;': '"',
          '&#39;': "'",
          '&#039;': "'",
          '&lt;': '<',
          '&gt;': '>',
          '&nbsp;': '\u00a0',
          '&amp;': '&',
        })[entity],
    );
  return { attributes, rest: element.slice(end + 1) };
}

{
  const kind = 'debian';
  describe('the PHP renderer prints what the render API writes', () => {
    let site;
    before(async () => {
      site = await startSite({ kind, debug: true });
      await installPlugin(site);
    });
    after(() => site?.stop());

    test('every case, byte for byte inside the element', async () => {
      const all = cases();
      const printed = JSON.parse(
        await site.php(`
          $cases = json_decode(${phpString(JSON.stringify(all))}, true);
          $out = array();
          foreach ($cases as $case) {
            $out[] = IOM_Elements_Renderer::render($case['tag'], $case['attributes'], $case['options']);
          }
          echo wp_json_encode($out);
        `),
      );
      assert.equal(printed.length, all.length);
      for (const [index, entry] of all.entries()) {
        const label = `${entry.tag} ${JSON.stringify(entry.attributes)} ${JSON.stringify(Object.keys(entry.options))}`;
        const want = await expected(entry);
        // PHP versions the stylesheets' addresses (a browser then never keeps an old one).
        const got = unwrap(printed[index].replace(/\.css\?ver=[^"]+"/g, '.css"'));
        assert.deepEqual(got.provider, want.provider, `${label}: the provider's overrides`);
        const a = split(got.element);
        const b = split(want.element);
        assert.deepEqual(a.attributes, b.attributes, `${label}: the element's attributes`);
        if (a.rest !== b.rest)
          assert.fail(`${label}: the element's inside differs:\n${firstDifference(a.rest, b.rest)}`);
      }
    });

    test('hostile text never leaves its place', async () => {
      const html = await site.php(`
        echo IOM_Elements_Renderer::render('iom-faq', array('lang' => 'en', 'heading' => ${phpString(HOSTILE)}, 'structured-data' => true),
          array('overrides' => array('en' => array('faq' => array('questions' => array(array('id' => 'iom-and-unhcr', 'answer' => '</script><script>alert(1)</script>')))))));
      `);
      // Only the provider's JSON and the JSON-LD are scripts; no text opened another.
      assert.equal(html.match(/<script/g).length, 2);
      assert.equal(html.match(/<\/script>/g).length, 2);
      assert.ok(!html.includes('<script>alert'));
    });
  });
}

/** A PHP single-quoted string literal. */
function phpString(text) {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Where two texts first differ, with some context. */
function firstDifference(a, b) {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at += 1;
  const around = (text) => JSON.stringify(text.slice(Math.max(0, at - 80), at + 80));
  return `  PHP:        …${around(a)}\n  render API: …${around(b)}`;
}
