import type { hydrate } from '@lit-labs/ssr-client';
import { _$LH, noChange } from 'lit';

/**
 * Where the page's lit-html waits while the hydration file loads: a registered symbol, the same
 * one lit-html-of-page.ts reads, so that the two files agree on it without sharing a module.
 */
const HANDOVER = Symbol.for('iom-elements:lit-html');

/**
 * Lit's hydration, loaded the first time a prerendered element is about to render: pages
 * without prerendered elements never download it. The CDN build's hydration file holds Lit's
 * hydration code alone and takes lit-html from the CDN file, handed over here while it loads
 * (see vite.config.ts, `hydrationOwnLitHtml`); the package's imports its own from the user's
 * bundler, which leaves the handover unread.
 */
export async function loadHydrate(): Promise<typeof hydrate> {
  const global = globalThis as { [HANDOVER]?: unknown };
  global[HANDOVER] = { _$LH, noChange };
  try {
    return (await import('./hydrate.js')).hydrate;
  } finally {
    Reflect.deleteProperty(global, HANDOVER);
  }
}
