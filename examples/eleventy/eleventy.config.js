// Eleventy 3: an `iom` shortcode that prerenders an element with `iom-elements/render`, and the
// CDN file copied to /iom/ so the elements hydrate when it loads.
import { renderToString } from 'iom-elements/render';

export default function (eleventyConfig) {
  // {% iom "iom-faq", { headingLevel: 2, lang: "fr" } %}: any option of renderToString.
  eleventyConfig.addAsyncShortcode('iom', (tag, options = {}) => renderToString(tag, options));
  eleventyConfig.addPassthroughCopy({ 'node_modules/iom-elements/dist/cdn': 'iom' });
}
