import { defineConfig } from 'vite';

// Storybook's own build: no library mode, no externals. JSON content imports work as in the library.
export default defineConfig({});
