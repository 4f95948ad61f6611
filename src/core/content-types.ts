/**
 * The shape of the words the elements show: one section file, `content/<lang>/<section>.json`.
 * `content/schema.json` is the rule the build and the tests enforce; these types are the same
 * shape for TypeScript, and the one place the elements take it from.
 */

/** The sections of the IOM profile, in the source's order. */
export const SECTION_NAMES = [
  'profile',
  'mission',
  'activities',
  'presence',
  'issues',
  'partners',
  'developments',
  'faq',
] as const;

export type SectionName = (typeof SECTION_NAMES)[number];

/** One entry of a list (an objective, an activity, a key issue, a partner group). */
export interface ListItem {
  id: string;
  text: string;
}

/** A key figure: `value` and `label` are shown, `phrase` is read by screen readers. */
export interface Figure {
  id: string;
  value: string;
  label: string;
  phrase: string;
}

export interface Question {
  id: string;
  question: string;
  answer: string;
}

/** Facts for schema.org `Organization` structured data. */
export interface Organization {
  name: string;
  alternateName: string;
  /** A year or an ISO 8601 date. */
  foundingDate: string;
  location: string;
}

/** Fields every section file has. */
export interface SectionContent {
  section: SectionName;
  title: string;
  paragraphs?: string[];
  items?: ListItem[];
  figures?: Figure[];
  questions?: Question[];
  /** Words of the element's own controls, as opposed to its content. */
  labels?: Partial<Record<string, string>>;
  organization?: Organization;
  /** A link shown after the section; only https:, http: and mailto: addresses are kept. */
  link?: { text: string; href: string };
}

/** Sections made of running text (profile, developments). */
export interface TextSectionContent extends SectionContent {
  paragraphs: string[];
}

export interface ProfileContent extends TextSectionContent {
  section: 'profile';
  organization: Organization;
}

/** Sections with a lead-in and a list (mission, activities, issues, partners). */
export interface ListSectionContent extends SectionContent {
  paragraphs: string[];
  items: ListItem[];
}

export interface PresenceContent extends SectionContent {
  section: 'presence';
  paragraphs: string[];
  figures: Figure[];
}

export interface FaqContent extends SectionContent {
  section: 'faq';
  questions: Question[];
  labels: FaqLabels;
}

/** The FAQ's own controls. */
export interface FaqLabels extends Partial<Record<string, string>> {
  showAll: string;
  hideAll: string;
  copyLink: string;
  linkCopied: string;
  /** Labels the link shown selected for copying by hand, where the clipboard is refused. */
  linkToCopy: string;
}
