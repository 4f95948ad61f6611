// Validates content/<lang>/<section>.json against content/schema.json. Used by the build
// (scripts/validate-content.mjs) and by the test runner's `validate-content` command, so the
// rules and their messages exist once.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const schemaPath = join(root, 'content', 'schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));

/** Every section a language must provide: the schema's own list, so there is one source. */
export const SECTIONS = schema.properties.section.enum;

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
const validateSchema = ajv.compile(schema);

/** `/questions/2/answer` → `questions[2].answer` */
function fieldName(pointer) {
  if (!pointer) return '(top level)';
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

function typeOf(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

function valueAt(data, pointer) {
  let value = data;
  for (const part of pointer.split('/').slice(1)) value = value?.[part];
  return value;
}

/** Turns one Ajv error into "field: expected …, got …". */
function describe(error, data) {
  const value = valueAt(data, error.instancePath);
  const at = fieldName(error.instancePath);
  const p = error.params;
  switch (error.keyword) {
    case 'required':
      return `${fieldName(`${error.instancePath}/${p.missingProperty}`)}: is missing (required)`;
    case 'additionalProperties':
      return `${fieldName(`${error.instancePath}/${p.additionalProperty}`)}: is not a known field`;
    case 'type':
      return `${at}: expected ${p.type === 'object' || p.type === 'array' ? `an ${p.type}` : `a ${p.type}`}, got ${typeOf(value)}`;
    case 'enum':
      return `${at}: expected one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}, got ${typeOf(value)}`;
    case 'const':
      return `${at}: expected ${JSON.stringify(p.allowedValue)}, got ${typeOf(value)}`;
    case 'minItems':
      return `${at}: expected at least ${p.limit} item(s), got ${value.length}`;
    case 'minLength':
      return `${at}: expected non-empty text`;
    case 'pattern':
      return error.parentSchema === schema.$defs.id || p.pattern === schema.$defs.id.pattern
        ? `${at}: expected an id of lowercase words joined by hyphens, got ${typeOf(value)}`
        : `${at}: expected text without leading or trailing white space, got ${typeOf(value)}`;
    default:
      return `${at}: ${error.message}`;
  }
}

/** The parser's message, with the line and column its character position points at. */
function jsonErrorWhere(text, error) {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  if (!position) return message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}

/**
 * Checks one section file's text.
 * @param {string} text the file's contents
 * @param {string} file the path to name in messages
 * @returns {string[]} problems, each prefixed with the file
 */
export function validateSectionText(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [`${file}: is not valid JSON: ${jsonErrorWhere(text, error)}`];
  }
  const problems = [];
  if (!validateSchema(data)) {
    const reported = new Set();
    for (const error of validateSchema.errors ?? []) {
      if (error.keyword === 'if') continue; // the failing `then` is reported on its own
      // One problem per field: empty text breaks both `minLength` and `pattern`; say it once.
      const field =
        error.keyword === 'required' || error.keyword === 'additionalProperties' ? null : error.instancePath;
      if (field !== null && reported.has(field)) continue;
      if (field !== null) reported.add(field);
      problems.push(`${file}: ${describe(error, data)}`);
    }
  }
  const expected = basename(file, '.json');
  if (data && typeof data === 'object' && typeof data.section === 'string' && data.section !== expected) {
    problems.push(`${file}: section: expected "${expected}" (the file's name), got "${data.section}"`);
  }
  for (const list of ['items', 'figures', 'questions']) {
    const entries = Array.isArray(data?.[list]) ? data[list] : [];
    const seen = new Set();
    entries.forEach((entry, i) => {
      if (typeof entry?.id !== 'string') return;
      if (seen.has(entry.id))
        problems.push(`${file}: ${list}[${i}].id: expected a unique id, got "${entry.id}" again`);
      seen.add(entry.id);
    });
  }
  return [...new Set(problems)];
}

/** The language every other is checked against: it is the one bundled with every element. */
export const SOURCE_LANGUAGE = 'en';

/** The ids of a file's lists, and its label names: what every translation must match. */
function shape(data) {
  const ids = (list) => (Array.isArray(data?.[list]) ? data[list].map((entry) => entry?.id) : []);
  return {
    items: ids('items'),
    figures: ids('figures'),
    questions: ids('questions'),
    labels: data?.labels && typeof data.labels === 'object' ? Object.keys(data.labels) : [],
  };
}

/** Problems where a translation's ids or labels differ from the source language's. */
function compareWithSource(file, data, sourceFile, source) {
  const problems = [];
  const mine = shape(data);
  const theirs = shape(source);
  for (const list of Object.keys(theirs)) {
    const missing = theirs[list].filter((id) => !mine[list].includes(id));
    const extra = mine[list].filter((id) => !theirs[list].includes(id));
    const what = list === 'labels' ? 'label' : 'id';
    for (const id of missing)
      problems.push(
        `${file}: ${list}: is missing the ${what} "${id}" that ${sourceFile} has (an untranslated entry)`,
      );
    for (const id of extra)
      problems.push(`${file}: ${list}: has the ${what} "${id}", which ${sourceFile} does not`);
  }
  return problems;
}

/**
 * Checks a whole content folder: every language folder holds every section, each file is valid,
 * and every translation has the same entries (ids) and labels as the source language.
 * @param {string} dir the content folder (default: the project's `content/`)
 * @returns {{ files: number, problems: string[] }}
 */
export function validateContentDir(dir = join(root, 'content')) {
  const problems = [];
  let files = 0;
  // Files are named from the content folder's parent: "content/en/faq.json".
  const name = (path) => relative(dirname(dir), path);
  const languages = readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory());
  if (languages.length === 0) problems.push(`${name(dir)}: holds no language folder`);
  for (const lang of languages) {
    const langDir = join(dir, lang);
    const present = readdirSync(langDir).filter((name) => name.endsWith('.json'));
    for (const section of SECTIONS) {
      if (!present.includes(`${section}.json`)) {
        problems.push(
          `${name(join(langDir, `${section}.json`))}: is missing (every language needs every section)`,
        );
      }
    }
    for (const fileName of present) {
      const file = join(langDir, fileName);
      if (!SECTIONS.includes(basename(fileName, '.json'))) {
        problems.push(`${name(file)}: is not a known section (expected one of ${SECTIONS.join(', ')})`);
        continue;
      }
      files += 1;
      const text = readFileSync(file, 'utf8');
      const fileProblems = validateSectionText(text, name(file));
      problems.push(...fileProblems);
      const sourceFile = join(dir, SOURCE_LANGUAGE, fileName);
      if (lang !== SOURCE_LANGUAGE && existsSync(sourceFile)) {
        try {
          const source = JSON.parse(readFileSync(sourceFile, 'utf8'));
          problems.push(...compareWithSource(name(file), JSON.parse(text), name(sourceFile), source));
        } catch {
          // Broken JSON, here or in the source, is reported where that file is checked.
        }
      }
    }
  }
  return { files, problems };
}
