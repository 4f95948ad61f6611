// Lit's hydration, the one file loaded for prerendered elements (load-hydrate.ts). Built with
// its own copies of the lit-html helpers it uses and the page's lit-html (vite.config.ts).
export { hydrate } from '@lit-labs/ssr-client';
