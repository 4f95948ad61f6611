import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { nothing } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

/** The attributes every section element has, as Storybook args. */
export interface SectionArgs {
  heading: string;
  'heading-level': number;
  theme: 'light' | 'dark' | undefined;
  [attribute: string]: unknown;
}

/**
 * The stories' shared meta for one element: its manifest entry drives the docs, and controls
 * set its attributes.
 */
export function sectionMeta(tag: string, description?: string): Meta<SectionArgs> {
  const tagName = unsafeStatic(tag);
  return {
    component: tag,
    tags: ['autodocs'],
    args: { heading: '', 'heading-level': 2, theme: undefined },
    argTypes: {
      heading: { control: 'text' },
      'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
      theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    },
    parameters: description ? { docs: { description: { component: description } } } : {},
    render: ({ heading, 'heading-level': level, theme, sections }) =>
      staticHtml`<${tagName}
        heading=${heading || nothing}
        heading-level=${level}
        theme=${theme ?? nothing}
        sections=${(sections as string | undefined) || nothing}
      ></${tagName}>`,
  };
}

export type SectionStory = StoryObj<SectionArgs>;
