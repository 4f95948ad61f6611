/**
 * Where the page's lit-html waits while the hydration file loads (load-hydrate.ts): a registered
 * symbol, so that the two files agree on it without sharing a module.
 */
export const HANDOVER = Symbol.for('iom-elements:lit-html');
