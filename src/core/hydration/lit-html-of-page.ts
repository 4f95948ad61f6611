// In the hydration file (./hydrate.js), this module stands for lit-html (vite.config.ts,
// `hydrationOwnLitHtml`): hydration must work on the page's own copy of Lit, whose parts and
// `noChange` it compares by identity, handed over by load-hydrate.ts while this file loads.
import type { _$LH as LitHtmlInternals, noChange as NoChange } from 'lit-html';

const HANDOVER = Symbol.for('iom-elements:lit-html');

const lit = (globalThis as { [HANDOVER]?: { _$LH: typeof LitHtmlInternals; noChange: typeof NoChange } })[
  HANDOVER
];
if (!lit) throw new Error('iom-elements: its hydration file is loaded by the library, not on its own.');

export const { _$LH, noChange } = lit;
