import { LANGUAGES } from '../src/core/content-types.js';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
// Generated from the elements' JSDoc by `cem analyze` (npm run build, or before Storybook starts).
import manifest from '../custom-elements.json';
import './preview.css';

setCustomElementsManifest(manifest);

/** A language's name in that language, capitalized as a menu shows it. */
const languageName = (lang: string) => {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
};

const preview: Preview = {
  // Toolbar switches for the page's language and direction: stories render inside
  // <div lang dir>, as on a host page, and the elements take both from there.
  globalTypes: {
    lang: {
      description: 'Language of the host page',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        // Every language content/ has, named in itself ("Français").
        items: LANGUAGES.map((value) => ({ value, title: languageName(value) })),
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Direction of the host page',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', dir: 'ltr' },
  decorators: [
    (story, { globals }) =>
      html`<div lang=${globals.lang ?? 'en'} dir=${globals.dir ?? 'ltr'}>${story()}</div>`,
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    // A failing play function fails the story (and so the story smoke test), not just a log line.
    throwPlayFunctionExceptions: true,
  },
};

export default preview;
