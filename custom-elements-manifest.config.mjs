// `cem analyze` reads the elements' JSDoc into custom-elements.json (editors, Storybook, docs).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
