// The WordPress plugin's content, prerendered at build time by the render API (dist/render.js),
// so that PHP, with no Node at run time, only picks and prints what our renderer wrote.
//
// For every tag and language, every combination of the attributes that change the markup
// (heading level; the FAQ's open answers and `single`; the overview's own heading and theme) is rendered
// once, in both formats. Two kinds of value stay open, as tokens PHP fills in:
//   - content text: each string of the content is rendered as a token (through the overrides,
//     exactly as a page's <iom-provider> would pass it), so PHP prints the site's overrides, or
//     the bundled words, escaped as our renderer escapes them in that place;
//   - the stylesheet: each shadow root links `\uE002/<tag>.css`, which PHP replaces with the
//     inline <style> or a link into the plugin's folder (the strict-CSP mode).
// Every template is checked here: with the bundled words put back, it must equal the render
// API's own output byte for byte, or the build fails. A field whose rules refuse a token (a
// date) has none: like an override that changes a section's shape, an override of it is applied
// by the script in the browser, and PHP prints the element in the plain format meanwhile.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { languages, sectionNames } from './content-model.mjs';

/** @typedef {'h' | 'j' | 't' | 'a'} Context  Lit's escaping; JSON-LD; the html format's text; its attributes. */

const OPEN = '\uE000';
const CLOSE = '\uE001';
const STYLES = '\uE002';
const TOKEN = /\uE000([^\uE000\uE001]*)\uE001/g;

/**
 * @param {string} root the repository
 * @returns {Promise<{ files: Map<string, object>, styles: Record<string, string> }>} each file's data
 *   by `<tag>/<lang>`, and each tag's inline styles
 */
export async function prerenderForWordPress(root) {
  /** @type {typeof import('../src/render.js')} */
  const api = await import(pathToFileURL(join(root, 'dist', 'render.js')).href);
  // The inline <style> of each shadow root, as the render API writes it.
  const styles = Object.fromEntries(
    await Promise.all(
      api.TAGS.map(async (tag) => [
        tag,
        (await api.renderToString(tag)).match(/<style>([^]*?)<\/style>/)?.[1] ?? '',
      ]),
    ),
  );
  const sections = sectionNames();
  const files = new Map();

  for (const lang of languages()) {
    const content = Object.fromEntries(
      sections.map((section) => [
        section,
        JSON.parse(readFileSync(join(root, 'content', lang, `${section}.json`), 'utf8')),
      ]),
    );
    const { overrides, defaults } = await tokenOverrides(api, lang, content);
    for (const tag of api.TAGS) {
      const overview = tag === 'iom-overview';
      const section = tag.slice('iom-'.length);
      const shown = overview ? sections : [section];
      /** @type {{ defaults: Record<string, string>, bodies: string[], dsd: Record<string, unknown>, html: Record<string, unknown>, structuredData?: string }} */
      const file = {
        defaults: pick(defaults, shown),
        bodies: [],
        dsd: {},
        html: {},
      };
      const bodyIndex = new Map();
      const keep = (body) => {
        if (!bodyIndex.has(body)) bodyIndex.set(body, file.bodies.push(body) - 1);
        return bodyIndex.get(body);
      };
      const tokens = { [lang]: pick(overrides, shown) };

      for (const variant of variantsOf(tag, content)) {
        // A section's title is the token its heading is, whether a page sets `heading` or not;
        // the overview has a heading (and its sections nest one level down) only when given one.
        const heading = overview ? (variant.heading ? 'heading' : undefined) : `${section}.title`;
        const values = variant.heading ? { ...defaults, heading: HEADING_SAMPLE } : defaults;
        for (const format of /** @type {const} */ (['dsd', 'html'])) {
          /** The template and the render API's own output, for some of the overview's sections. */
          const both = async (chosen) => {
            const options = { lang, format, ...variant.options, ...(chosen ? { sections: chosen } : {}) };
            const plain = await api.renderToString(tag, {
              ...options,
              ...(variant.heading ? { heading: HEADING_SAMPLE } : {}),
            });
            const tokenized = await api.renderToString(tag, {
              ...options,
              ...(heading ? { heading: `${OPEN}${heading}${CLOSE}` } : {}),
              overrides: tokens,
              ...(format === 'dsd' ? { stylesheets: STYLES } : {}),
            });
            return {
              template: withContexts(innerOf(tag, unwrapProvider(tokenized)), format),
              plain: innerOf(tag, plain),
            };
          };
          const label = `${format} template of <${tag}> (${lang}, ${variant.key})`;
          if (!overview) {
            const { template, plain } = await both();
            expectSame(label, fill(template, values, styles), plain);
            file[format][variant.key] = keep(template);
            continue;
          }
          // The overview shows any sections in any order: its template is split into what comes
          // before the sections, each section, and what comes after, from renders of one section
          // each. PHP joins the pieces; checked here against the render API for several choices.
          const one = await Promise.all(sections.map((name) => both(name).then(({ template }) => template)));
          // Where one section's markup ends and the next begins is found by joining two sections.
          const pair = (await both(`${sections[0]} ${sections[1]}`)).template;
          const split = splitRepeated(one, pair);
          if (!split) throw new Error(`wordpress: the ${label} cannot be split into its sections.`);
          const pieces = {
            before: keep(split.before),
            after: keep(split.after),
            sections: Object.fromEntries(sections.map((name, index) => [name, keep(split.items[index])])),
          };
          for (const chosen of [sections, [...sections].reverse(), ['faq', 'profile'], ['presence']]) {
            const { plain } = await both(chosen.join(' '));
            const joined =
              file.bodies[pieces.before] +
              chosen.map((name) => file.bodies[pieces.sections[name]]).join('') +
              file.bodies[pieces.after];
            expectSame(`${label} with sections "${chosen.join(' ')}"`, fill(joined, values, styles), plain);
          }
          file[format][variant.key] = pieces;
        }
      }
      if (tag === 'iom-faq' || tag === 'iom-profile') {
        // Structured data follows the shadow root, the same whatever the other attributes.
        const render = (options) => api.renderToString(tag, { lang, headingLevel: 2, ...options });
        const tokenOptions = {
          heading: `${OPEN}${section}.title${CLOSE}`,
          overrides: tokens,
          stylesheets: STYLES,
        };
        const without = innerOf(tag, unwrapProvider(await render(tokenOptions)));
        const withData = innerOf(
          tag,
          unwrapProvider(await render({ ...tokenOptions, structuredData: true })),
        );
        if (!withData.startsWith(without))
          throw new Error(`wordpress: <${tag}>'s structured data is not written after its shadow root.`);
        file.structuredData = withContexts(withData.slice(without.length), 'dsd');
        const plain = innerOf(tag, await render({ structuredData: true }));
        expectSame(
          `structured data of <${tag}> (${lang})`,
          fill(
            file.bodies[/** @type {number} */ (file.dsd[tag === 'iom-faq' ? '2||0' : '2'])] +
              file.structuredData,
            defaults,
            styles,
          ),
          plain,
        );
      }
      files.set(`${tag}/${lang}`, file);
    }
  }
  return { files, styles };
}

/** What stands for a page's `heading` when the templates are checked. */
const HEADING_SAMPLE = 'A heading & <its> "quotes"';

function expectSame(label, filled, plain) {
  if (filled === plain) return;
  throw new Error(
    `wordpress: the ${label} does not give the render API's output:\n${firstDifference(filled, plain)}`,
  );
}

/**
 * Splits renders of one item each (`texts`) into what they share before and after the item and
 * the items, so that joining the first two items gives `pair`, their render together. The shared
 * start and end are cut before a tag or comment or after a line break; where an item's own closing marker looks shared,
 * the cut moves until the pair joins right.
 */
function splitRepeated(texts, pair) {
  let start = 0;
  while (start < texts[0].length && texts.every((text) => text[start] === texts[0][start])) start += 1;
  let end = 0;
  const fromEnd = (text, back) => text[text.length - 1 - back];
  while (
    end < texts[0].length - start &&
    texts.every((text) => fromEnd(text, end) === fromEnd(texts[0], end))
  )
    end += 1;
  const first = texts[0];
  // Cut before a tag or a comment, or after a line break (the html format's separator).
  const cuts = (text, from, to) => {
    const found = [];
    for (let at = from; at <= to; at += 1)
      if (text[at] === '<' || text[at - 1] === '\n' || at === text.length) found.push(at);
    return found;
  };
  const befores = cuts(first, 0, start).reverse();
  const afters = cuts(first, first.length - end, first.length);
  for (const b of befores)
    for (const a of afters) {
      const after = first.slice(a);
      const items = texts.map((text) => text.slice(b, text.length - after.length));
      if (first.slice(0, b) + items[0] + items[1] + after === pair)
        return { before: first.slice(0, b), after, items };
    }
  return undefined;
}

const pick = (object, sections) =>
  Object.fromEntries(Object.entries(object).filter(([key]) => sections.includes(key.split('.')[0])));

function firstDifference(a, b) {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at += 1;
  return `  template: …${JSON.stringify(a.slice(Math.max(0, at - 60), at + 60))}\n  render:   …${JSON.stringify(b.slice(Math.max(0, at - 60), at + 60))}`;
}

/** The strings of the content as overrides whose every text is a token, and the bundled values. */
async function tokenOverrides(api, lang, content) {
  const overrides = {};
  const defaults = {};
  for (const [section, data] of Object.entries(content)) {
    const fields = Object.fromEntries(
      Object.entries(data).filter(([key]) => key !== '$schema' && key !== 'section'),
    );
    overrides[section] = tokenize(fields, section, defaults);
  }
  // A field whose rules refuse a token (an address, a date) is fixed: its bundled text stays.
  const fixed = [];
  for (;;) {
    try {
      await api.renderToString('iom-overview', { lang, overrides: { [lang]: overrides } });
      break;
    } catch (error) {
      const path = /** @type {Error} */ (error).message.match(/overrides\.[a-z]+\.([^\s:]+)/)?.[1];
      if (!path || !removeToken(overrides, path, fixed)) throw error;
    }
  }
  for (const path of fixed) Reflect.deleteProperty(defaults, path);
  return { overrides, defaults };
}

/** A copy of `value` with each string a token named by its path; the values into `defaults`. */
function tokenize(value, path, defaults) {
  if (typeof value === 'string') {
    defaults[path] = value;
    return `${OPEN}${path}${CLOSE}`;
  }
  if (Array.isArray(value))
    return value.map((entry, index) =>
      typeof entry === 'object' && entry !== null && 'id' in entry
        ? { id: entry.id, ...tokenize(withoutId(entry), `${path}.${entry.id}`, defaults) }
        : tokenize(entry, `${path}.${index}`, defaults),
    );
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, tokenize(inner, `${path}.${key}`, defaults)]),
  );
}

const withoutId = (entry) => Object.fromEntries(Object.entries(entry).filter(([key]) => key !== 'id'));

/** Takes out a token the rules refuse (its bundled value then stays); false if there was none. */
function removeToken(overrides, messagePath, fixed) {
  // The checker's path (`presence.figures[0].value`, `profile.link.href`) names the field.
  const steps = messagePath.replace(/\[(\d+)\]/g, '.$1').split('.');
  let node = overrides;
  for (const step of steps.slice(0, -1)) node = node?.[step];
  const last = steps.at(-1);
  if (!node || typeof node[last] !== 'string' || !node[last].startsWith(OPEN)) return false;
  fixed.push(node[last].slice(1, -1));
  Reflect.deleteProperty(node, last);
  return true;
}

/** The attribute combinations that change an element's markup, each with its key for PHP. */
function* variantsOf(tag, content) {
  for (let level = 1; level <= 6; level += 1) {
    if (tag === 'iom-overview') {
      // The overview passes its theme on to its sections.
      for (const heading of [false, true])
        for (const theme of ['', 'light', 'dark'])
          yield {
            key: `${level}|${heading ? 1 : 0}|${theme}`,
            heading,
            options: { headingLevel: level, ...(theme ? { theme } : {}) },
          };
    } else if (tag === 'iom-faq') {
      const ids = content.faq.questions.map((question) => question.id);
      const openings = [''];
      for (let mask = 1; mask < 2 ** ids.length; mask += 1)
        openings.push(ids.filter((_, index) => mask & (1 << index)).join(' '));
      openings.push('all');
      for (const open of openings)
        for (const single of [false, true])
          yield {
            key: `${level}|${open}|${single ? 1 : 0}`,
            options: { headingLevel: level, ...(open ? { open } : {}), single },
          };
    } else {
      yield { key: `${level}`, options: { headingLevel: level } };
    }
  }
}

/** The element's inside: what follows its opening tag, up to its closing tag. PHP writes the tag. */
function innerOf(tag, html) {
  if (!html.startsWith(`<${tag}`) || !html.endsWith(`</${tag}>`))
    throw new Error(`wordpress: unexpected render of ${tag}: ${html.slice(0, 80)}`);
  return html.slice(html.indexOf('>') + 1, -`</${tag}>`.length);
}

/** The render API wraps elements rendered with overrides in a provider; PHP writes its own. */
function unwrapProvider(html) {
  const match = html.match(
    /^<iom-provider><script type="application\/json">.*?<\/script>([^]*)<\/iom-provider>$/,
  );
  return match ? match[1] : html;
}

/** Each token marked with how it is escaped where it stands. */
function withContexts(template, format) {
  return template.replace(TOKEN, (_token, path, offset) => {
    const before = template.slice(0, offset);
    /** @type {Context} */
    let context;
    if (format === 'dsd') {
      const script = before.lastIndexOf('<script type="application/ld+json"');
      context = script !== -1 && before.indexOf('</script>', script) === -1 ? 'j' : 'h';
    } else {
      context = before.lastIndexOf('<') > before.lastIndexOf('>') ? 'a' : 't';
    }
    return `${OPEN}${context}${path}${CLOSE}`;
  });
}

const LIT_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** How each context escapes a value (PHP's `IOM_Elements_Renderer::escape` does the same, and writes `[` as `&#91;`). */
const ESCAPES = {
  h: (text) => text.replace(/[&<>"']/g, (char) => LIT_ESCAPES[char]),
  j: (text) => JSON.stringify(text).slice(1, -1).replace(/</g, '\\u003c'),
  t: (text) =>
    text
      .replace(/[ \t\n\r\f]+/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\u00a0/g, '&nbsp;'),
  a: (text) =>
    text
      .replace(/&/g, '&amp;')
      .replace(/"/g, '&quot;')
      .replace(/\u00a0/g, '&nbsp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;'),
};

/** A template with values and inline styles put in: what PHP prints, done the same way. */
function fill(template, values, styles) {
  return template
    .replace(/\uE000([hjta])([^\uE000\uE001]*)\uE001/g, (_token, context, path) => {
      if (!(path in values)) throw new Error(`wordpress: no value for the token ${path}`);
      return ESCAPES[context](values[path]);
    })
    .replace(
      /<link rel="stylesheet" href="\uE002\/(iom-[a-z]+)\.css">/g,
      (_link, tag) => `<style>${styles[tag]}</style>`,
    );
}
