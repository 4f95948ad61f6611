import { defineElement } from './core/define.js';
import { IomProfile } from './elements/profile.js';

export { IomProfile };

defineElement('iom-profile', IomProfile);

declare global {
  interface HTMLElementTagNameMap {
    'iom-profile': IomProfile;
  }
}
