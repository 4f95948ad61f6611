import type { hydrate } from '@lit-labs/ssr-client';

/**
 * Lit's hydration, loaded the first time a prerendered element is about to render: pages
 * without prerendered elements never download it. (The CDN build takes `load-hydrate.cdn.ts`
 * instead: its bundler would split Lit itself into a second file to share it with this chunk.)
 */
export const loadHydrate = (): Promise<typeof hydrate> =>
  import('./hydrate.js').then((module) => module.hydrate);
