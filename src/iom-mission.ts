import { defineElement } from './core/define.js';
import { IomMission } from './elements/mission.js';

export { IomMission };

defineElement('iom-mission', IomMission);

declare global {
  interface HTMLElementTagNameMap {
    'iom-mission': IomMission;
  }
}
