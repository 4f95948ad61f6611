import type { TemplateResult } from 'lit';
import content from '../../content/en/partners.json';
import type { PartnersContent } from '../core/content-types.js';
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
export class IomPartners extends IomSection<PartnersContent> {
  protected readonly content: PartnersContent = content as PartnersContent;

  protected renderBody(): [unknown, TemplateResult] {
    return [this.renderParagraphs(), this.renderList()];
  }
}
