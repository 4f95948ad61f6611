import type { PropertyDeclarations } from 'lit';
import content from '../../content/en/profile.json';
import type { ProfileContent } from '../core/content-types.js';
import { IomSection } from '../core/iom-section.js';
import { StructuredDataController } from '../core/controllers/structured-data.js';

/**
 * The IOM's title and introduction: what the organization is, when it was established and its
 * place among intergovernmental organizations.
 *
 * @tagname iom-profile
 * @summary Title and introduction of the International Organization for Migration.
 */
export class IomProfile extends IomSection<ProfileContent> {
  static override properties: PropertyDeclarations = {
    structuredData: { type: Boolean, attribute: 'structured-data' },
  };

  constructor() {
    super();
    this.structuredData = false;
  }

  protected readonly content: ProfileContent = content as ProfileContent;

  /**
   * Adds schema.org `Organization` JSON-LD (name, alternate name, founding date, location) to
   * the page, in the element's light DOM, for crawlers. Skipped where Trusted Types forbid it.
   */
  declare structuredData: boolean;

  protected renderBody(): unknown {
    return this.renderParagraphs();
  }

  protected readonly jsonLd = new StructuredDataController(this);

  /** For the structured data: schema.org `Organization`, when `structured-data` asks for it. @internal */
  structuredDataOf(): object | null {
    if (!this.structuredData) return null;
    const { name, alternateName, foundingDate, location } = this.shownContent.organization;
    return {
      '@type': 'Organization',
      name,
      alternateName,
      foundingDate,
      location: { '@type': 'Place', name: location },
    };
  }
}
