import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
// Generated from the elements' JSDoc by `cem analyze` (npm run build, or before Storybook starts).
import manifest from '../custom-elements.json';
import './preview.css';

setCustomElementsManifest(manifest);

const preview: Preview = {
  // Toolbar switches for the page's language and direction: stories render inside
  // <div lang dir>, as on a host page, and the elements take both from there.
  globalTypes: {
    lang: {
      description: 'Language of the host page',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
          { value: 'es', title: 'Español' },
        ],
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
