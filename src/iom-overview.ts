// The overview shows the section elements, so it defines them too.
import './iom-profile.js';
import './iom-mission.js';
import './iom-activities.js';
import './iom-presence.js';
import './iom-issues.js';
import './iom-partners.js';
import './iom-developments.js';
import './iom-faq.js';
import { defineElement } from './core/define.js';
import { IomOverview } from './elements/overview.js';

export { IomOverview };

defineElement('iom-overview', IomOverview);

declare global {
  interface HTMLElementTagNameMap {
    'iom-overview': IomOverview;
  }
}
