// The overview shows the section elements, so it defines them too.
import './generated/sections.js';
import { defineElement } from './core/define.js';
import { IomOverview } from './elements/overview.js';

export { IomOverview };

defineElement('iom-overview', IomOverview);

declare global {
  interface HTMLElementTagNameMap {
    'iom-overview': IomOverview;
  }
}
