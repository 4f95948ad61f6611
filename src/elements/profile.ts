import content from '../../content/en/profile.json';
import type { TextSectionContent } from '../core/content-types.js';
import { IomSection } from '../core/iom-section.js';

/**
 * The IOM's title and introduction: what the organization is, when it was established and its place among intergovernmental organizations.
 *
 * @tagname iom-profile
 * @summary Title and introduction of the International Organization for Migration.
 */
export class IomProfile extends IomSection<TextSectionContent> {
  protected readonly content: TextSectionContent = content as TextSectionContent;

  protected renderBody(): unknown {
    return this.renderParagraphs();
  }
}
