import { literal, type StaticValue } from 'lit/static-html.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

const headingTags: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

/** The nearest valid level to any value: 1–6, rounded and clamped; not a number → the default. */
export function nearestHeadingLevel(value: unknown): HeadingLevel {
  const n = typeof value === 'number' ? value : Number.NaN;
  if (!Number.isFinite(n)) return DEFAULT_HEADING_LEVEL;
  return Math.min(6, Math.max(1, Math.round(n))) as HeadingLevel;
}

/**
 * Reads the `heading-level` attribute: a removed attribute means "not set" (the provider's level
 * or the default applies), and a blank one is not a number (not 0, as `Number('')` would say).
 */
export const headingLevelConverter = {
  fromAttribute: (value: string | null): number | undefined =>
    value === null ? undefined : value.trim() === '' ? Number.NaN : Number(value),
};

/** The level of headings nested inside one at `level` (a real outline stops at h6). */
export function subHeadingLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(6, level + 1) as HeadingLevel;
}

/**
 * The tag of a real `<hN>` element at `level`, for a static template (`lit/static-html.js`), so
 * the host document's outline and screen readers' heading lists see it. Written straight into
 * the element's own template, not nested in one of its own: one template instance fewer for
 * each heading.
 */
export function headingTag(level: HeadingLevel): StaticValue {
  return headingTags[level - 1];
}
