/** Defines every iom-elements element and exports their classes. */
// The provider first: its elements find it however the page orders its scripts.
export { IomProvider } from './iom-provider.js';
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
export type { ContentOverrides, SectionOverride } from './core/overrides.js';
export type { IomFaqToggleDetail } from './elements/faq.js';
export { LANGUAGES, type Language } from './core/languages.js';
