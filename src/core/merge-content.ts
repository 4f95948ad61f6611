import type { SectionContent } from './content-types.js';
import type { ContentOverrides, SectionOverride } from './overrides.js';

type Entry = { id: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isEntryList = (value: unknown): value is Entry[] =>
  Array.isArray(value) && value.every((entry) => isObject(entry) && typeof entry.id === 'string');

/**
 * The one rule by which overrides apply, to content and to other overrides alike: lists of
 * entries merge by `id` (each entry field by field), objects merge field by field, anything
 * else (text, a list of paragraphs) is replaced. `addNewEntries`: whether an entry whose `id`
 * the base lacks is added.
 */
function mergeValue(base: unknown, change: unknown, addNewEntries: boolean): unknown {
  if (change === undefined) return base;
  if (isEntryList(base) && isEntryList(change)) {
    const merged = base.map((entry) => {
      const changed = change.find((candidate) => candidate.id === entry.id);
      return changed ? mergeValue(entry, changed, addNewEntries) : entry;
    });
    if (addNewEntries)
      merged.push(...change.filter((entry) => !base.some((candidate) => candidate.id === entry.id)));
    return merged;
  }
  if (isObject(base) && isObject(change)) {
    const merged: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(change)) {
      // defineProperty: a key such as "__proto__" stays a plain field, never a prototype.
      Object.defineProperty(merged, key, {
        value: mergeValue(base[key], value, addNewEntries),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return merged;
  }
  return change;
}

/**
 * A section's content with a checked override merged over it (the override rules admit only
 * ids the content has, so no entry is added).
 */
export function mergeContent<C extends SectionContent>(base: C, override: SectionOverride | undefined): C {
  return override ? (mergeValue(base, override, false) as C) : base;
}

/** Overrides `change` merged over overrides `base`, by the same rule (entries new to `base` are kept). */
export function mergeOverrides(base: ContentOverrides, change: ContentOverrides): ContentOverrides {
  return mergeValue(base, change, true) as ContentOverrides;
}
