// Lit's hydration, as a chunk of our own: loaded by a relative import (see load-hydrate.ts),
// which every server and bundler resolves, where some dev servers leave a bare one unresolved.
export { hydrate } from '@lit-labs/ssr-client';
