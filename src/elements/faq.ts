import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import content from '../../content/en/faq.json';
import type { FaqContent, Question } from '../core/content-types.js';
import { headingTag, subHeadingLevel } from '../core/heading.js';
import { features } from '../core/features.js';
import { IomSection } from '../core/iom-section.js';
import { ArrowKeysController } from '../core/controllers/arrow-keys.js';
import { DeepLinkController } from '../core/controllers/deep-link.js';
import { faqStyles } from './faq.styles.js';
import { StructuredDataController } from '../core/controllers/structured-data.js';
import { warnOnce } from '../core/warn.js';

/** Detail of the `iom-faq-toggle` event. */
export interface IomFaqToggleDetail {
  /** The question's content id, e.g. `iom-and-unhcr`. */
  id: string;
  /** Whether its answer is now shown. */
  open: boolean;
}

/** Where a question lives in the page: `#faq-<content id>` opens it. */
const anchorOf = (id: string) => `faq-${id}`;

/** The content id of the question an event happened in, from its item's anchor. */
const questionIdAt = (target: EventTarget | null): string | undefined =>
  (target as Element | null)?.closest('.item')?.id.slice(anchorOf('').length);

declare global {
  interface HTMLElementEventMap {
    /** `<iom-faq>`: an answer was shown or hidden. */
    'iom-faq-toggle': CustomEvent<IomFaqToggleDetail>;
  }
}

/**
 * IOM's frequently asked questions, as an accordion following the WAI-ARIA Authoring Practices:
 * each question is a button inside a real heading (one level below the element's own) that
 * shows and hides its answer, and each answer is a region labelled by its question.
 *
 * Keyboard: Tab moves between the questions and controls; Enter or Space shows or hides an
 * answer; Up and Down arrows move between questions (wrapping), Home and End go to the first
 * and last. Closed answers stay in the page (`hidden="until-found"`), so the browser's
 * find-in-page finds and opens them. Each question can be linked to as `#faq-<id>`: opening the
 * page at that address, or moving to it later, opens the question and scrolls to it.
 *
 * @tagname iom-faq
 * @summary Frequently asked questions, as an accessible accordion.
 *
 * @fires {CustomEvent<IomFaqToggleDetail>} iom-faq-toggle - An answer was shown or hidden (by the reader or by a method). Bubbles and is composed; `detail` is `{ id, open }`.
 *
 * @csspart toolbar - The row that holds the "Show all / Hide all" button.
 * @csspart toggle-all - The "Show all / Hide all" button.
 * @csspart questions - The container of every question and answer.
 * @csspart question-heading - The heading that holds each question's button.
 * @csspart question - Each question's button.
 * @csspart answer - Each answer's panel.
 * @csspart copy-link - The "Copy link" button of each open answer.
 * @csspart link-to-copy - Where the clipboard is refused: the label and field that show the link, selected, to copy by hand.
 *
 * @cssprop [--iom-faq-divider-color=var(--iom-color-border)] - The line between questions.
 */
export class IomFaq extends IomSection<FaqContent> {
  static override properties: PropertyDeclarations = {
    open: {},
    single: { type: Boolean, reflect: true },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    openIds: { state: true, attribute: false },
    copiedId: { state: true, attribute: false },
    manualCopyId: { state: true, attribute: false },
  };

  static override styles = [IomSection.styles, faqStyles];

  protected readonly content: FaqContent = content as FaqContent;

  constructor() {
    super();
    this.single = false;
    this.structuredData = false;
  }

  /**
   * Which answers are shown at first: present and empty (or `all`) for every one, or
   * space-separated question ids (`open="iom-and-unhcr safe-migration"`). Setting it again
   * applies it again. As a property it also takes `true` (every answer) and `false` (none, as
   * when absent), which is what a framework's `:open="false"` or `open={false}` sets.
   */
  declare open?: string | boolean;

  /** One answer at a time: showing one hides the one that was shown. No "Show all" then. */
  declare single: boolean;

  /**
   * Adds schema.org `FAQPage` JSON-LD to the page (in the element's light DOM), for crawlers.
   * Skipped where Trusted Types forbid it.
   */
  declare structuredData: boolean;

  /** Ids of the questions whose answers are shown. */
  private openIds: ReadonlySet<string> = new Set();

  /** The id of the question whose "Copy link" just worked, for the status message. */
  private copiedId?: string;

  /** The id of the question whose link the clipboard refused: shown selected, to copy by hand. */
  private manualCopyId?: string;

  /** `#faq-<id>` in the page's address opens that question, at load and whenever it moves there. */
  private readonly deepLink = new DeepLinkController(this, anchorOf(''));

  /** Up, Down, Home and End move between the questions (the accordion pattern's optional keys). */
  protected readonly arrowKeys = new ArrowKeysController(this, '.question');

  /** For the deep links: the questions that can be linked to. @internal */
  get linkTargets(): string[] {
    return this.questionIds;
  }

  /** For the deep links: opens a question the address moved to, and brings it into view. @internal */
  async revealLinked(id: string): Promise<void> {
    this.show(id);
    await this.updateComplete;
    this.scrollToQuestion(id);
  }

  /** The content ids of the questions, in order. */
  get questionIds(): string[] {
    return this.content.questions.map((question) => question.id);
  }

  /** Whether the answer to the question with this content id is shown. */
  isOpen(id: string): boolean {
    return this.openIds.has(id);
  }

  /** Shows one answer, by its question's content id (in `single` mode, hiding the others). */
  show(id: string): void {
    if (!this.known(id)) return;
    this.setOpen(this.single ? [id] : [...this.openIds, id]);
  }

  /** Hides one answer, by its question's content id. */
  hide(id: string): void {
    if (!this.known(id)) return;
    this.setOpen([...this.openIds].filter((open) => open !== id));
  }

  /** Shows the answer if hidden, hides it if shown. */
  toggle(id: string, open = !this.isOpen(id)): void {
    if (open) this.show(id);
    else this.hide(id);
  }

  /** Shows every answer (not in `single` mode). */
  showAll(): void {
    if (this.single) {
      warnOnce(this, '<iom-faq single> shows one answer at a time; showAll() does nothing.');
      return;
    }
    this.setOpen(this.questionIds);
  }

  /** Hides every answer. */
  hideAll(): void {
    this.setOpen([]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    let open = changed.has('open') ? this.parseOpen() : [...this.openIds];
    // A page opened at #faq-<id> shows that answer from the first render (a prerendered FAQ
    // right after it: its first render must match the server's).
    const linked = this.hasUpdated || this.prerendered ? undefined : this.deepLink.linkedId;
    if (linked) open = [linked, ...open.filter((id) => id !== linked)];
    if (changed.has('open') || changed.has('single') || linked)
      this.openIds = new Set(this.limitToSingle(open));
  }

  protected override firstUpdated(): void {
    const linked = this.deepLink.linkedId;
    if (linked && this.prerendered) void this.revealLinked(linked);
    else if (linked) this.scrollToQuestion(linked);
  }

  protected readonly jsonLd = new StructuredDataController(this);

  /** For the structured data: schema.org `FAQPage`, when `structured-data` asks for it. @internal */
  structuredDataOf(): object | null {
    if (!this.structuredData) return null;
    return {
      '@type': 'FAQPage',
      inLanguage: this.shownLanguage,
      mainEntity: this.shownContent.questions.map(({ question, answer }) => ({
        '@type': 'Question',
        name: question,
        acceptedAnswer: { '@type': 'Answer', text: answer },
      })),
    };
  }

  /** The ids the `open` attribute names; unknown ones are reported and dropped. */
  private parseOpen(): string[] {
    if (this.open == null || this.open === false) return [];
    if (this.open === true) return this.questionIds;
    const names = String(this.open)
      .split(/[\s,]+/)
      .filter(Boolean);
    if (names.length === 0 || (names.length === 1 && names[0] === 'all')) return this.questionIds;
    return names.filter((id) => this.known(id));
  }

  private limitToSingle(ids: string[]): string[] {
    return this.single ? ids.slice(0, 1) : ids;
  }

  private known(id: string): boolean {
    if (this.questionIds.includes(id)) return true;
    warnOnce(this, `<iom-faq> has no question "${id}"; its questions are ${this.questionIds.join(', ')}.`);
    return false;
  }

  /** Makes exactly `ids` open, and tells the page about each answer that changed. */
  private setOpen(ids: readonly string[]): void {
    const next = new Set(ids);
    const changed = this.questionIds.filter((id) => next.has(id) !== this.openIds.has(id));
    if (changed.length === 0) return;
    // Focus inside an answer that closes would fall to the page: keep it on that question.
    const focusedItem = this.renderRoot.querySelector('.answer:focus-within')?.closest<HTMLElement>('.item');
    const refocus =
      focusedItem && !next.has(questionIdAt(focusedItem) ?? '')
        ? focusedItem.querySelector<HTMLElement>('.question')
        : null;
    this.openIds = next;
    if (refocus) void this.updateComplete.then(() => refocus.focus());
    for (const id of changed) {
      this.dispatchEvent(
        new CustomEvent<IomFaqToggleDetail>('iom-faq-toggle', {
          detail: { id, open: next.has(id) },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }

  /** Brings a question into view and puts focus on it, as following a link to an id does. */
  private scrollToQuestion(id: string): void {
    const item = this.renderRoot.querySelector<HTMLElement>(`#${anchorOf(id)}`);
    item?.scrollIntoView({ block: 'start' });
    item?.querySelector<HTMLElement>('.question')?.focus({ preventScroll: true });
  }

  /** The address that opens one question. */
  private linkTo(id: string): string {
    const url = new URL(location.href);
    url.hash = anchorOf(id);
    return url.href;
  }

  /**
   * Copies the address of one question. Where the clipboard is refused (an insecure page, a
   * denied permission), the address is shown in a field, selected, for the reader to copy;
   * the page's own address is never touched.
   */
  private async copyLink(id: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.linkTo(id));
      this.manualCopyId = undefined;
      this.copiedId = id;
      setTimeout(() => {
        if (this.copiedId === id) this.copiedId = undefined;
      }, 3000);
    } catch {
      this.manualCopyId = id;
      await this.updateComplete;
      const field = this.renderRoot.querySelector<HTMLInputElement>(`#${anchorOf(id)} .link-to-copy input`);
      field?.focus();
      field?.select();
    }
  }

  // One listener each for every question, not one per button and answer: fewer bindings to
  // build and keep for each of many FAQs on a page.
  private onClick(event: MouseEvent): void {
    const button = (event.target as Element).closest('button');
    const id = questionIdAt(button);
    if (!button || !id) return;
    if (button.classList.contains('question')) this.toggle(id);
    else if (button.classList.contains('copy-link')) void this.copyLink(id);
  }

  /** Find-in-page (or a link) is about to reveal a closed answer: mark it open. */
  private onBeforeMatch(event: Event): void {
    const id = questionIdAt(event.target);
    if (id) this.show(id);
  }

  protected renderBody(): TemplateResult {
    const allOpen = this.questionIds.every((id) => this.openIds.has(id));
    const { labels } = this.shownContent;
    const answerIds = this.questionIds.map((id) => `${anchorOf(id)}-answer`).join(' ');
    return html`${
        this.single
          ? nothing
          : html`<div class="toolbar" part="toolbar">
              <button
                class="text-button"
                part="toggle-all"
                aria-expanded=${allOpen ? 'true' : 'false'}
                aria-controls=${answerIds}
                @click=${() => (allOpen ? this.hideAll() : this.showAll())}
              >
                ${allOpen ? labels.hideAll : labels.showAll}
              </button>
            </div>`
      }
      <div class="questions" part="questions" @click=${this.onClick} @beforematch=${this.onBeforeMatch}>
        ${this.shownContent.questions.map((question) => this.renderQuestion(question))}
      </div>`;
  }

  private renderQuestion({ id, question, answer }: Question): TemplateResult {
    const open = this.isOpen(id);
    const anchor = anchorOf(id);
    const heading = headingTag(subHeadingLevel(this.level));
    // `until-found` keeps a closed answer searchable: find-in-page reveals it and fires
    // `beforematch` (it bubbles to onBeforeMatch), where we mark it open. Browsers without it
    // get a plain `hidden` (what they would make of `until-found` anyway). Only an open answer
    // is a region: Chromium keeps `until-found`
    // boxes in the accessibility tree, and empty landmarks would crowd a screen reader's list.
    return staticHtml`<div class="item" id=${anchor}>
      <${heading} class="question-heading" part="question-heading"
        ><button
          id="${anchor}-question"
          class="question"
          part="question"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="${anchor}-answer"
        >
          <span>${question}</span>
          <span class="icon" aria-hidden="true"></span>
        </button></${heading}
      >
      <div
        id="${anchor}-answer"
        class="answer"
        part="answer"
        role=${open ? 'region' : nothing}
        aria-labelledby=${open ? `${anchor}-question` : nothing}
        hidden=${open ? nothing : features().untilFound ? 'until-found' : ''}
      >
        <p>${answer}</p>
        ${open ? this.renderAnswerTools(id) : nothing}
      </div>
    </div>`;
  }

  /** The "Copy link" button and its status, built only for an open answer (a closed one needs only its text, for find-in-page). */
  private renderAnswerTools(id: string): TemplateResult {
    return html`<div class="answer-tools">
        <button class="text-button copy-link" part="copy-link">
          <svg
            class="link-icon"
            viewBox="0 0 16 16"
            width="14"
            height="14"
            aria-hidden="true"
            focusable="false"
          >
            <path
              d="M6.5 9.5l3-3M7 4.5l1-1a2.5 2.5 0 013.5 3.5l-1 1M9 11.5l-1 1A2.5 2.5 0 014.5 9l1-1"
              fill="none"
              stroke="currentColor"
              stroke-width="1.5"
              stroke-linecap="round"
            />
          </svg>
          ${this.shownContent.labels.copyLink}
        </button>
        <span class="status" role="status"
          >${this.copiedId === id ? this.shownContent.labels.linkCopied : ''}</span
        >
      </div>
      ${
        this.manualCopyId === id
          ? html`<label class="link-to-copy" part="link-to-copy"
              >${this.shownContent.labels.linkToCopy}
              <input
                readonly
                dir="ltr"
                .value=${this.linkTo(id)}
                @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()}
            /></label>`
          : nothing
      }`;
  }
}
