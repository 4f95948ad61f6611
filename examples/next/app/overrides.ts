// The app's own words for the FAQ: given to the server render and to the browser's provider alike,
// so that hydrating changes nothing a reader sees.
export const overrides = { en: { faq: { title: 'Questions, answered in the app' } } };
