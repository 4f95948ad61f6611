import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_HEADING_LEVEL, headingLevelConverter, nearestHeadingLevel, type HeadingLevel } from './heading.js';
import { baseStyles, tokens } from './styles.js';
import { warnOnce } from './warn.js';

export type Theme = 'light' | 'dark';

/**
 * What every iom-elements element shares: the `heading`, `heading-level` and `theme`
 * attributes, the theme tokens and the base styles.
 */
export abstract class IomElement extends LitElement {
  static override styles: CSSResultGroup = [tokens, baseStyles];

  /** Replaces the title text. Always rendered as text, never as HTML. */
  @property() heading?: string;

  /**
   * The level (1–6) of the element's own heading; headings inside it nest below.
   * An out-of-range or non-numeric value falls back to the nearest valid level, with a warning.
   */
  @property({ attribute: 'heading-level', converter: headingLevelConverter }) headingLevel: number = DEFAULT_HEADING_LEVEL;

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
    if (changed.has('theme') && this.theme != null && this.theme !== 'light' && this.theme !== 'dark') {
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
