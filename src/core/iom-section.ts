import { css, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { loadedSectionContent, loadSectionContent } from './content-loader.js';
import type { ListItem, SectionContent } from './content-types.js';
import { headingTag } from './heading.js';
import { IomElement } from './iom-element.js';
import { directionOf, SOURCE_LANGUAGE, type Language } from './languages.js';
import { mergeContent } from './merge-content.js';

/**
 * The base of every section element: a `<section>` landmark labelled by a real heading, then
 * the section's body, in the language in force. A subclass names its English content
 * (imported from `content/`) and renders its body from `shownContent`; it never reaches into
 * another section's content.
 *
 * @csspart paragraph - Each paragraph of running text.
 * @csspart link - A link after the section, where an override gives one.
 */
export abstract class IomSection<C extends SectionContent = SectionContent> extends IomElement {
  static override properties: PropertyDeclarations = { translated: { state: true, attribute: false } };

  static override styles = [
    IomElement.styles,
    css`
      .link {
        margin-block: var(--_iom-space) 0;
      }
      .link a {
        color: var(--_iom-color-accent);
        text-underline-offset: 0.2em;
      }
    `,
  ];

  /** Loads a section's content in another language (a class-wide hook, for tests to replace). */
  protected static loadContent = loadSectionContent;

  /** The section's words in English, bundled with the element. */
  protected abstract readonly content: C;

  /** The content of another language, once loaded. */
  private translated?: { lang: Language; content: C };

  /** What is shown: the content in the language in force (English until it has loaded), with overrides. */
  protected shownContent!: C;

  /** The language of `shownContent`. */
  protected shownLanguage: Language = SOURCE_LANGUAGE;

  /** Work an update started that `updateComplete` waits for (structured data being written). */
  private unfinished?: Promise<unknown>;

  /** For controllers: `updateComplete` resolves only once `work` has settled too. @internal */
  finishAfterUpdate(work: Promise<unknown>): void {
    const all: Promise<unknown> = Promise.all([this.unfinished, work.catch(() => undefined)]).then(() => {
      // Settled: nothing left to wait for (and no chain of old promises kept).
      if (this.unfinished === all) this.unfinished = undefined;
    });
    this.unfinished = all;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.unfinished;
    return result;
  }

  /** The language last asked for, so that it is requested once, not on every update. */
  private requested?: Language;

  override connectedCallback(): void {
    super.connectedCallback();
    // A language whose load failed is tried again when the element comes back.
    if (this.requested && this.requested !== SOURCE_LANGUAGE && this.translated?.lang !== this.requested) {
      this.requested = undefined;
      this.requestUpdate();
    }
  }

  /**
   * A prerendered element hydrates in the language it was rendered in: its first render waits
   * for that language's content rather than showing English over the server's words.
   */
  protected override async scheduleUpdate(): Promise<void> {
    const lang = this.language;
    if (this.prerendered && !this.hasUpdated && lang !== SOURCE_LANGUAGE) {
      if (!loadedSectionContent(this.content.section, lang)) await this.load(lang);
    }
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const wanted = this.language;
    // Content another element already loaded shows at once.
    if (wanted !== SOURCE_LANGUAGE && this.translated?.lang !== wanted) {
      const arrived = loadedSectionContent(this.content.section, wanted) as C | undefined;
      if (arrived) this.translated = { lang: wanted, content: arrived };
    }
    if (wanted !== this.requested) {
      this.requested = wanted;
      if (wanted !== SOURCE_LANGUAGE && this.translated?.lang !== wanted) void this.load(wanted);
    }
    const base =
      wanted !== SOURCE_LANGUAGE && this.translated?.lang === wanted
        ? this.translated
        : { lang: SOURCE_LANGUAGE as Language, content: this.content };
    const section = this.content.section;
    this.shownLanguage = base.lang;
    this.shownContent = mergeContent(base.content, this.settings?.content[base.lang]?.[section]);
  }

  private async load(lang: Language): Promise<void> {
    try {
      const { loadContent } = this.constructor as typeof IomSection;
      const content = (await loadContent(this.content.section, lang)) as C;
      if (this.language === lang) this.translated = { lang, content };
    } catch (error) {
      // Once per attempt, with the error itself (and its stack); English stays. Asking for the
      // language again (a change of `lang`, or the element reconnecting) tries again.
      console.error(
        `<${this.localName}> could not load its ${lang} content; showing ${SOURCE_LANGUAGE} instead.`,
        error,
      );
    }
  }

  override render(): TemplateResult {
    const { title, link } = this.shownContent;
    const heading = headingTag(this.level);
    return staticHtml`<section
      aria-labelledby="heading"
      part="section"
      lang=${this.shownLanguage}
      dir=${this.direction()}
    >
      <${heading} id="heading" class="heading" part="heading">${this.headingText(title)}</${heading}>
      ${this.renderBody()}
      ${link ? html`<p class="link"><a href=${link.href} part="link">${link.text}</a></p>` : nothing}
    </section>`;
  }

  /**
   * The direction of the content's language, whatever the page's: Arabic runs right to left on
   * an English page, and English left to right on an Arabic `dir="rtl"` one.
   */
  private direction(): 'rtl' | 'ltr' {
    return directionOf(this.shownLanguage);
  }

  /** Everything below the heading. */
  protected abstract renderBody(): unknown;

  protected renderParagraphs(paragraphs: readonly string[] = this.shownContent.paragraphs ?? []): unknown {
    return paragraphs.map((text) => html`<p part="paragraph">${text}</p>`);
  }

  protected renderList(items: readonly ListItem[] = this.shownContent.items ?? []): TemplateResult {
    return html`<ul class="list" part="list">
      ${items.map((item) => html`<li part="item">${item.text}</li>`)}
    </ul>`;
  }
}
