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
 * else (text, a list of paragraphs) is replaced. `onNewEntry` hears of each entry whose `id`
 * the base lacks, and says whether to add it.
 */
function mergeValue(
  base: unknown,
  change: unknown,
  path: string,
  onNewEntry: (path: string, id: string) => boolean,
): unknown {
  if (change === undefined) return base;
  if (isEntryList(base) && isEntryList(change)) {
    const merged = base.map((entry) => {
      const changed = change.find((candidate) => candidate.id === entry.id);
      return changed ? mergeValue(entry, changed, path, onNewEntry) : entry;
    });
    for (const entry of change) {
      if (!base.some((candidate) => candidate.id === entry.id) && onNewEntry(path, entry.id))
        merged.push(entry);
    }
    return merged;
  }
  if (isObject(base) && isObject(change)) {
    const merged: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(change)) {
      // defineProperty: a key such as "__proto__" stays a plain field, never a prototype.
      Object.defineProperty(merged, key, {
        value: mergeValue(base[key], value, `${path}.${key}`, onNewEntry),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return merged;
  }
  return change;
}

/** A section's content with an override merged over it; an id the content lacks is reported. */
export function mergeContent<C extends SectionContent>(
  base: C,
  override: SectionOverride | undefined,
  path: string,
  report: (message: string) => void,
): C {
  if (!override) return base;
  return mergeValue(base, override, path, (at, id) => {
    report(`${at}: has no entry "${id}"; that override is ignored`);
    return false;
  }) as C;
}

/** Overrides `change` merged over overrides `base`, by the same rule (entries new to `base` are kept). */
export function mergeOverrides(base: ContentOverrides, change: ContentOverrides): ContentOverrides {
  return mergeValue(base, change, '', () => true) as ContentOverrides;
}
