import { LANGUAGES } from '../src/core/content-types.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { BOOLEAN_ATTRIBUTES, RENDER_ATTRIBUTES, type RenderAttribute } from '../src/prerender/attributes.js';
import { CDN_URL, codeFigure } from './code-figure.js';

/** The attributes of an element, as Storybook args: every section has the first three. */
export interface SectionArgs {
  heading: string;
  'heading-level': number;
  theme: 'light' | 'dark' | undefined;
  lang?: string;
  [attribute: string]: unknown;
}

/** The element with its args as attributes: `true` → present, empty, `false` or unset → absent. */
export function renderElement(tag: string, args: SectionArgs): HTMLElement {
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
      lang: { control: 'inline-radio', options: [undefined, ...LANGUAGES] },
    },
    render: (args) => renderElement(tag, args),
  };
}

export type SectionStory = StoryObj<SectionArgs>;

/** The exact code a site owner pastes for these args: the script tag and the element. */
export function embedSnippet(tag: string, args: SectionArgs): string {
  const element = renderElement(tag, args).outerHTML;
  return `<script type="module" src="${CDN_URL}"></script>\n${element}`;
}

/** A value as one shell word (POSIX quoting, only where needed). */
const shellWord = (value: string): string =>
  /^[\w./:-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;

/** The command that prerenders the element as the controls set it, for its content to be there before any script. */
export function renderCommand(tag: string, args: SectionArgs): string {
  // The command's flags are the attributes' names (src/prerender/attributes.ts).
  const options = Object.entries(args).flatMap(([name, value]) => {
    if (
      !(name in RENDER_ATTRIBUTES) ||
      value === undefined ||
      value === null ||
      value === false ||
      value === ''
    )
      return [];
    if (name === 'heading-level' && Number(value) === 2) return [];
    const flag = `--${name}`;
    return BOOLEAN_ATTRIBUTES.includes(name as RenderAttribute) ? [flag] : [flag, shellWord(String(value))];
  });
  return ['npx iom-elements render', tag, ...options].join(' ');
}

/**
 * An "Embed" story: the element as the controls set it, and below it the snippet to paste,
 * kept in step with the controls, with a button that copies it; then the command that
 * prerenders the same element.
 */
export function embedStory(tag: string): SectionStory {
  return {
    render: (args) => {
      const wrapper = document.createElement('div');
      wrapper.append(
        renderElement(tag, args),
        codeFigure('Paste this into your page:', embedSnippet(tag, args)),
        codeFigure(
          'Or prerender it, so that its content is in the page before and without JavaScript (the script above then hydrates it):',
          renderCommand(tag, args),
        ),
      );
      return wrapper;
    },
  };
}
