import type { TemplateResult } from 'lit';
import content from '../../content/en/partners.json';
import type { ListSectionContent } from '../core/content-types.js';
import { IomSection } from '../core/iom-section.js';

/**
 * The stakeholders IOM works with, as a list.
 *
 * @tagname iom-partners
 * @summary Collaboration and partnerships.
 *
 * @csspart list - The `<ul>` of partner groups.
 * @csspart item - Each `<li>` of the list.
 */
export class IomPartners extends IomSection<ListSectionContent> {
  protected readonly content: ListSectionContent = content as ListSectionContent;

  protected renderBody(): [unknown, TemplateResult] {
    return [this.renderParagraphs(), this.renderList()];
  }
}
