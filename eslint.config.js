import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'node_modules/',
      'custom-elements.json',
      'test/__snapshots__/',
      'test-results/',
      'src/generated/override-rules.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests reach into shadow roots they have just rendered.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Chai's assertions are property reads: `expect(x).to.exist`.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: [
      'scripts/**/*.mjs',
      '*.mjs',
      '*.js',
      'bin/**/*.js',
      'examples/**/*.{js,mjs}',
      'test/**/*.mjs',
      'bench/**/*.mjs',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // Server-side test commands pass functions to the browser (page.evaluate); fixtures run there.
    files: [
      'test/server-commands.mjs',
      'test/fixtures/**/*.js',
      'bench/**/*.mjs',
      'bench/**/*.js',
      'test/consumers/*.mjs',
      'test/wordpress/*.mjs',
    ],
    languageOptions: { globals: globals.browser },
  },
  {
    // The WordPress plugin's own scripts run in the admin's browser, on WordPress's globals.
    files: ['wordpress/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    // An Angular component is a decorated class, often with nothing in it.
    files: ['examples/angular/**/*.ts'],
    rules: { '@typescript-eslint/no-extraneous-class': ['error', { allowWithDecorator: true }] },
  },
);
