import { css, html, type TemplateResult } from 'lit';
import content from '../../content/en/presence.json';
import type { PresenceContent } from '../core/content-types.js';
import { IomSection } from '../core/iom-section.js';

/**
 * IOM's global presence: its key figures (member states, countries, headquarters) shown large
 * enough to take in at a glance, each read by screen readers as one phrase, followed by the
 * source sentence.
 *
 * @tagname iom-presence
 * @summary Global presence, with key figures.
 *
 * @csspart figures - The `<ul>` of figures.
 * @csspart figure - Each figure (`<li>`).
 * @csspart figure-value - The large value of a figure ("173").
 * @csspart figure-label - The label under a value ("member states").
 *
 * @cssprop [--iom-presence-value-size=2.25em] - Font size of the figures' values.
 */
export class IomPresence extends IomSection<PresenceContent> {
  static override styles = [
    IomSection.styles,
    css`
      .figures {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(10em, 1fr));
        gap: calc(var(--_iom-space) * 0.75);
        margin: 0 0 var(--_iom-space);
        padding: 0;
        list-style: none;
      }
      /* A size container, so that a value can shrink to fit its own box (below). */
      .figure {
        container-type: inline-size;
        padding: calc(var(--_iom-space) * 0.75);
        border-radius: var(--_iom-radius);
        background: var(--_iom-color-surface-raised);
        border: 1px solid var(--_iom-color-border);
      }
      .figure-visual {
        display: flex;
        flex-direction: column;
      }
      .value {
        font-family: var(--iom-font-family-heading);
        font-size: var(--iom-presence-value-size, 2.25em);
        font-weight: 700;
        line-height: 1.1;
        color: var(--_iom-color-accent);
      }
      /*
       * In a narrow box the value shrinks rather than break mid-word ("Genev / a"): at most a
       * fifth of the box's width per em, room for about five letters of a bold sans.
       */
      @supports (font-size: 1cqi) {
        .value {
          font-size: min(var(--iom-presence-value-size, 2.25em), 20cqi);
        }
      }
      .label {
        color: var(--_iom-color-text-muted);
      }
      @media print {
        .figure {
          background: none;
        }
      }
    `,
  ];

  protected readonly content: PresenceContent = content as PresenceContent;

  protected renderBody(): [TemplateResult, unknown] {
    // The value and label are two boxes on screen, but one phrase to a screen reader:
    // the phrase is spoken, the visual pair is hidden from the accessibility tree.
    // role="list": Safari drops list semantics from lists styled without markers.
    return [
      html`<ul class="figures" part="figures" role="list">
        ${this.shownContent.figures.map(
          (figure) =>
            html`<li class="figure" part="figure">
              <span class="visually-hidden">${figure.phrase}</span>
              <span class="figure-visual" aria-hidden="true">
                <span class="value" part="figure-value">${figure.value}</span>
                <span class="label" part="figure-label">${figure.label}</span>
              </span>
            </li>`,
        )}
      </ul>`,
      this.renderParagraphs(),
    ];
  }
}
