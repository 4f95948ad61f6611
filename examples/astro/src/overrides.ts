import type { ContentOverrides } from 'iom-elements';

/** The site's own words for the FAQ, given to <iom-provider>. */
export const content: ContentOverrides = { en: { faq: { title: 'Questions, answered in the app' } } };
