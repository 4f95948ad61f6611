import { defineElement } from './core/define.js';
import { IomPresence } from './elements/presence.js';

export { IomPresence };

defineElement('iom-presence', IomPresence);

declare global {
  interface HTMLElementTagNameMap {
    'iom-presence': IomPresence;
  }
}
