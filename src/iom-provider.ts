import { defineElement } from './core/define.js';
import { IomProvider } from './elements/provider.js';

export { IomProvider };

defineElement('iom-provider', IomProvider);

declare global {
  interface HTMLElementTagNameMap {
    'iom-provider': IomProvider;
  }
}
