import type { ContentOverrides } from 'iom-elements';

/** The app's own words for the FAQ, given to <iom-provider>. */
export const content: ContentOverrides = { en: { faq: { title: 'Questions, answered in the app' } } };

/**
 * The same overrides as the provider's JSON block, which renderHtml reads on the server and the
 * provider reads before hydrating (`<` escaped, so the text cannot end its script).
 */
export const contentScript = `<script type="application/json">${JSON.stringify(content).replace(/</g, '\\u003c')}</script>`;
