import type { SectionContent } from './content-types.js';
import type { SectionOverride } from './overrides.js';

type Entry = { id: string };

/** Overrides entries by id; an id the content does not have is reported and left out. */
function mergeList<T extends Entry>(
  base: T[] | undefined,
  changes: Partial<T>[] | undefined,
  path: string,
  report: (message: string) => void,
): T[] | undefined {
  if (!base || !changes) return base;
  const byId = new Map(changes.map((change) => [change.id, change]));
  for (const id of byId.keys()) {
    if (!base.some((entry) => entry.id === id))
      report(`${path}: has no entry "${String(id)}"; that override is ignored`);
  }
  return base.map((entry) => ({ ...entry, ...byId.get(entry.id) }));
}

/** A section's content with an override merged over it. */
export function mergeContent<C extends SectionContent>(
  base: C,
  override: SectionOverride | undefined,
  path: string,
  report: (message: string) => void,
): C {
  if (!override) return base;
  return {
    ...base,
    ...override,
    items: mergeList(base.items, override.items, `${path}.items`, report),
    figures: mergeList(base.figures, override.figures, `${path}.figures`, report),
    questions: mergeList(base.questions, override.questions, `${path}.questions`, report),
    labels: base.labels && { ...base.labels, ...override.labels },
    organization: base.organization && { ...base.organization, ...override.organization },
  };
}
