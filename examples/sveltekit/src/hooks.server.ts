import type { Handle } from '@sveltejs/kit/hooks';
import { BOOLEAN_ATTRIBUTES, renderHtml } from 'iom-elements/render';

// Svelte's server renderer writes a value bound on a custom element as an attribute, `false`
// included (sveltejs/svelte#15464): `single={false}` comes out as `single="false"`, which the
// element and renderHtml read as present, so true. (`open` is spared: Svelte knows it as a
// boolean attribute of <details>.) In the browser Svelte sets the property, so the attribute is
// dropped from our tags here.
const falseValue = new RegExp(`\\s(?:${BOOLEAN_ATTRIBUTES.join('|')})="false"`, 'g');
const withoutFalseValues = (html: string) =>
  html.replace(/<iom-[\w-]+(?:\s+[^\s"'>=]+(?:="[^"]*")?)*\s*>/g, (tag) => tag.replace(falseValue, ''));

export const handle: Handle = async ({ event, resolve }) => {
  // A page may reach transformPageChunk in several chunks, split anywhere (inside an element's
  // tags too), and renderHtml needs the whole page: the `lang` of <html>, the provider around
  // each element. So the chunks are kept until the last one (`done`) and the page expanded once.
  let page = '';
  return resolve(event, {
    transformPageChunk: ({ html, done }) => {
      page += html;
      return done ? renderHtml(withoutFalseValues(page)) : '';
    },
  });
};
