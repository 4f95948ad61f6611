import type { TemplateResult } from 'lit';
import content from '../../content/en/activities.json';
import type { ActivitiesContent } from '../core/content-types.js';
import { IomSection } from '../core/iom-section.js';

/**
 * The activities and programmes IOM carries out, as a list.
 *
 * @tagname iom-activities
 * @summary Activities and programs.
 *
 * @csspart list - The `<ul>` of activities.
 * @csspart item - Each `<li>` of the list.
 */
export class IomActivities extends IomSection<ActivitiesContent> {
  protected readonly content: ActivitiesContent = content as ActivitiesContent;

  protected renderBody(): [unknown, TemplateResult] {
    return [this.renderParagraphs(), this.renderList()];
  }
}
