import { defineElement } from './core/define.js';
import { IomFaq } from './elements/faq.js';

export { IomFaq };

defineElement('iom-faq', IomFaq);

declare global {
  interface HTMLElementTagNameMap {
    'iom-faq': IomFaq;
  }
}
