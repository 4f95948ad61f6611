/** A strict tsconfig.json for a consumer project, checking `src`. */
export const tsconfig = (extra = {}) =>
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'bundler',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      ...extra,
    },
    include: ['src'],
  });
