/**
 * The attributes prerendering takes, each with its `renderToString` option. The command's flags
 * are the attribute names (`--heading-level 3`), as are the tags of a page prerendered in place;
 * this is the one list of them (no DOM here: Storybook reads it too).
 */
export const RENDER_ATTRIBUTES = {
  lang: 'lang',
  heading: 'heading',
  'heading-level': 'headingLevel',
  theme: 'theme',
  open: 'open',
  single: 'single',
  'structured-data': 'structuredData',
  sections: 'sections',
} as const;

export type RenderAttribute = keyof typeof RENDER_ATTRIBUTES;

/** The attributes only some elements have, and those elements. */
export const ATTRIBUTE_OWNERS: Partial<Record<RenderAttribute, readonly string[]>> = {
  open: ['iom-faq'],
  single: ['iom-faq'],
  'structured-data': ['iom-faq', 'iom-profile'],
  sections: ['iom-overview'],
};

/** Whether an element has an attribute (every element has those not in ATTRIBUTE_OWNERS). */
export const takesAttribute = (tag: string, name: RenderAttribute): boolean =>
  ATTRIBUTE_OWNERS[name]?.includes(tag) ?? true;

/** The attributes that are present or absent, with no value (the command's switches). */
export const BOOLEAN_ATTRIBUTES: readonly RenderAttribute[] = ['single', 'structured-data'];

/**
 * `renderToString` options from attributes (`{ 'heading-level': '3', single: '' }`): present
 * boolean attributes are `true`; unset ones (`undefined`, `false`) are left out.
 */
export function optionsFromAttributes(
  attributes: Partial<Record<RenderAttribute, string | boolean | undefined>>,
): Partial<Record<(typeof RENDER_ATTRIBUTES)[RenderAttribute], string | boolean>> {
  const options: Partial<Record<(typeof RENDER_ATTRIBUTES)[RenderAttribute], string | boolean>> = {};
  for (const [name, value] of Object.entries(attributes) as [
    RenderAttribute,
    string | boolean | undefined,
  ][]) {
    if (value === undefined || value === false) continue;
    options[RENDER_ATTRIBUTES[name]] = BOOLEAN_ATTRIBUTES.includes(name) ? true : value;
  }
  return options;
}
