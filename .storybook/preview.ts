import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Generated from the elements' JSDoc by `cem analyze` (npm run build, or before Storybook starts).
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    // A failing play function fails the story (and so the story smoke test), not just a log line.
    throwPlayFunctionExceptions: true,
  },
};

export default preview;
