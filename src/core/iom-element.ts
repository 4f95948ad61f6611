import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import {
  DEFAULT_HEADING_LEVEL,
  headingLevelConverter,
  nearestHeadingLevel,
  type HeadingLevel,
} from './heading.js';
import { baseStyles, tokens } from './styles.js';
import { warnOnce } from './warn.js';

export type Theme = 'light' | 'dark';

/**
 * What every iom-elements element shares: the `heading`, `heading-level` and `theme`
 * attributes, the theme tokens and the base styles.
 *
 * @csspart section - The `<section>` landmark that holds the element's content.
 * @csspart heading - The element's own heading (`<h1>`–`<h6>`).
 *
 * @cssprop [--iom-color-accent=light-dark(#0033a0, #9db9ff)] - Accent: figures, list markers, hover, selection.
 * @cssprop [--iom-color-on-accent=light-dark(#ffffff, #0b1326)] - Text on the accent colour (selected text).
 * @cssprop [--iom-color-text=light-dark(#1b1f24, #e9ebef)] - Body and heading text.
 * @cssprop [--iom-color-text-muted=light-dark(#4b5361, #b7bdc7)] - Secondary text (figure labels).
 * @cssprop [--iom-color-surface=light-dark(#ffffff, #15171c)] - The element's background.
 * @cssprop [--iom-color-surface-raised=light-dark(#f2f4f8, #23262d)] - Raised boxes (figures).
 * @cssprop [--iom-color-border=light-dark(#c3c9d3, #454a55)] - Borders and dividers.
 * @cssprop [--iom-color-focus=light-dark(#0033a0, #9db9ff)] - The keyboard focus ring.
 * @cssprop [--iom-font-family=system-ui, …, sans-serif] - Body font. To take the page's font, set `font-family: inherit` on the element.
 * @cssprop [--iom-font-family-heading=the body font] - Headings, FAQ questions, figure values.
 * @cssprop [--iom-font-size=16px] - Base font size; every size inside is in `em` of it.
 * @cssprop [--iom-line-height=1.5] - Body line height.
 * @cssprop [--iom-radius=0.375em] - Corner radius.
 * @cssprop [--iom-space=1em] - Spacing unit: padding and gaps are multiples of it.
 * @cssprop [--iom-max-width=48em] - The element's maximum inline size.
 */
export abstract class IomElement extends LitElement {
  static override styles: CSSResultGroup = [tokens, baseStyles];

  /** Replaces the title text. Always rendered as text, never as HTML. */
  @property() heading?: string;

  /**
   * The level (1–6) of the element's own heading; headings inside it nest below.
   * An out-of-range or non-numeric value falls back to the nearest valid level, with a warning.
   */
  @property({ attribute: 'heading-level', converter: headingLevelConverter }) headingLevel: number =
    DEFAULT_HEADING_LEVEL;

  /** Forces a colour scheme; otherwise the element follows the host page's `color-scheme`. */
  @property({ reflect: true }) theme?: Theme;

  /** The heading level in use: `headingLevel`, made valid. */
  protected level: HeadingLevel = DEFAULT_HEADING_LEVEL;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) {
      this.level = nearestHeadingLevel(this.headingLevel);
      if (this.level !== this.headingLevel) {
        const given = this.getAttribute('heading-level') ?? String(this.headingLevel);
        warnOnce(
          this,
          `<${this.localName}> heading-level="${given}" is not a whole number from 1 to 6; using ${this.level}.`,
        );
      }
    }
    if (changed.has('theme') && this.theme && this.theme !== 'light' && this.theme !== 'dark') {
      warnOnce(
        this,
        `<${this.localName}> theme="${String(this.theme)}" is not "light" or "dark"; following the page's color-scheme.`,
      );
    }
  }

  /** The heading's text: `heading` when given (and not blank), else `fallback`. */
  protected headingText(fallback: string): string {
    return this.heading?.trim() ? this.heading : fallback;
  }
}
