import { defineElement } from './core/define.js';
import { IomActivities } from './elements/activities.js';

export { IomActivities };

defineElement('iom-activities', IomActivities);

declare global {
  interface HTMLElementTagNameMap {
    'iom-activities': IomActivities;
  }
}
