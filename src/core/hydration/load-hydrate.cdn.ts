import { hydrate } from '@lit-labs/ssr-client';

/** The CDN file's hydration: bundled in, so that the file stays one file (see `load-hydrate.ts`). */
export const loadHydrate = (): Promise<typeof hydrate> => Promise.resolve(hydrate);
