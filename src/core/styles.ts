import { css } from 'lit';
import { colorTokens } from './color-tokens.js';

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
    /* medium: the reader's default size, whatever the page's root font size. */
    font-size: var(--iom-font-size, medium);
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
  /*
   * Arabic and Chinese in each system's own fonts, none downloaded: macOS and iOS (-apple-system:
   * SF Arabic, PingFang; then Geeza Pro, Hiragino), Windows (Segoe UI, Microsoft YaHei), Android
   * and Linux (Noto, then Tahoma, WenQuanYi). Simplified Chinese fonts, named before any other
   * CJK font, so that characters take their Chinese forms. Chinese reads better with more space
   * between lines. A page's --iom-font-family and --iom-line-height still win.
   */
  [lang]:lang(ar) {
    font-family: var(
      --iom-font-family,
      -apple-system,
      'Segoe UI',
      'Noto Sans Arabic',
      'Noto Naskh Arabic',
      'Geeza Pro',
      Tahoma,
      sans-serif
    );
  }
  [lang]:lang(zh) {
    font-family: var(
      --iom-font-family,
      -apple-system,
      'PingFang SC',
      'Hiragino Sans GB',
      'Microsoft YaHei',
      'Noto Sans CJK SC',
      'Noto Sans SC',
      'Source Han Sans SC',
      'WenQuanYi Micro Hei',
      sans-serif
    );
    line-height: var(--iom-line-height, 1.75);
  }
  [lang]:lang(zh) .heading {
    line-height: 1.4;
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
