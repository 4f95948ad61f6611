import type { ContentOverrides, SectionContent, SectionName } from './content-types.js';
import { describeErrors, type SchemaError } from './validation-messages.js';

/**
 * Any part of a value, as an override gives it: an entry of a list names its `id` and any of its
 * other fields; an object any of its fields; text and lists of paragraphs whole.
 */
export type Override<T> = T extends readonly (infer E)[]
  ? E extends { id: string }
    ? ({ id: string } & { [K in Exclude<keyof E, 'id'>]?: E[K] })[]
    : T
  : T extends object
    ? { [K in keyof T]?: Override<T[K]> }
    : T;

/** A section's content, any part of it: what a page may override. Lists merge by `id`. */
export type SectionOverride = Override<Omit<SectionContent, 'section'>>;

/** Overrides per language and section: `{ en: { presence: { figures: [{ id, value }] } } }`. */
export type { ContentOverrides };

/** A validator of the override rules, as Ajv compiles them (src/generated/override-rules.js). */
export type OverrideRules = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/**
 * The content model's lists, passed in rather than imported: this module loads lazily, and
 * shares no code with the elements' own bundle (a shared module would become a chunk of its
 * own that every page, overrides or not, would request).
 */
export interface ContentModel {
  LANGUAGES: readonly string[];
  SECTION_NAMES: readonly string[];
  SECTION_FIELDS: Record<string, readonly string[]>;
}

/** What stands at each depth of an overrides object, for a key that may not stand there. */
function unknownKey(
  { LANGUAGES, SECTION_NAMES, SECTION_FIELDS }: ContentModel,
  parents: string[],
  key: string,
): string | undefined {
  if (parents.length === 0) return `is not a language of the library (${LANGUAGES.join(', ')})`;
  if (parents.length === 1) return `is not a section (${SECTION_NAMES.join(', ')})`;
  if (parents.length === 2) {
    if (key === 'section') return 'is set by where the override stands; leave it out';
    const section = parents[1] as SectionName;
    return `is not shown by <iom-${section}> (it shows ${SECTION_FIELDS[section].join(', ')})`;
  }
  return undefined;
}

/**
 * Checks overrides from a page against the override rules (the content schema's, derived by
 * scripts/content-model.mjs: the build checks with the same). Every problem is reported with
 * `report`, naming its path from `source`; a section with a problem is left out whole (its
 * bundled content stays), and the others apply.
 */
export function checkOverrides(
  value: unknown,
  source: string,
  rules: OverrideRules,
  model: ContentModel,
  report: (message: string) => void,
): ContentOverrides {
  if (rules(value)) return value as ContentOverrides;
  const errors = rules.errors ?? [];
  describeErrors(errors, value, {
    prefix: [source],
    unknownKey: (parents, key) => unknownKey(model, parents, key),
  }).forEach(report);
  // Where each error stands, to the depth of a section: that part is left out.
  const broken = errors.map((error) => {
    const parts = error.instancePath.split('/').slice(1);
    if (error.keyword === 'additionalProperties') parts.push(String(error.params.additionalProperty));
    return parts.slice(0, 2).join('/');
  });
  if (broken.includes('') || typeof value !== 'object' || value === null) return {};
  const accepted: Record<string, Record<string, unknown>> = {};
  for (const [lang, sections] of Object.entries(value as Record<string, Record<string, unknown>>)) {
    if (broken.includes(lang)) continue;
    for (const [section, override] of Object.entries(sections)) {
      if (!broken.includes(`${lang}/${section}`)) (accepted[lang] ??= {})[section] = override;
    }
  }
  return accepted as ContentOverrides;
}
