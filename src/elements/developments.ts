import content from '../../content/en/developments.json';
import type { TextSectionContent } from '../core/content-types.js';
import { IomSection } from '../core/iom-section.js';

/**
 * IOM's recent developments: its role in the global migration crisis.
 *
 * @tagname iom-developments
 * @summary Recent developments.
 */
export class IomDevelopments extends IomSection<TextSectionContent> {
  protected readonly content: TextSectionContent = content as TextSectionContent;

  protected renderBody(): unknown {
    return this.renderParagraphs();
  }
}
