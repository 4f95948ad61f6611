// Prerendered output is valid HTML: whole documents holding what `renderToString` and
// `renderHtml` write (every tag, both formats, styles inline and linked, structured data,
// overrides in a provider), and the demo pages (test/server-commands.mjs `check-html` runs the
// W3C Nu HTML Checker, vnu-jar, once over all of them). One engine runs it: the checker runs in
// Node (Java), the same whatever the browser. Without Java it is skipped with one line saying
// what to install; under CI a missing Java fails it.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { prerenderedPage } from './helpers.js';

type Checked = { checked: string[]; errors: string[] } | { skipped: string };

/** A page of prerendered elements, as test/prerendered-pages.mjs serves it (a whole document). */
const page = async (query: Record<string, string>) => (await fetch(prerenderedPage(query))).text();

/** renderHtml's page (test/server-commands.mjs `render-html`). */
async function expanded(html: string, options: { format?: string; stylesheets?: string }): Promise<string> {
  const result = await executeServerCommand<{ html?: string; error?: { message: string } }, object>(
    'render-html',
    { html, options },
  );
  expect(result.error?.message).to.equal(undefined);
  return result.html!;
}

/** A valid page for renderHtml: languages, providers nested, every attribute, a CRLF or two. */
const SOURCE = `<!doctype html>\r
<html lang="fr-CA">\r
  <head>\r
    <meta charset="utf-8">\r
    <title>Une page</title>\r
  </head>\r
  <body>\r
    <main>\r
      <h1>Une page</h1>\r
      <p>Du texte &amp; des <a href="#faq">liens</a>.</p>\r
      <iom-profile structured-data heading-level="2"></iom-profile>\r
      <iom-provider heading-level="3"><script type="application/json">{"fr":{"mission":{"title":"Notre but"}}}</script>\r
        <iom-mission></iom-mission>\r
        <iom-provider><script type="application/json">{"es":{"faq":{"title":"Sus preguntas"}}}</script>\r
          <div lang="es"><iom-faq id="faq" open="all" single structured-data theme="dark"></iom-faq></div>\r
        </iom-provider>\r
      </iom-provider>\r
      <iom-overview sections="presence issues" heading="Sur l’OIM"></iom-overview>\r
      <template><iom-faq></iom-faq></template>\r
    </main>\r
  </body>\r
</html>\r
`;

describe('prerendered HTML, checked by the W3C Nu HTML Checker', () => {
  it('has no error in any format, nor do the demo pages', async function () {
    this.timeout(180000);
    const overrides = JSON.stringify({
      en: { faq: { title: 'Your questions' }, presence: { title: 'Where we work' } },
    });
    const documents: Record<string, string> = {
      // Every tag (test/prerendered-pages.mjs), structured data on where an element has it.
      'dsd.html': await page({ format: 'dsd', 'structured-data': '' }),
      'dsd-linked-styles.html': await page({ format: 'dsd', 'structured-data': '', csp: '1' }),
      'html.html': await page({ format: 'html', 'structured-data': '' }),
      'dsd-attributes.html': await page({
        format: 'dsd',
        lang: 'fr',
        theme: 'dark',
        'heading-level': '3',
        open: 'all',
        single: '',
      }),
      'html-attributes.html': await page({ format: 'html', lang: 'es', 'heading-level': '4', open: 'all' }),
      'dsd-overrides.html': await page({ format: 'dsd', overrides }),
      'html-overrides.html': await page({ format: 'html', overrides }),
      'render-html.html': await expanded(SOURCE, {}),
      'render-html-linked-styles.html': await expanded(SOURCE, { stylesheets: '/iom/' }),
      'render-html-html.html': await expanded(SOURCE, { format: 'html' }),
    };
    for (const [name, html] of Object.entries(documents))
      expect(html.startsWith('<!doctype html>') && html.includes('<iom-'), name).to.be.true;
    expect(documents['dsd-overrides.html']).to.include('<iom-provider><script type="application/json">');

    const result = await executeServerCommand<Checked, object>('check-html', { documents, demo: true });
    if ('skipped' in result) {
      console.log(result.skipped);
      this.skip();
    }
    const { checked, errors } = result as Exclude<Checked, { skipped: string }>;
    expect(checked).to.include.members([
      ...Object.keys(documents),
      'demo/index.html',
      'demo/prerendered.html',
    ]);
    expect(errors, errors.join('\n')).to.deep.equal([]);
  });
});
