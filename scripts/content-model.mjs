// The content model, read from its one source: content/schema.json and the language folders
// under content/. Everything else (TypeScript types, the section and language lists, the
// override rules the provider applies at run time) is derived from what this module reads.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CONTENT_DIR = join(ROOT, 'content');

/** The language bundled with every element, and the one every translation is checked against. */
export const SOURCE_LANGUAGE = 'en';

/** Ajv's options for every check of content and overrides, at build and at run time alike. */
export const AJV_OPTIONS = { allErrors: true, strict: true, strictRequired: false, inlineRefs: false };

/** @param {string} [dir] */
export function readSchema(dir = CONTENT_DIR) {
  return JSON.parse(readFileSync(join(dir, 'schema.json'), 'utf8'));
}

/** The sections, in the source's order: the schema's `section` enum. */
export function sectionNames(schema = readSchema()) {
  return /** @type {string[]} */ (schema.properties.section.enum);
}

/** The languages: a folder each under content/, the source language first, then by name. */
export function languages(dir = CONTENT_DIR) {
  const found = readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory());
  return [SOURCE_LANGUAGE, ...found.filter((lang) => lang !== SOURCE_LANGUAGE).sort()].filter((lang) =>
    found.includes(lang),
  );
}

/**
 * The fields each section's element shows, and those it requires: from the schema's `allOf`
 * branches (`if` section is …, `then` its `propertyNames` and `required`).
 * @returns {Record<string, { fields: string[], required: string[] }>}
 */
export function sectionFields(schema = readSchema()) {
  /** @type {Record<string, { fields: string[], required: string[] }>} */
  const result = {};
  for (const branch of schema.allOf) {
    const condition = branch.if.properties.section;
    const names = condition.enum ?? [condition.const];
    for (const name of names) {
      result[name] = {
        fields: branch.then.propertyNames.enum.filter((field) => field !== '$schema' && field !== 'section'),
        required: branch.then.required,
      };
    }
  }
  for (const name of sectionNames(schema)) {
    if (!result[name]) throw new Error(`content/schema.json: allOf has no branch for the section "${name}"`);
  }
  return result;
}

/** The source language's content of one section. */
export function sourceContent(section, dir = CONTENT_DIR) {
  return JSON.parse(readFileSync(join(dir, SOURCE_LANGUAGE, `${section}.json`), 'utf8'));
}

const LIST_FIELDS = ['items', 'figures', 'questions'];

/**
 * The JSON Schema an override object must meet: `{ <lang>: { <section>: <part of a section> } }`.
 * Derived from the content schema: a section may name only the fields its element shows; every
 * field is optional, but lists are not empty, their entries name an `id` the source language
 * has (any other field optional), labels are only those the source language has, and `section`
 * is left out (where the override stands says it). Text, links and ids follow the content rules.
 */
export function overrideSchema(schema = readSchema(), dir = CONTENT_DIR) {
  const fields = sectionFields(schema);
  const sectionSchemas = {};
  for (const section of sectionNames(schema)) {
    const source = sourceContent(section, dir);
    const properties = {};
    for (const field of fields[section].fields) {
      const rule = structuredClone(schema.properties[field]);
      delete rule.description;
      if (LIST_FIELDS.includes(field)) {
        rule.items.required = ['id'];
        rule.items.properties.id = { enum: source[field].map((entry) => entry.id) };
      }
      if (field === 'labels') {
        rule.propertyNames = { enum: Object.keys(source.labels) };
      }
      if (field === 'organization') delete rule.required;
      properties[field] = rule;
    }
    sectionSchemas[section] = { type: 'object', additionalProperties: false, properties };
  }
  const languageSchema = {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(
      sectionNames(schema).map((section) => [section, { $ref: `#/$defs/${section}` }]),
    ),
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'iom-elements content overrides',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(languages(dir).map((lang) => [lang, { $ref: '#/$defs/language' }])),
    $defs: { language: languageSchema, ...sectionSchemas, ...schema.$defs },
  };
}
