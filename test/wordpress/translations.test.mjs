// The plugin's own words, translated the WordPress way: every string its PHP, its scripts and
// its blocks' words (blocks.json, as WordPress translates block.json) offer for translation has
// an entry in each languages/*.po, translated, with the same placeholders; and no .po keeps an
// entry no source has any more. No WordPress or PHP needed: the sources are read here, as
// `wp i18n make-pot` reads them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import gettextParser from 'gettext-parser';

const PLUGIN = fileURLToPath(new URL('../../wordpress/', import.meta.url));
const DOMAIN = 'iom-elements';

/** The sources, by their path in the plugin's folder. */
function sources() {
  const includes = readdirSync(`${PLUGIN}includes`)
    .filter((file) => file.endsWith('.php'))
    .sort()
    .map((file) => `includes/${file}`);
  return {
    php: ['iom-elements.php', 'uninstall.php', ...includes],
    js: ['editor/blocks.js', 'admin/settings.js'],
    blocks: 'blocks.json',
  };
}

/**
 * The gettext functions, and what each argument is (null: not a string, e.g. the number of
 * `_n`). PHP has WordPress's; the scripts have wp.i18n's.
 */
const PHP_FUNCTIONS = {
  __: ['msgid', 'domain'],
  _e: ['msgid', 'domain'],
  esc_html__: ['msgid', 'domain'],
  esc_html_e: ['msgid', 'domain'],
  esc_attr__: ['msgid', 'domain'],
  esc_attr_e: ['msgid', 'domain'],
  _x: ['msgid', 'msgctxt', 'domain'],
  _ex: ['msgid', 'msgctxt', 'domain'],
  esc_html_x: ['msgid', 'msgctxt', 'domain'],
  esc_attr_x: ['msgid', 'msgctxt', 'domain'],
  _n: ['msgid', 'msgid_plural', null, 'domain'],
  _nx: ['msgid', 'msgid_plural', null, 'msgctxt', 'domain'],
  _n_noop: ['msgid', 'msgid_plural', 'domain'],
  _nx_noop: ['msgid', 'msgid_plural', 'msgctxt', 'domain'],
};
const JS_FUNCTIONS = {
  __: ['msgid', 'domain'],
  _x: ['msgid', 'msgctxt', 'domain'],
  _n: ['msgid', 'msgid_plural', null, 'domain'],
  _nx: ['msgid', 'msgid_plural', null, 'msgctxt', 'domain'],
};

/** A PHP string literal's value: single-quoted (only \' and \\ escape) or double-quoted. */
function phpString(raw) {
  const body = raw.slice(1, -1);
  if (raw[0] === "'") return { value: body.replace(/\\([\\'])/g, '$1') };
  if (/(?<!\\)(?:\\\\)*\$[A-Za-z_{]|\{\$/.test(body)) return { value: null }; // interpolated
  const simple = { n: '\n', t: '\t', r: '\r', v: '\v', e: '\x1b', f: '\f', '\\': '\\', $: '$', '"': '"' };
  const value = body.replace(
    /\\(?:([ntrvef\\$"])|([0-7]{1,3})|x([0-9A-Fa-f]{1,2})|u\{([0-9A-Fa-f]+)\})/g,
    (all, char, octal, hex, unicode) => {
      if (char) return simple[char];
      if (octal) return String.fromCharCode(parseInt(octal, 8) & 0xff);
      if (hex) return String.fromCharCode(parseInt(hex, 16));
      return String.fromCodePoint(parseInt(unicode, 16));
    },
  );
  return { value };
}

/** A JS string literal's value ('…' or "…"; a template literal only without `${}`). */
function jsString(raw) {
  if (raw[0] === '`' && raw.includes('${')) return { value: null };
  const simple = { n: '\n', t: '\t', r: '\r', v: '\v', f: '\f', b: '\b', 0: '\0' };
  const value = raw
    .slice(1, -1)
    .replace(
      /\\(?:u\{([0-9A-Fa-f]+)\}|u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2})|(\r\n|[\s\S]))/g,
      (all, point, unit, hex, char) => {
        if (point) return String.fromCodePoint(parseInt(point, 16));
        if (unit || hex) return String.fromCharCode(parseInt(unit || hex, 16));
        if (char === '\n' || char === '\r\n' || char === '\u2028' || char === '\u2029') return '';
        return char in simple ? simple[char] : char;
      },
    );
  return { value };
}

/**
 * The tokens of a PHP or JS source: identifiers, strings, punctuation and comments, each with
 * its line. PHP outside `<?php … ?>` is text, not code.
 */
function tokenize(source, language) {
  const tokens = [];
  let i = 0;
  let line = 1;
  const advance = (to) => {
    for (let k = i; k < to; k += 1) if (source[k] === '\n') line += 1;
    i = to;
  };
  const push = (type, to, extra = {}) => {
    const start = line;
    const raw = source.slice(i, to);
    advance(to);
    tokens.push({ type, raw, line: start, endLine: line, ...extra });
  };
  /** The end of a quoted literal starting at `from` (its closing quote included). */
  const quoted = (from, quote) => {
    let k = from + 1;
    while (k < source.length && source[k] !== quote) k += source[k] === '\\' ? 2 : 1;
    if (k >= source.length) throw new Error(`unterminated string on line ${line}`);
    return k + 1;
  };
  const previous = () => tokens.findLast((token) => token.type !== 'comment');
  let html = language === 'php';
  // Brace depths at which a template literal's `${` opened.
  const templates = [];
  let depth = 0;
  const template = (from) => {
    // From inside a template literal: to its end, or to a `${`.
    let k = from;
    while (k < source.length && source[k] !== '`') {
      if (source[k] === '\\') k += 2;
      else if (source[k] === '$' && source[k + 1] === '{') return { end: k + 2, open: true };
      else k += 1;
    }
    if (k >= source.length) throw new Error(`unterminated template literal on line ${line}`);
    return { end: k + 1, open: false };
  };

  while (i < source.length) {
    if (html) {
      const open = source.indexOf('<?', i);
      if (open === -1) break;
      const tag = /^<\?(?:php\b|=)?/.exec(source.slice(open))[0];
      advance(open + tag.length);
      html = false;
      continue;
    }
    const char = source[i];
    const rest = source.slice(i, i + 3);
    if (/\s/.test(char)) {
      advance(i + 1);
    } else if (language === 'php' && rest.startsWith('?>')) {
      push('punct', i + 2, { value: ';' });
      html = true;
    } else if (rest.startsWith('/*')) {
      const end = source.indexOf('*/', i + 2);
      if (end === -1) throw new Error(`unterminated comment on line ${line}`);
      push('comment', end + 2);
    } else if (rest.startsWith('//') || (language === 'php' && char === '#' && source[i + 1] !== '[')) {
      let end = i;
      while (end < source.length && source[end] !== '\n') {
        if (language === 'php' && source.startsWith('?>', end)) break;
        end += 1;
      }
      push('comment', end);
    } else if (char === "'" || char === '"') {
      const end = quoted(i, char);
      const raw = source.slice(i, end);
      push('string', end, language === 'php' ? phpString(raw) : jsString(raw));
    } else if (language === 'js' && char === '`') {
      const { end, open } = template(i + 1);
      if (open) {
        templates.push(depth);
        push('template', end);
      } else {
        const raw = source.slice(i, end);
        push('string', end, jsString(raw));
      }
    } else if (language === 'js' && char === '}' && templates.length && templates.at(-1) === depth) {
      templates.pop();
      const { end, open } = template(i + 1);
      if (open) templates.push(depth);
      push('template', end);
    } else if (language === 'js' && char === '/' && isRegexStart(previous())) {
      let k = i + 1;
      let inClass = false;
      while (k < source.length && (inClass || source[k] !== '/')) {
        if (source[k] === '\\') k += 1;
        else if (source[k] === '[') inClass = true;
        else if (source[k] === ']') inClass = false;
        else if (source[k] === '\n') throw new Error(`unterminated regular expression on line ${line}`);
        k += 1;
      }
      k += 1;
      while (/[a-z]/i.test(source[k] ?? '')) k += 1;
      push('regex', k);
    } else if (/[A-Za-z_$\\\u0080-\uffff]/.test(char)) {
      const end = i + /^[$\\]?[\w$\\\u0080-\uffff]*/.exec(source.slice(i))[0].length;
      const raw = source.slice(i, end);
      push('ident', end, { value: language === 'php' ? raw.replace(/^\\/, '') : raw });
    } else if (/[0-9]/.test(char)) {
      push('number', i + /^[0-9][\w.]*/.exec(source.slice(i))[0].length);
    } else {
      const punct = ['?->', '->', '::', '=>', '...'].find((p) => source.startsWith(p, i)) ?? char;
      if (punct === '{') depth += 1;
      if (punct === '}') depth -= 1;
      push('punct', i + punct.length, { value: punct });
    }
  }
  return tokens;
}

/** Whether a `/` after this token starts a regular expression (not a division). */
function isRegexStart(token) {
  if (!token) return true;
  if (token.type === 'punct') return !/^[)\]}]$/.test(token.value);
  if (token.type === 'ident')
    return /^(?:return|typeof|instanceof|in|of|new|delete|void|throw|case|do|else|yield|await)$/.test(
      token.value,
    );
  return false;
}

/** A comment's text, without its markers: `translators: %s: …`. */
function commentText(raw) {
  return raw
    .replace(/^\/\*+|\*+\/$|^\/\/|^#/g, '')
    .split('\n')
    .map((part) => part.replace(/^\s*\*?\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
}

/**
 * The strings of one PHP or JS source, and problems: a gettext call whose strings are not
 * literals, or of another text domain. A `translators:` comment belongs to the next call when
 * that starts on the comment's last line or the line after it.
 */
export function extractFromCode(source, language, file = '(source)') {
  const functions = language === 'php' ? PHP_FUNCTIONS : JS_FUNCTIONS;
  const tokens = tokenize(source, language);
  const strings = [];
  const problems = [];
  let comment = null;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token.type === 'comment') {
      const text = commentText(token.raw);
      comment = /^translators:/i.test(text) ? { text, endLine: token.endLine } : null;
      continue;
    }
    if (token.type !== 'ident' || !Object.hasOwn(functions, token.value)) continue;
    const next = tokens.slice(index + 1).find((t) => t.type !== 'comment');
    const before = tokens.slice(0, index).findLast((t) => t.type !== 'comment');
    if (!next || next.raw !== '(') continue;
    if (before && (['->', '?->', '::'].includes(before.value) || before.value === 'function')) continue;

    // The arguments: token lists split at the call's own commas.
    const args = [[]];
    let nesting = 0;
    let k = tokens.indexOf(next) + 1;
    for (; k < tokens.length; k += 1) {
      const t = tokens[k];
      if (t.type === 'comment') continue;
      if (t.type === 'punct' && /^[([{]$/.test(t.value)) nesting += 1;
      if (t.type === 'punct' && /^[)\]}]$/.test(t.value)) {
        if (nesting === 0) break;
        nesting -= 1;
      }
      if (nesting === 0 && t.type === 'punct' && t.value === ',') args.push([]);
      else args.at(-1).push(t);
    }
    if (args.at(-1).length === 0 && args.length > 1) args.pop(); // a trailing comma
    const where = `${file}:${token.line}`;
    // A literal argument: strings, joined by `.` (PHP) or `+` (JS).
    const literal = (list) => {
      if (!list || list.length === 0 || list.length % 2 === 0) return null;
      let value = '';
      for (let a = 0; a < list.length; a += 1) {
        const t = list[a];
        if (a % 2 === 1) {
          if (t.type !== 'punct' || t.value !== (language === 'php' ? '.' : '+')) return null;
        } else if (t.type !== 'string' || t.value === null) {
          return null;
        } else {
          value += t.value;
        }
      }
      return value;
    };
    const entry = { references: [where], comments: [] };
    let fine = true;
    functions[token.value].forEach((role, position) => {
      if (role === null) return;
      const value = literal(args[position]);
      if (value === null) {
        problems.push(
          `${where}: ${token.value}() has no literal ${role === 'domain' ? 'text domain' : role}`,
        );
        fine = false;
      } else if (role === 'domain') {
        if (value !== DOMAIN) {
          problems.push(`${where}: ${token.value}() is in the text domain "${value}", not "${DOMAIN}"`);
          fine = false;
        }
      } else {
        entry[role] = value;
      }
    });
    if (entry.msgid === '') {
      problems.push(`${where}: ${token.value}() translates the empty string`);
      fine = false;
    }
    if (comment && token.line <= comment.endLine + 1) entry.comments.push(comment.text);
    comment = null;
    if (fine) strings.push(entry);
  }
  return { strings, problems };
}

/** The key of an entry, as gettext-parser groups them: by context, then msgid. */
const keyOf = (msgctxt, msgid) => `${msgctxt ?? ''}\u0004${msgid}`;
const describeEntry = (entry) =>
  entry.msgctxt ? `"${entry.msgid}" (msgctxt "${entry.msgctxt}")` : `"${entry.msgid}"`;

/**
 * Every translatable string of the plugin, merged by context and msgid, in the order first met,
 * and the problems of the sources.
 */
export function extractStrings() {
  const { php, js, blocks } = sources();
  const found = [];
  const problems = [];
  for (const [files, language] of [
    [php, 'php'],
    [js, 'js'],
  ]) {
    for (const file of files) {
      const result = extractFromCode(readFileSync(PLUGIN + file, 'utf8'), language, `wordpress/${file}`);
      found.push(...result.strings);
      problems.push(...result.problems);
    }
  }
  // blocks.json: each block's words, with the contexts WordPress gives block.json's.
  const definitions = JSON.parse(readFileSync(PLUGIN + blocks, 'utf8'));
  for (const [name, block] of Object.entries(definitions)) {
    if (name.startsWith('$')) continue;
    const references = [`wordpress/${blocks}`];
    const add = (msgid, msgctxt, field) => {
      if (typeof msgid === 'string' && msgid !== '') found.push({ msgid, msgctxt, references, comments: [] });
      else problems.push(`wordpress/${blocks}: ${name}.${field} is not text`);
    };
    add(block.title, 'block title', 'title');
    add(block.description, 'block description', 'description');
    if (!Array.isArray(block.keywords)) problems.push(`wordpress/${blocks}: ${name}.keywords is not a list`);
    else block.keywords.forEach((keyword, n) => add(keyword, 'block keyword', `keywords[${n}]`));
  }

  const strings = new Map();
  for (const entry of found) {
    const key = keyOf(entry.msgctxt, entry.msgid);
    const known = strings.get(key);
    if (!known) {
      strings.set(key, { ...entry, references: [...entry.references], comments: [...entry.comments] });
      continue;
    }
    if ((known.msgid_plural ?? null) !== (entry.msgid_plural ?? null)) {
      problems.push(
        `${entry.references[0]}: ${describeEntry(entry)} has another plural than at ${known.references[0]}`,
      );
    }
    for (const reference of entry.references)
      if (!known.references.includes(reference)) known.references.push(reference);
    for (const comment of entry.comments) if (!known.comments.includes(comment)) known.comments.push(comment);
  }
  return { strings, problems };
}

/** A string's printf placeholders: the numbered ones in any order, the others in order. */
function placeholders(text) {
  const numbered = [];
  const ordered = [];
  for (const [all, number] of text.matchAll(/%(?:(\d+)\$)?[-+0#]*(?:'.)?\d*(?:\.\d+)?[bcdeEfFgGosuxX]|%%/g)) {
    if (all === '%%') continue;
    (number ? numbered : ordered).push(all);
  }
  return [...numbered.sort(), ...ordered].join(' ');
}

/** The .po files, by locale. */
function catalogues() {
  return readdirSync(`${PLUGIN}languages`)
    .filter((file) => /^iom-elements-[a-z]{2,3}(?:_[A-Z]{2})?\.po$/.test(file))
    .map((file) => ({
      file: `wordpress/languages/${file}`,
      locale: file.slice('iom-elements-'.length, -'.po'.length),
      po: gettextParser.po.parse(readFileSync(`${PLUGIN}languages/${file}`)),
    }));
}

/** The .po's entries, without the header. */
function entriesOf(po) {
  return Object.values(po.translations).flatMap((byId) =>
    Object.values(byId).filter((entry) => entry.msgid !== ''),
  );
}

const PLURAL_FORMS = {
  fr_FR: 'nplurals=2; plural=(n > 1);',
  es_ES: 'nplurals=2; plural=(n != 1);',
};

const { strings, problems } = extractStrings();

test('the extraction reads PHP and JS strings as PHP and JS do', () => {
  const php = extractFromCode(
    [
      "<p title=\"__( 'html', 'iom-elements' )\"><?php",
      "// __( 'a comment', 'iom-elements' )",
      '/* translators: %s: a name. */',
      "printf( esc_html__( 'It\\'s %s\\\\ here', 'iom-elements' ), $name );",
      "echo _x( 'Post', 'noun', 'iom-elements' ) . __( \"Tab\\tbed\", 'iom-elements' );",
      "echo _n( '%d item', '%d items', $count, 'iom-elements' ), __( 'Other', 'another-domain' ), __( $text, 'iom-elements' );",
      "?><b>'</b><?php _e( 'Joined ' . 'up', 'iom-elements' ); ?>",
    ].join('\n'),
    'php',
  );
  assert.deepEqual(
    php.strings.map(({ msgid, msgctxt, msgid_plural, comments }) => ({
      msgid,
      msgctxt,
      msgid_plural,
      comments,
    })),
    [
      {
        msgid: "It's %s\\ here",
        msgctxt: undefined,
        msgid_plural: undefined,
        comments: ['translators: %s: a name.'],
      },
      { msgid: 'Post', msgctxt: 'noun', msgid_plural: undefined, comments: [] },
      { msgid: 'Tab\tbed', msgctxt: undefined, msgid_plural: undefined, comments: [] },
      { msgid: '%d item', msgctxt: undefined, msgid_plural: '%d items', comments: [] },
      { msgid: 'Joined up', msgctxt: undefined, msgid_plural: undefined, comments: [] },
    ],
  );
  assert.equal(php.problems.length, 2, php.problems.join('\n'));

  const js = extractFromCode(
    [
      "const re = /__\\( 'regex' \\)/g, tag = `iom-${ __( 'In a template', 'iom-elements' ) }`;",
      '/* translators: %s: a title. */',
      "x( sprintf( __( 'Move \\'%s\\' up', 'iom-elements' ), name ), __( \"Say \\\"hi\\\"\", 'iom-elements' ) );",
    ].join('\n'),
    'js',
  );
  assert.deepEqual(
    js.strings.map(({ msgid, comments }) => ({ msgid, comments })),
    [
      { msgid: 'In a template', comments: [] },
      { msgid: "Move '%s' up", comments: ['translators: %s: a title.'] },
      { msgid: 'Say "hi"', comments: [] },
    ],
  );
  assert.deepEqual(js.problems, []);
});

test("the plugin's sources offer their strings for translation the way make-pot reads them", () => {
  assert.deepEqual(problems, [], `gettext calls the .po files cannot follow:\n  ${problems.join('\n  ')}`);
  assert.ok(strings.size > 50, `only ${strings.size} strings found: is the extraction broken?`);
  for (const [msgid, msgctxt] of [
    ['Settings'],
    ["Nothing was saved: the overrides break the library's rules."],
    ["For a site whose policy has style-src 'self' without 'unsafe-inline'."],
    ['IOM', 'block keyword'],
    ['IOM FAQ', 'block title'],
  ]) {
    assert.ok(strings.has(keyOf(msgctxt, msgid)), `${msgid} was not found`);
  }
});

test('there is a French and a Spanish translation', () => {
  const locales = catalogues().map(({ locale }) => locale);
  for (const locale of Object.keys(PLURAL_FORMS))
    assert.ok(locales.includes(locale), `no iom-elements-${locale}.po`);
});

for (const { file, locale, po } of catalogues()) {
  describe(file, () => {
    const entries = entriesOf(po);
    const byKey = new Map(entries.map((entry) => [keyOf(entry.msgctxt, entry.msgid), entry]));
    const nplurals = Number(/nplurals\s*=\s*(\d+)/.exec(po.headers['Plural-Forms'] ?? '')?.[1] ?? 2);

    test('has a proper header', () => {
      assert.equal(po.headers.Language, locale);
      assert.match(po.headers['Content-Type'] ?? '', /^text\/plain; charset=UTF-8$/i);
      assert.equal(po.headers['Project-Id-Version'], 'IOM elements');
      if (PLURAL_FORMS[locale]) assert.equal(po.headers['Plural-Forms'], PLURAL_FORMS[locale]);
      else assert.match(po.headers['Plural-Forms'] ?? '', /^nplurals=\d+; plural=.+;$/);
    });

    test('translates every string of the sources', () => {
      const missing = [];
      const untranslated = [];
      for (const [key, string] of strings) {
        const entry = byKey.get(key);
        if (!entry) {
          missing.push(`${describeEntry(string)} (${string.references[0]})`);
          continue;
        }
        if ((entry.msgid_plural ?? null) !== (string.msgid_plural ?? null)) {
          missing.push(`${describeEntry(string)} with the plural "${string.msgid_plural ?? ''}"`);
          continue;
        }
        const forms = string.msgid_plural ? nplurals : 1;
        const msgstr = entry.msgstr ?? [];
        if (msgstr.length < forms || msgstr.slice(0, forms).some((form) => !form))
          untranslated.push(describeEntry(string));
      }
      const report = [
        ...missing.map((text) => `missing from ${file}: ${text}`),
        ...untranslated.map((text) => `left untranslated in ${file}: ${text}`),
      ];
      assert.deepEqual(report, [], report.join('\n'));
    });

    test('has no entry the sources no longer have', () => {
      const stale = entries.filter((entry) => !strings.has(keyOf(entry.msgctxt, entry.msgid)));
      const report = stale.map((entry) => `stale in ${file}: ${describeEntry(entry)}`);
      assert.deepEqual(report, [], report.join('\n'));
    });

    test('keeps the placeholders of each string', () => {
      const report = [];
      for (const entry of entries) {
        (entry.msgstr ?? []).forEach((translation, form) => {
          if (!translation) return;
          const original = form > 0 && entry.msgid_plural ? entry.msgid_plural : entry.msgid;
          if (placeholders(translation) !== placeholders(original)) {
            report.push(
              `${file}: ${describeEntry(entry)} has the placeholders [${placeholders(original)}] but msgstr[${form}] "${translation}" has [${placeholders(translation)}]`,
            );
          }
        });
      }
      assert.deepEqual(report, [], report.join('\n'));
    });

    test("keeps the sources' translators comments", () => {
      const report = [];
      for (const [key, string] of strings) {
        const extracted = byKey.get(key)?.comments?.extracted ?? '';
        for (const comment of string.comments)
          if (!extracted.split('\n').includes(comment))
            report.push(`${file}: ${describeEntry(string)} lacks "#. ${comment}"`);
      }
      assert.deepEqual(report, [], report.join('\n'));
    });
  });
}
