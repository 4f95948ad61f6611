import type { Meta, StoryObj } from '@storybook/web-components-vite';

/** The attributes of an element, as Storybook args: every section has the first three. */
export interface SectionArgs {
  heading: string;
  'heading-level': number;
  theme: 'light' | 'dark' | undefined;
  [attribute: string]: unknown;
}

/** The element with its args as attributes: `true` → present, empty, `false` or unset → absent. */
function renderElement(tag: string, args: SectionArgs): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === false || value === '') continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  return el;
}

/**
 * The stories' shared meta for one element: its manifest entry (from the JSDoc) drives the
 * docs page, and a control per attribute sets it.
 */
export function sectionMeta(tag: string): Meta<SectionArgs> {
  return {
    component: tag,
    tags: ['autodocs'],
    args: { heading: '', 'heading-level': 2, theme: undefined },
    argTypes: {
      heading: { control: 'text' },
      'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
      theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    },
    render: (args) => renderElement(tag, args),
  };
}

export type SectionStory = StoryObj<SectionArgs>;
