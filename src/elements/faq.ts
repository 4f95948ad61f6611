import { css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import content from '../../content/en/faq.json';
import type { FaqContent, Question } from '../core/content-types.js';
import { renderHeading, subHeadingLevel } from '../core/heading.js';
import { IomSection } from '../core/iom-section.js';

/**
 * IOM's frequently asked questions. Each question is a button inside a real heading (one level
 * below the element's own) that shows and hides its answer, with the mouse or the keyboard
 * (Enter, Space). Closed answers stay in the page, and the browser's find-in-page opens them.
 *
 * @tagname iom-faq
 * @summary Frequently asked questions, as an accordion.
 *
 * @csspart questions - The container of every question and answer.
 * @csspart question-heading - The heading that holds each question's button.
 * @csspart question - Each question's button.
 * @csspart answer - Each answer's panel.
 *
 * @cssprop [--iom-faq-divider-color=var(--iom-color-border)] - The line between questions.
 */
export class IomFaq extends IomSection<FaqContent> {
  static override styles = [
    IomSection.styles,
    css`
      .questions {
        border-block-start: 1px solid var(--iom-faq-divider-color, var(--_iom-color-border));
      }
      .item {
        border-block-end: 1px solid var(--iom-faq-divider-color, var(--_iom-color-border));
      }
      .question-heading {
        margin: 0;
        font: inherit;
      }
      .question {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: var(--_iom-space);
        inline-size: 100%;
        margin: 0;
        padding: calc(var(--_iom-space) * 0.75) 0;
        border: 0;
        background: none;
        color: var(--_iom-color-text);
        font-family: var(--iom-font-family-heading);
        font-size: 1.0625em;
        font-weight: 600;
        line-height: 1.35;
        text-align: start;
        cursor: pointer;
      }
      .question:hover {
        color: var(--_iom-color-accent);
      }
      .icon {
        flex: none;
        inline-size: 1em;
        block-size: 1em;
        transition: transform 0.2s ease;
      }
      [aria-expanded='true'] > .icon {
        transform: rotate(180deg);
      }
      .answer > p {
        margin: 0;
        padding-block-end: calc(var(--_iom-space) * 0.75);
      }
      @media (forced-colors: active) {
        .question:hover {
          color: Highlight;
        }
      }
      /* On paper every answer shows, and there is nothing to click. */
      @media print {
        .answer[hidden] {
          display: block;
          content-visibility: visible;
        }
        .icon {
          display: none;
        }
      }
    `,
  ];

  protected readonly content: FaqContent = content as FaqContent;

  /** Ids of the questions whose answers are shown. */
  @state() private openIds: ReadonlySet<string> = new Set();

  /** Whether the answer to the question with this content id is shown. */
  isOpen(id: string): boolean {
    return this.openIds.has(id);
  }

  /** Shows or hides one answer, by the question's content id. */
  toggle(id: string, open = !this.isOpen(id)): void {
    if (open === this.isOpen(id)) return;
    const next = new Set(this.openIds);
    if (open) next.add(id);
    else next.delete(id);
    this.openIds = next;
  }

  protected renderBody(): TemplateResult {
    return html`<div class="questions" part="questions">
      ${this.content.questions.map((question) => this.renderQuestion(question))}
    </div>`;
  }

  private renderQuestion({ id, question, answer }: Question): TemplateResult {
    const open = this.isOpen(id);
    const button = html`<button
      id="question-${id}"
      class="question"
      part="question"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="answer-${id}"
      @click=${() => this.toggle(id)}
    >
      <span>${question}</span>
      <svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" />
      </svg>
    </button>`;
    // `until-found` keeps a closed answer searchable: find-in-page reveals it and fires
    // `beforematch`, where we mark it open. Browsers without it treat it as plain `hidden`.
    return html`<div class="item">
      ${renderHeading(subHeadingLevel(this.level), `heading-${id}`, 'question-heading', 'question-heading', button)}
      <div
        id="answer-${id}"
        class="answer"
        part="answer"
        role="region"
        aria-labelledby="question-${id}"
        hidden=${open ? nothing : 'until-found'}
        @beforematch=${() => this.toggle(id, true)}
      >
        <p>${answer}</p>
      </div>
    </div>`;
  }
}
