// Validates content/<lang>/<section>.json against content/schema.json. Used by the build
// (scripts/validate-content.mjs) and by the test runner's `validate-content` command, so the
// rules and their messages exist once.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { checkOverrides } from '../src/core/overrides.ts';
import { describeErrors } from '../src/core/validation-messages.ts';
import {
  AJV_OPTIONS,
  CONTENT_DIR,
  SOURCE_LANGUAGE,
  languages,
  overrideSchema,
  readSchema,
  sectionFields,
  sectionNames,
} from './content-model.mjs';

export { SOURCE_LANGUAGE };

const schema = readSchema();

/** Every section a language must provide: the schema's own list, so there is one source. */
export const SECTIONS = sectionNames(schema);

const ajv = new Ajv2020(AJV_OPTIONS);
const validateSchema = ajv.compile(schema);

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
    problems.push(
      ...describeErrors(validateSchema.errors ?? [], data).map((message) => `${file}: ${message}`),
    );
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
export function validateContentDir(dir = CONTENT_DIR) {
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

/**
 * The override rules as the build checks them (Ajv compiling the derived override schema), and
 * the lists their messages name: read once, from the project's content/.
 */
let overrides;

/**
 * Checks an overrides object as the build does, with the same rules and messages as the
 * provider at run time (which runs the same rules as compiled code, src/generated/).
 * @returns {{ accepted: object, problems: string[] }}
 */
export function checkOverridesAtBuild(value, source = '<iom-provider> content') {
  overrides ??= {
    rules: new Ajv2020(AJV_OPTIONS).compile(overrideSchema()),
    model: {
      LANGUAGES: languages(),
      SECTION_NAMES: SECTIONS,
      SECTION_FIELDS: Object.fromEntries(
        Object.entries(sectionFields()).map(([name, f]) => [name, f.fields]),
      ),
    },
  };
  const problems = [];
  const accepted = checkOverrides(value, source, overrides.rules, overrides.model, (message) =>
    problems.push(message),
  );
  return { accepted, problems };
}
