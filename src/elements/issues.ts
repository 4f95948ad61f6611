import type { TemplateResult } from 'lit';
import content from '../../content/en/issues.json';
import type { IssuesContent } from '../core/content-types.js';
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
export class IomIssues extends IomSection<IssuesContent> {
  protected readonly content: IssuesContent = content as IssuesContent;

  protected renderBody(): [unknown, TemplateResult] {
    return [this.renderParagraphs(), this.renderList()];
  }
}
