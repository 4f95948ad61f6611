import content from '../../content/en/developments.json';
import type { DevelopmentsContent } from '../core/content-types.js';
import { IomSection } from '../core/iom-section.js';

/**
 * IOM's recent developments: its role in the global migration crisis.
 *
 * @tagname iom-developments
 * @summary Recent developments.
 */
export class IomDevelopments extends IomSection<DevelopmentsContent> {
  protected readonly content: DevelopmentsContent = content as DevelopmentsContent;

  protected renderBody(): unknown {
    return this.renderParagraphs();
  }
}
