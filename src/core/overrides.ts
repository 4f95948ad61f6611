import schema from '../../content/schema.json';
import type { SectionContent, SectionName } from './content-types.js';
import { SECTION_NAMES } from './content-types.js';
import { LANGUAGES, type Language } from './languages.js';

/** A section's content, any part of it: what a page may override. Lists merge by `id`. */
export type SectionOverride = Partial<Omit<SectionContent, 'section'>>;

/** Overrides per language and section: `{ en: { presence: { figures: [{ id, value }] } } }`. */
export type ContentOverrides = Partial<Record<Language, Partial<Record<SectionName, SectionOverride>>>>;

interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  required?: string[];
  minItems?: number;
  minProperties?: number;
  minLength?: number;
  pattern?: string;
}

const defs = (schema as { $defs: Record<string, Schema> }).$defs;
const sectionSchema = schema as Schema;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * Checks part of a section against content/schema.json, the same schema the build enforces.
 * Parts may be left out, except the `id` that says which list entry an override is for.
 */
function check(node: Schema, value: unknown, path: string, problems: string[]): void {
  const rule = node.$ref ? defs[node.$ref.replace('#/$defs/', '')] : node;
  if (rule.type === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(`${path}: expected an object, got ${describe(value)}`);
      return;
    }
    const entries = Object.entries(value);
    if (rule.required?.includes('id') && !('id' in value))
      problems.push(`${path}.id: is missing (it says which entry to change)`);
    for (const [key, child] of entries) {
      const childRule =
        rule.properties?.[key] ??
        (typeof rule.additionalProperties === 'object' ? rule.additionalProperties : undefined);
      if (!childRule) problems.push(`${path}.${key}: is not a known field`);
      else check(childRule, child, `${path}.${key}`, problems);
    }
  } else if (rule.type === 'array') {
    if (!Array.isArray(value)) {
      problems.push(`${path}: expected an array, got ${describe(value)}`);
      return;
    }
    value.forEach((item, i) => rule.items && check(rule.items, item, `${path}[${i}]`, problems));
  } else if (rule.type === 'string') {
    if (typeof value !== 'string') problems.push(`${path}: expected a string, got ${describe(value)}`);
    else if (rule.minLength && value.length < rule.minLength)
      problems.push(`${path}: expected non-empty text`);
    else if (rule.pattern && !new RegExp(rule.pattern).test(value)) {
      problems.push(`${path}: ${JSON.stringify(value)} does not match ${rule.pattern}`);
    }
  } else if (rule.enum && !rule.enum.includes(value)) {
    problems.push(
      `${path}: expected one of ${rule.enum.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(value)}`,
    );
  }
}

const SAFE_URL = /^(https?|mailto):/i;

/**
 * Checks overrides from a page. Returns the sections that passed; every problem is reported
 * with `report`, naming its path from `source`, and that section's override is dropped whole
 * (the bundled content stays). A link to any address but https:, http: or mailto: is dropped
 * with a warning.
 */
export function checkOverrides(
  value: unknown,
  source: string,
  report: (message: string) => void,
  warn: (message: string) => void,
): ContentOverrides {
  const accepted: ContentOverrides = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report(`${source}: expected an object of languages ({ "en": { "faq": … } }), got ${describe(value)}`);
    return accepted;
  }
  for (const [lang, sections] of Object.entries(value)) {
    if (!(LANGUAGES as readonly string[]).includes(lang)) {
      report(`${source}.${lang}: is not a language of the library (${LANGUAGES.join(', ')})`);
      continue;
    }
    if (typeof sections !== 'object' || sections === null || Array.isArray(sections)) {
      report(`${source}.${lang}: expected an object of sections, got ${describe(sections)}`);
      continue;
    }
    for (const [section, given] of Object.entries(sections as Record<string, unknown>)) {
      let override = given;
      const path = `${source}.${lang}.${section}`;
      if (!(SECTION_NAMES as readonly string[]).includes(section)) {
        report(`${path}: is not a section (${SECTION_NAMES.join(', ')})`);
        continue;
      }
      const link = (override as { link?: { href?: unknown } } | null)?.link;
      if (link && typeof link.href === 'string' && !SAFE_URL.test(link.href.trim())) {
        warn(
          `${path}.link.href: ${JSON.stringify(link.href)} is not an https:, http: or mailto: address; the link is dropped.`,
        );
        override = Object.fromEntries(Object.entries(override as object).filter(([key]) => key !== 'link'));
      }
      const problems: string[] = [];
      check({ ...sectionSchema, required: [] }, override, path, problems);
      if (typeof override === 'object' && override !== null && 'section' in override) {
        problems.push(`${path}.section: is set by where the override stands; leave it out`);
      }
      if (problems.length > 0) {
        problems.forEach(report);
        continue;
      }
      (accepted[lang as Language] ??= {})[section as SectionName] = override as SectionOverride;
    }
  }
  return accepted;
}
