/** Defines every iom-elements element and exports their classes. */
export { IomProfile } from './iom-profile.js';
export { IomMission } from './iom-mission.js';
export { IomActivities } from './iom-activities.js';
export { IomPresence } from './iom-presence.js';
export { IomIssues } from './iom-issues.js';
export { IomPartners } from './iom-partners.js';
export { IomDevelopments } from './iom-developments.js';
export { IomFaq } from './iom-faq.js';
export { IomOverview } from './iom-overview.js';
export { IomElement, type Theme } from './core/iom-element.js';
export { IomSection } from './core/iom-section.js';
export type * from './core/content-types.js';
