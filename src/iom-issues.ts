import { defineElement } from './core/define.js';
import { IomIssues } from './elements/issues.js';

export { IomIssues };

defineElement('iom-issues', IomIssues);

declare global {
  interface HTMLElementTagNameMap {
    'iom-issues': IomIssues;
  }
}
