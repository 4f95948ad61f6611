import { defineElement } from './core/define.js';
import { IomPartners } from './elements/partners.js';

export { IomPartners };

defineElement('iom-partners', IomPartners);

declare global {
  interface HTMLElementTagNameMap {
    'iom-partners': IomPartners;
  }
}
