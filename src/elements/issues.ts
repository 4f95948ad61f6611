import type { TemplateResult } from 'lit';
import content from '../../content/en/issues.json';
import type { ListSectionContent } from '../core/content-types.js';
import { IomSection } from '../core/iom-section.js';

/**
 * The key migration-related issues IOM addresses, as a list.
 *
 * @tagname iom-issues
 * @summary Key issues.
 *
 * @csspart list - The `<ul>` of issues.
 * @csspart item - Each `<li>` of the list.
 */
export class IomIssues extends IomSection<ListSectionContent> {
  protected readonly content: ListSectionContent = content as ListSectionContent;

  protected renderBody(): [unknown, TemplateResult] {
    return [this.renderParagraphs(), this.renderList()];
  }
}
