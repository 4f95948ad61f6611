import { defineElement } from './core/define.js';
import { IomDevelopments } from './elements/developments.js';

export { IomDevelopments };

defineElement('iom-developments', IomDevelopments);

declare global {
  interface HTMLElementTagNameMap {
    'iom-developments': IomDevelopments;
  }
}
