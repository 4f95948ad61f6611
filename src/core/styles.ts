import { css, unsafeCSS, type CSSResult } from 'lit';

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

/** `--_iom-color-*: var(--iom-color-*, <value>)` for every colour, `value` picked from its pair. */
function colorDeclarations(value: (light: string, dark: string) => string): CSSResult {
  return unsafeCSS(
    Object.entries(PALETTE)
      .map(
        ([name, [light, dark]]) => `--_iom-color-${name}: var(--iom-color-${name}, ${value(light, dark)});`,
      )
      .join(''),
  );
}

/**
 * The colour tokens. Where `light-dark()` is supported (`supported`, a CSS feature test), each
 * colour follows the element's `color-scheme`, inherited from the page unless `theme` forces
 * one. Elsewhere (Safari before 17.5) the element is light, or dark under `theme="dark"`: it
 * cannot read the page's `color-scheme` without `light-dark()`. Tests pass a feature test that
 * never holds to check that fallback in engines that have `light-dark()`.
 */
export function colorTokens(supported = LIGHT_DARK_SUPPORTED): CSSResult {
  return css`
    :host {
      ${colorDeclarations((light) => light)}
    }
    :host([theme='dark']) {
      ${colorDeclarations((_, dark) => dark)}
    }
    @media print {
      :host([theme='dark']) {
        ${colorDeclarations((light) => light)}
      }
    }
    @supports ${unsafeCSS(supported)} {
      :host,
      :host([theme='dark']) {
        ${colorDeclarations((light, dark) => `light-dark(${light}, ${dark})`)}
      }
    }
  `;
}

/**
 * The library's theme tokens, shared by every section element.
 *
 * Public tokens are `--iom-*` custom properties a page may set anywhere above the element;
 * each is read through a private `--_iom-*` twin that holds the default, so an unset token
 * falls back here.
 */
export const tokens = [
  colorTokens(),
  css`
    :host {
      --_iom-font-family: var(
        --iom-font-family,
        system-ui,
        -apple-system,
        'Segoe UI',
        Roboto,
        'Helvetica Neue',
        Arial,
        sans-serif
      );
      --_iom-line-height: var(--iom-line-height, 1.5);
      --_iom-radius: var(--iom-radius, 0.375em);
      --_iom-space: var(--iom-space, 1em);
      --_iom-max-width: var(--iom-max-width, 48em);
    }
  `,
];

/**
 * Base styles. The host resets every property it would otherwise inherit from the page (text
 * styles leak through shadow boundaries), keeping custom properties, `color-scheme` and
 * direction, which are meant to flow in. Sizes are in `em` under `--iom-font-size`, never `rem`,
 * so a page's root font size cannot shrink us. Page rules on the element itself still win over
 * `:host`, so `iom-faq { font-family: inherit }` takes the page's font: blending in is opt-in.
 */
export const baseStyles = css`
  :host {
    all: initial;
    color-scheme: inherit;
    display: block;
    box-sizing: border-box;
    max-inline-size: var(--_iom-max-width);
    font-family: var(--_iom-font-family);
    font-size: var(--iom-font-size, 16px);
    line-height: var(--_iom-line-height);
    color: var(--_iom-color-text);
    background: var(--_iom-color-surface);
    text-align: start;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  /*
   * Not "inherit": a page rule such as "* { box-sizing: content-box }" reaches the host itself.
   * No ::before/::after here: none of ours has a box, and matching them on every element of
   * every instance costs style time on pages with many.
   */
  * {
    box-sizing: border-box;
  }
  ::selection {
    background: var(--_iom-color-accent);
    color: var(--_iom-color-on-accent);
  }
  /* Positioned, so that visually hidden text is placed within the section, not the page. */
  section {
    position: relative;
    display: block;
    padding: var(--_iom-space);
  }
  /* With --iom-font-family-heading unset, var() is invalid and the heading inherits the body font. */
  .heading {
    margin: 0 0 calc(var(--_iom-space) * 0.75);
    font-family: var(--iom-font-family-heading);
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
    color: var(--_iom-color-text);
  }
  p {
    margin: 0 0 var(--_iom-space);
  }
  p:last-child {
    margin-block-end: 0;
  }
  .list {
    margin: 0;
    padding-inline-start: 1.5em;
    list-style: disc;
  }
  .list > li {
    margin-block: 0.25em;
  }
  .list > li::marker {
    color: var(--_iom-color-accent);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :focus-visible {
    outline: 0.1875em solid var(--_iom-color-focus);
    outline-offset: 0.125em;
  }
  /*
   * CanvasText, not Highlight: in some system palettes (Firefox's default on Linux) Highlight
   * is under 3:1 against Canvas, while CanvasText on Canvas is the palette's strongest pair.
   */
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
  /* On paper: light colours, no backgrounds. */
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
      background: none;
    }
  }
`;
