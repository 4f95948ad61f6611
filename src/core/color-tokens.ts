import { unsafeCSS, type CSSResult } from 'lit';

/** The default colours, light and dark, of each `--iom-color-*` token. */
const PALETTE = {
  accent: ['#0033a0', '#9db9ff'],
  'on-accent': ['#ffffff', '#0b1326'],
  text: ['#1b1f24', '#e9ebef'],
  'text-muted': ['#4b5361', '#b7bdc7'],
  surface: ['#ffffff', '#15171c'],
  'surface-raised': ['#f2f4f8', '#23262d'],
  border: ['#c3c9d3', '#454a55'],
  focus: ['#0033a0', '#9db9ff'],
} as const;

/** The CSS feature test that chooses `light-dark()` colours over the fallback. */
export const LIGHT_DARK_SUPPORTED = '(color: light-dark(#000, #fff))';

/** `--_iom-color-*:var(--iom-color-*,<value>)` for every colour, `value` picked from its pair. */
function colorDeclarations(value: (light: string, dark: string) => string): string {
  return Object.entries(PALETTE)
    .map(([name, [light, dark]]) => `--_iom-color-${name}:var(--iom-color-${name},${value(light, dark)})`)
    .join(';');
}

/**
 * The colour tokens. Where `light-dark()` is supported (`supported`, a CSS feature test), each
 * colour follows the element's `color-scheme`, inherited from the page unless `theme` forces
 * one. Elsewhere (Safari before 17.5) the element is light, or dark under `theme="dark"` (light
 * on paper): it cannot read the page's `color-scheme` without `light-dark()`. Tests pass a
 * feature test that never holds to check that fallback in engines that have `light-dark()`.
 * (Built as compact CSS text with `unsafeCSS`, in a module of its own: the build's template
 * minifier skips every template of a file that uses `unsafeCSS`.)
 */
export function colorTokens(supported = LIGHT_DARK_SUPPORTED): CSSResult {
  const light = colorDeclarations((l) => l);
  const dark = colorDeclarations((_, d) => d);
  const both = colorDeclarations((l, d) => `light-dark(${l},${d})`);
  return unsafeCSS(
    `:host{${light}}:host([theme=dark]){${dark}}@media print{:host([theme=dark]){${light}}}` +
      `@supports ${supported}{:host,:host([theme=dark]){${both}}}`,
  );
}
