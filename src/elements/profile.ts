import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import content from '../../content/en/profile.json';
import type { ProfileContent } from '../core/content-types.js';
import { IomSection } from '../core/iom-section.js';
import { writeStructuredData } from '../core/structured-data.js';

/**
 * The IOM's title and introduction: what the organization is, when it was established and its
 * place among intergovernmental organizations.
 *
 * @tagname iom-profile
 * @summary Title and introduction of the International Organization for Migration.
 */
export class IomProfile extends IomSection<ProfileContent> {
  protected readonly content: ProfileContent = content as ProfileContent;

  /**
   * Adds schema.org `Organization` JSON-LD (name, alternate name, founding date, location) to
   * the page, in the element's light DOM, for crawlers. Skipped where Trusted Types forbid it.
   */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  protected renderBody(): unknown {
    return this.renderParagraphs();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const { name, alternateName, foundingDate, location } = this.shownContent.organization;
    writeStructuredData(
      this,
      this.structuredData
        ? {
            '@type': 'Organization',
            name,
            alternateName,
            foundingDate,
            location: { '@type': 'Place', name: location },
          }
        : null,
    );
  }
}
