import { html, type TemplateResult } from 'lit';
import type { ListItem, SectionContent } from './content-types.js';
import { renderHeading } from './heading.js';
import { IomElement } from './iom-element.js';

/**
 * The base of every section element: a `<section>` landmark labelled by a real heading, then
 * the section's body. A subclass names its content (imported from `content/`) and renders
 * its body; it never reaches into another section's content.
 *
 * @csspart paragraph - Each paragraph of running text.
 */
export abstract class IomSection<C extends SectionContent = SectionContent> extends IomElement {
  /** The section's words, in the default language. */
  protected abstract readonly content: C;

  override render(): TemplateResult {
    return html`<section aria-labelledby="heading" part="section">
      ${renderHeading(this.level, 'heading', 'heading', 'heading', this.headingText(this.content.title))}
      ${this.renderBody()}
    </section>`;
  }

  /** Everything below the heading. */
  protected abstract renderBody(): unknown;

  protected renderParagraphs(paragraphs: readonly string[] = this.content.paragraphs ?? []): unknown {
    return paragraphs.map((text) => html`<p part="paragraph">${text}</p>`);
  }

  protected renderList(items: readonly ListItem[] = this.content.items ?? []): TemplateResult {
    return html`<ul class="list" part="list">
      ${items.map((item) => html`<li part="item">${item.text}</li>`)}
    </ul>`;
  }
}
