import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import manifest from '../custom-elements.json';
import { codeFigure } from './code-figure.js';

interface CssProperty {
  name: string;
  default?: string;
  description?: string;
}

/** Every --iom-* property, with its default and description, read from the manifest (the JSDoc). */
const tokens: CssProperty[] = (() => {
  const found = new Map<string, CssProperty>();
  for (const module of manifest.modules) {
    for (const declaration of (module.declarations ?? []) as { cssProperties?: CssProperty[] }[]) {
      for (const property of declaration.cssProperties ?? []) found.set(property.name, property);
    }
  }
  return [...found.values()];
})();

type ThemeArgs = Record<string, string> & { scheme: string };

/** The CSS a site owner would copy for these args: only the properties they changed. */
function themeCss(args: ThemeArgs): string {
  const lines = tokens.filter((t) => args[t.name]).map((t) => `  ${t.name}: ${args[t.name]};`);
  if (args.scheme !== 'page') lines.push(`  color-scheme: ${args.scheme};`);
  return lines.length ? `:root {\n${lines.join('\n')}\n}` : '/* The defaults: nothing to add. */';
}

/**
 * Every `--iom-*` custom property as a control, with its default (from the elements' JSDoc);
 * set any of them and copy the CSS below the preview. The example themes show what a few lines
 * of CSS do.
 */
const meta: Meta<ThemeArgs> = {
  title: 'Guides/Theming',
  args: { scheme: 'page', ...Object.fromEntries(tokens.map((t) => [t.name, ''])) },
  argTypes: {
    scheme: {
      control: 'inline-radio',
      options: ['page', 'light', 'dark'],
      description: "The page's color-scheme (the elements follow it)",
    },
    ...Object.fromEntries(
      tokens.map((t) => [
        t.name,
        {
          control: t.name.includes('color') ? 'color' : 'text',
          description: `${t.description ?? ''} Default: ${t.default ?? '—'}`,
        },
      ]),
    ),
  },
  render: (args) => {
    const page = document.createElement('div');
    page.style.padding = '16px';
    page.style.display = 'grid';
    page.style.gap = '16px';
    if (args.scheme !== 'page') page.style.colorScheme = args.scheme;
    for (const token of tokens) if (args[token.name]) page.style.setProperty(token.name, args[token.name]);
    page.append(document.createElement('iom-presence'), document.createElement('iom-faq'));
    const wrapper = document.createElement('div');
    wrapper.append(page, codeFigure('The CSS for this theme:', themeCss(args)));
    return wrapper;
  },
};
export default meta;

type Story = StoryObj<ThemeArgs>;

export const Playground: Story = {};

export const Dark: Story = { args: { scheme: 'dark' } };

/** A newspaper: serif type, a deep red, no rounded corners. */
export const Newsroom: Story = {
  args: {
    '--iom-font-family': "Georgia, 'Times New Roman', serif",
    '--iom-color-accent': '#8a1c1c',
    '--iom-color-focus': '#8a1c1c',
    '--iom-color-surface': '#faf8f4',
    '--iom-color-surface-raised': '#f1ece1',
    '--iom-color-border': '#d8d2c4',
    '--iom-radius': '0',
  },
};

/** An NGO: a friendly green, rounder corners, roomier spacing. */
export const Ngo: Story = {
  name: 'NGO',
  args: {
    '--iom-color-accent': '#1b6b3a',
    '--iom-color-focus': '#1b6b3a',
    '--iom-color-surface-raised': '#eef6f0',
    '--iom-color-border': '#b9d3c1',
    '--iom-radius': '1em',
    '--iom-space': '1.25em',
  },
};

/** A government site: plain type, strong contrast, square shapes. */
export const Government: Story = {
  args: {
    '--iom-font-family': 'Arial, Helvetica, sans-serif',
    '--iom-color-accent': '#1d70b8',
    '--iom-color-text': '#0b0c0c',
    '--iom-color-text-muted': '#505a5f',
    '--iom-color-focus': '#0b0c0c',
    '--iom-color-border': '#b1b4b6',
    '--iom-radius': '0',
    '--iom-font-size': '19px',
  },
};

/**
 * Windows High Contrast cannot be switched on from a page: to see the real thing, use
 * Chromium's DevTools (Rendering → Emulate CSS media feature forced-colors). This story comes
 * close, with the system colours that mode uses.
 */
export const ForcedColours: Story = {
  name: 'Forced colours (approximation)',
  args: {
    '--iom-color-accent': 'LinkText',
    '--iom-color-on-accent': 'HighlightText',
    '--iom-color-text': 'CanvasText',
    '--iom-color-text-muted': 'CanvasText',
    '--iom-color-surface': 'Canvas',
    '--iom-color-surface-raised': 'Canvas',
    '--iom-color-border': 'CanvasText',
    '--iom-color-focus': 'Highlight',
  },
};
