import type { TemplateResult } from 'lit';
import content from '../../content/en/mission.json';
import type { MissionContent } from '../core/content-types.js';
import { IomSection } from '../core/iom-section.js';

/**
 * IOM's mission statement and the list of its objectives.
 *
 * @tagname iom-mission
 * @summary Mission and objectives.
 *
 * @csspart list - The `<ul>` of objectives.
 * @csspart item - Each `<li>` of the list.
 */
export class IomMission extends IomSection<MissionContent> {
  protected readonly content: MissionContent = content as MissionContent;

  protected renderBody(): [unknown, TemplateResult] {
    return [this.renderParagraphs(), this.renderList()];
  }
}
