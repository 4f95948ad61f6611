/** Defines every iom-elements element and exports their classes. */
// The provider first: its elements find it however the page orders its scripts.
export { IomProvider } from './iom-provider.js';
// Every section element (generated from content/schema.json's list of sections).
export * from './generated/sections.js';
export { IomOverview } from './iom-overview.js';
export { IomElement, type Theme } from './core/iom-element.js';
export { IomSection } from './core/iom-section.js';
export type * from './core/content-types.js';
export type { ContentOverrides, SectionOverride } from './core/overrides.js';
export type { IomFaqToggleDetail } from './elements/faq.js';
export { LANGUAGES, type Language } from './core/languages.js';
