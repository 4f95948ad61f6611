import { renderHtml } from 'iom-elements/render';

// Expands every iom-* element in the HTML Nuxt renders (its declarative shadow root, with the
// content in it), so the page reads fully before any script runs and the elements hydrate.
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:html', async (html) => {
    // The app is in the `body` parts. Each is expanded inside the page's own <html> start tag, so
    // that its `lang` reaches the elements as in the browser, then taken out again: renderHtml
    // changes nothing else, byte for byte. (A streamed response cannot change `body` here.)
    const open = `<html ${html.htmlAttrs.join(' ')}><body>`;
    const close = '</body></html>';
    html.body = await Promise.all(
      html.body.map(async (part) =>
        (await renderHtml(open + part + close)).slice(open.length, -close.length),
      ),
    );
  });
});
