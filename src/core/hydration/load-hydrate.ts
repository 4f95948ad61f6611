import type { hydrate } from '@lit-labs/ssr-client';
import { _$LH, noChange } from 'lit';
import { HANDOVER } from './handover.js';

/**
 * Lit's hydration, loaded the first time a prerendered element is about to render: pages
 * without prerendered elements never download it. Its file holds Lit's hydration code only:
 * lit-html itself is this page's copy, handed over while the file loads (hydration compares
 * lit-html's parts and `noChange` by identity, and a bundler sharing lit-html with a lazy file
 * would split it out of the main file; see vite.config.ts, `hydrationOwnLitHtml`).
 */
export async function loadHydrate(): Promise<typeof hydrate> {
  const global = globalThis as { [HANDOVER]?: unknown };
  global[HANDOVER] = { _$LH, noChange };
  try {
    return (await import('./hydrate.js')).hydrate;
  } finally {
    delete global[HANDOVER];
  }
}
