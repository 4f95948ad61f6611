// `renderHtml` (iom-elements/render) on whole pages, run in Node from the built dist/render.js
// (test/server-commands.mjs `render-html`), as a framework's server hook runs it. One engine
// runs it: it is Node's work, the same whatever the browser that reports it.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import englishFaq from '../content/en/faq.json';
import frenchFaq from '../content/fr/faq.json';
import spanishFaq from '../content/es/faq.json';
import englishMission from '../content/en/mission.json';
import spanishProfile from '../content/es/profile.json';
import { CASES, PROBLEMS } from './override-corpus.js';
import { prerenderedPage } from './helpers.js';

type Failure = { name: string; message: string; line?: number; column?: number };
type Options = { format?: string; stylesheets?: string };

/** renderHtml(html, options) in Node; a RenderError comes back as `{ error }`. */
const renderPage = (html: string, options: Options = {}) =>
  executeServerCommand<{ html?: string; error?: Failure }, { html: string; options: Options }>(
    'render-html',
    { html, options },
  );

/** The page renderHtml makes of `html`, which must render. */
async function rendered(html: string, options: Options = {}): Promise<string> {
  const result = await renderPage(html, options);
  expect(result.error, result.error?.message).to.equal(undefined);
  return result.html!;
}

/** The error renderHtml throws for `html`, which must not render. */
async function refused(html: string, options: Options = {}): Promise<Failure> {
  const result = await renderPage(html, options);
  expect(result.error, 'a RenderError').to.exist;
  expect(result.error!.name).to.equal('RenderError');
  return result.error!;
}

/** What renderToString puts inside the element (its output without its start and end tags). */
async function contentOf(query: Record<string, string>): Promise<string> {
  const fragment = await (await fetch(prerenderedPage(query, 'fragment'))).text();
  const tag = query.tags;
  expect(fragment.startsWith(`<${tag}`), fragment.slice(0, 40)).to.be.true;
  return fragment.slice(fragment.indexOf('>') + 1, -`</${tag}>`.length);
}

/**
 * The page with every declarative shadow root and structured-data block that renderHtml adds
 * taken out again (a shadow root's end is found by counting the templates nested in it).
 */
function withoutShadowRoots(html: string): string {
  const start = '<template shadowrootmode="open">';
  let out = html;
  for (let at = out.indexOf(start); at !== -1; at = out.indexOf(start, at)) {
    let depth = 0;
    const tags = /<template[\s>]|<\/template>/g;
    tags.lastIndex = at;
    let end = at;
    for (let match = tags.exec(out); match; match = tags.exec(out)) {
      depth += match[0] === '</template>' ? -1 : 1;
      if (depth === 0) {
        end = match.index + match[0].length;
        break;
      }
    }
    out = out.slice(0, at) + out.slice(end);
  }
  return out.replace(/<script type="application\/ld\+json" data-iom-structured-data>[^<]*<\/script>/g, '');
}

/** The language and heading of each shadow root renderHtml wrote, in page order (nested ones too). */
const shownIn = (html: string) =>
  [
    ...html.matchAll(
      /<section aria-labelledby="heading" part="section" lang="([a-z]+)"[^>]*>(?:<!--[^>]*-->)*\s*<h(\d)[^>]*>(?:<!--[^>]*-->)*([^<]*)/g,
    ),
  ].map(([, lang, level, heading]) => `${lang} h${level} ${heading}`);

/** A page with odd markup all over: none of it may change. */
const ODD = [
  '\uFEFF<!DOCTYPE html>',
  '<HTML LANG="en">',
  '<head><meta charset=utf-8><title>&lt;iom-faq&gt; in a title</title>',
  "<style>/* <iom-faq></iom-faq> */ p::after { content: '</iom-faq>' }</style>",
  '<script>document.write("<iom-faq></iom-faq>"); // </iom-faq></script>',
  '</head>',
  '<BODY>',
  '<!-- <iom-faq></iom-faq> a comment -->',
  '<p class=bare data-a=\'single\' data-b="double" data-c = spaced DATA-D>x &amp; y &lt; z &nbsp;&copy;&#169;&#xA9; &notanentity; <![CDATA[ <iom-faq></iom-faq> ]]></p>',
  '<IOM-PROFILE Heading-Level=3 ID=who class="a  b"></IOM-PROFILE>',
  '<br/><img src=x.png alt="" /><input disabled>',
  '<svg viewBox="0 0 1 1"><circle r="1"/><iom-faq></iom-faq></svg>',
  '<math><mi>x</mi><iom-faq></iom-faq></math>',
  '<template><iom-faq></iom-faq></template>',
  '<textarea><iom-faq></iom-faq></textarea>',
  '<noscript><iom-faq></iom-faq></noscript>',
  '<div><iom-mission\theading = "Why"\n></iom-mission   ></div>',
  '<table><tr><td><iom-faq single></iom-faq></td></tr></table>',
  '<iom-presence/>after a self-closing tag (a start tag in HTML)',
  '</BODY>',
  '</HTML>',
  '',
].join('\r\n');

describe('renderHtml: a page, its elements expanded', function () {
  this.timeout(60000);

  it('changes nothing else in the page, byte for byte: comments, CDATA, entities, quoting, case, CRLF, a BOM', async () => {
    const out = await rendered(ODD);
    expect(withoutShadowRoots(out)).to.equal(ODD);
    expect(out.startsWith('\uFEFF<!DOCTYPE html>\r\n<HTML LANG="en">\r\n')).to.be.true;
    // Each element's start tag stays as it was, its shadow root just after it.
    for (const start of [
      '<IOM-PROFILE Heading-Level=3 ID=who class="a  b">',
      '<iom-mission\theading = "Why"\n>',
      '<iom-faq single>',
      '<iom-presence/>',
    ])
      expect(out, start).to.include(`${start}<template shadowrootmode="open">`);
    expect(out.split('<template shadowrootmode="open">')).to.have.length(5);
    expect(shownIn(out)).to.deep.equal([
      'en h3 The International Organization for Migration (IOM)',
      'en h2 Why',
      `en h2 ${englishFaq.title}`,
      'en h2 Global Presence',
    ]);
  });

  it('leaves tags that are no element alone: in comments, templates, textareas, scripts, noscript, SVG, MathML', async () => {
    const out = await rendered(ODD);
    for (const untouched of [
      '<!-- <iom-faq></iom-faq> a comment -->',
      '<template><iom-faq></iom-faq></template>',
      '<textarea><iom-faq></iom-faq></textarea>',
      '<noscript><iom-faq></iom-faq></noscript>',
      '<svg viewBox="0 0 1 1"><circle r="1"/><iom-faq></iom-faq></svg>',
      '<math><mi>x</mi><iom-faq></iom-faq></math>',
      'document.write("<iom-faq></iom-faq>"); // </iom-faq></script>',
      '<![CDATA[ <iom-faq></iom-faq> ]]>',
    ])
      expect(out, untouched).to.include(untouched);
    // Nor does a bad value there stop the page: it is text, or inert.
    const inert =
      '<template><iom-faq heading-level="9"></iom-faq></template><!-- <iom-faq theme="x"> --><textarea><iom-faq open="nope"></textarea>';
    expect(await rendered(inert)).to.equal(inert);
  });

  it("expands the elements in another component's declarative shadow root, with its host's language and provider", async () => {
    const page = [
      '<iom-provider heading-level="4"><my-card lang="fr"><template shadowrootmode="open"><p>x</p><iom-faq></iom-faq></template></my-card></iom-provider>',
      // Not shadow roots: a second one on a host, one on an element that cannot have one.
      '<div><template shadowrootmode="open">a</template><template shadowrootmode="open"><iom-faq></iom-faq></template></div>',
      '<ul><template shadowrootmode="open"><iom-faq></iom-faq></template></ul>',
    ].join('\n');
    const out = await rendered(page);
    expect(shownIn(out)).to.deep.equal([`fr h4 ${frenchFaq.title}`]);
    expect(out).to.include('<p>x</p><iom-faq><template shadowrootmode="open">');
    const inserted =
      /(<iom-faq>)<template shadowrootmode="open">[\s\S]*<\/template>(<\/iom-faq><\/template><\/my-card>)/;
    expect(out.replace(inserted, '$1$2')).to.equal(page);
    expect(await rendered(out)).to.equal(out);
  });

  it('writes what renderToString writes inside each element, with every attribute', async () => {
    const page =
      '<main><iom-faq heading="Q&amp;A" heading-level="4" theme="dark" open="all" single structured-data></iom-faq>\n' +
      '<iom-overview sections="faq profile" heading="About us" heading-level="1"></iom-overview>\n' +
      '<iom-profile structured-data theme="light"></iom-profile></main>';
    const faq = await contentOf({
      tags: 'iom-faq',
      heading: 'Q&A',
      'heading-level': '4',
      theme: 'dark',
      open: 'all',
      single: '',
      'structured-data': '',
    });
    const overview = await contentOf({
      tags: 'iom-overview',
      sections: 'faq profile',
      heading: 'About us',
      'heading-level': '1',
    });
    const profile = await contentOf({ tags: 'iom-profile', 'structured-data': '', theme: 'light' });
    expect(faq).to.include('data-iom-structured-data');
    const expected = page
      .replace('structured-data></iom-faq>', `structured-data>${faq}</iom-faq>`)
      .replace('heading-level="1"></iom-overview>', `heading-level="1">${overview}</iom-overview>`)
      .replace('theme="light"></iom-profile>', `theme="light">${profile}</iom-profile>`);
    expect(await rendered(page)).to.equal(expected);
  });

  it("renders the overview's sections nested, each with its own shadow root", async () => {
    const out = await rendered('<iom-overview sections="faq profile"></iom-overview>');
    expect(shownIn(out)).to.deep.equal([
      `en h2 ${englishFaq.title}`,
      'en h2 The International Organization for Migration (IOM)',
    ]);
    expect(out.match(/<iom-(faq|profile)[^>]*><template shadowrootmode="open">/g)).to.have.length(2);
  });

  it('takes the language of the nearest lang: its own, an ancestor’s, the page’s; English where there is no content', async () => {
    const page = [
      '<!doctype html><html lang="fr-CA"><head><title>t</title></head><body>',
      '<iom-faq></iom-faq>',
      '<div lang="es"><section><iom-faq></iom-faq></section></div>',
      '<iom-faq lang="en"></iom-faq>',
      '<div lang="es"><iom-faq lang="FR"></iom-faq></div>',
      '<div lang="de"><iom-faq></iom-faq></div>',
      '<iom-faq lang=""></iom-faq>',
      '<div lang="es-MX"><iom-mission></iom-mission></div>',
      '</body></html>',
    ].join('\n');
    expect(shownIn(await rendered(page))).to.deep.equal([
      `fr h2 ${frenchFaq.title}`,
      `es h2 ${spanishFaq.title}`,
      `en h2 ${englishFaq.title}`,
      `fr h2 ${frenchFaq.title}`,
      `en h2 ${englishFaq.title}`,
      `en h2 ${englishFaq.title}`,
      `es h2 Misión y objetivos`,
    ]);
    // A fragment has no <html>: its elements read the languages around them, else English.
    expect(shownIn(await rendered('<iom-faq></iom-faq><p lang="fr"><iom-faq></iom-faq></p>'))).to.deep.equal([
      `en h2 ${englishFaq.title}`,
      `fr h2 ${frenchFaq.title}`,
    ]);
  });

  it("applies the nearest provider's overrides and heading level, and writes no provider of its own", async () => {
    const outer = { en: { mission: { title: 'Our aim' } }, fr: { mission: { title: 'Notre but' } } };
    const inner = { en: { faq: { title: 'Your questions' } } };
    const page = [
      `<iom-provider heading-level="3"><script type="application/json">${JSON.stringify(outer)}</script>`,
      '  <iom-mission></iom-mission>',
      '  <iom-mission lang="fr" heading-level="5"></iom-mission>',
      `  <iom-provider><script type="application/json">${JSON.stringify(inner)}</script>`,
      '    <iom-faq></iom-faq>',
      '    <iom-mission></iom-mission>',
      '  </iom-provider>',
      '</iom-provider>',
      '<iom-mission></iom-mission>',
      '<iom-provider lang="es"><script type="APPLICATION/JSON">  </script><iom-profile></iom-profile></iom-provider>',
    ].join('\n');
    const out = await rendered(page);
    expect(shownIn(out)).to.deep.equal([
      'en h3 Our aim',
      'fr h5 Notre but',
      // In the browser an element takes the nearest provider's settings alone: the outer
      // provider's overrides and level do not reach inside the inner one.
      'en h2 Your questions',
      `en h2 ${englishMission.title}`,
      `en h2 ${englishMission.title}`,
      `es h2 ${spanishProfile.title}`,
    ]);
    expect(out.match(/<iom-provider/g)).to.have.length(3);
    expect(withoutShadowRoots(out)).to.equal(page);
  });

  it('leaves an element already expanded alone: rendering twice changes nothing', async () => {
    const providerPage = `<iom-provider heading-level="4"><script type="application/json">{"en":{"faq":{"title":"Yours"}}}</script><iom-faq></iom-faq></iom-provider>`;
    for (const format of ['dsd', 'html'])
      for (const page of [ODD, providerPage, '<div lang="fr"><iom-overview></iom-overview></div>']) {
        const once = await rendered(page, { format });
        expect(once, format).to.not.equal(page);
        expect(await rendered(once, { format }), format).to.equal(once);
      }
    // renderToString's own output, a provider block and all, is expanded already.
    const overrides = JSON.stringify({ en: { faq: { title: 'Yours' } } });
    const fragment = await (await fetch(prerenderedPage({ tags: 'iom-faq', overrides }, 'fragment'))).text();
    expect(fragment.startsWith('<iom-provider>')).to.be.true;
    expect(await rendered(fragment)).to.equal(fragment);
  });

  it("keeps an element's own content after its shadow root (dsd); leaves an element with content alone (html)", async () => {
    const page = '<iom-faq><a href="/faq">Read the FAQ</a></iom-faq>';
    const dsd = await rendered(page);
    expect(dsd).to.match(
      /^<iom-faq><template shadowrootmode="open">.*<\/template><a href="\/faq">Read the FAQ<\/a><\/iom-faq>$/s,
    );
    expect(await rendered(page, { format: 'html' })).to.equal(page);
  });

  it('writes the html format: plain HTML in the tag, as renderToString does, and its direction', async () => {
    const page = '<div lang="fr"><iom-faq heading-level="3"></iom-faq></div>\n<iom-presence></iom-presence>';
    const faq = await contentOf({ tags: 'iom-faq', format: 'html', lang: 'fr', 'heading-level': '3' });
    const presence = await contentOf({ tags: 'iom-presence', format: 'html' });
    expect(faq).to.include(`<h3>${frenchFaq.title}</h3>`);
    expect(await rendered(page, { format: 'html' })).to.equal(
      page
        .replace('heading-level="3"></iom-faq>', `heading-level="3" dir="ltr">${faq}</iom-faq>`)
        .replace('<iom-presence></iom-presence>', `<iom-presence dir="ltr">${presence}</iom-presence>`),
    );
    // Arabic runs right to left on any page; a dir the tag has already is kept.
    const arabic = await rendered(
      '<p dir="ltr"><iom-presence lang="ar"></iom-presence><iom-faq dir="auto"></iom-faq></p>',
      {
        format: 'html',
      },
    );
    expect(arabic).to.match(/^<p dir="ltr"><iom-presence lang="ar" dir="rtl">\n<h2>/);
    expect(arabic).to.include('<iom-faq dir="auto">\n<h2>');
  });

  it('writes Arabic right to left and Chinese as Simplified, whatever the page says', async () => {
    const out = await rendered(
      '<html lang="en" dir="ltr"><iom-faq lang="ar-EG"></iom-faq><iom-faq lang="zh-Hans"></iom-faq><iom-faq lang="zh-TW"></iom-faq></html>',
    );
    const sections = [...out.matchAll(/<section\b[^>]*>/g)].map(([tag]) => tag);
    expect(
      sections.map((tag) => [tag.match(/lang="([^"]+)"/)?.[1], tag.match(/dir="([^"]+)"/)?.[1]]),
    ).to.deep.equal([
      ['ar', 'rtl'],
      ['zh', 'ltr'],
      ['en', 'ltr'],
    ]);
  });

  it('links the stylesheets when asked, in every shadow root', async () => {
    const out = await rendered('<iom-overview sections="faq presence"></iom-overview>', {
      stylesheets: '/iom',
    });
    expect(out).to.not.include('<style>');
    expect(out.match(/<link rel="stylesheet" href="[^"]+">/g)).to.deep.equal([
      '<link rel="stylesheet" href="/iom/iom-overview.css">',
      '<link rel="stylesheet" href="/iom/iom-faq.css">',
      '<link rel="stylesheet" href="/iom/iom-presence.css">',
    ]);
  });

  it('writes shadow roots as the standard has them: shadowrootmode, not the obsolete shadowroot', async () => {
    const fragment = await (await fetch(prerenderedPage({}, 'fragment'))).text();
    const page = await rendered('<iom-overview></iom-overview>');
    for (const html of [fragment, page]) {
      expect(html).to.include('<template shadowrootmode="open">');
      expect(html).to.not.match(/\sshadowroot=/);
    }
  });

  it('ignores an attribute the element does not have, as the browser does', async () => {
    const page = '<iom-profile open="all" single sections="faq"></iom-profile>';
    expect(await rendered(page)).to.equal(
      page.replace('></iom-profile>', `>${await contentOf({ tags: 'iom-profile' })}</iom-profile>`),
    );
  });
});

describe('renderHtml: a page it cannot render', function () {
  this.timeout(60000);

  it('names the element, its line and its column, in the message and as line and column', async () => {
    const error = await refused('<!doctype html>\n<p>\n    <iom-faq heading-level="9"></iom-faq>\n');
    expect(error.message).to.equal('iom-faq at 3:5: heading-level "9" is not a whole number from 1 to 6.');
    expect([error.line, error.column]).to.deep.equal([3, 5]);
    // Lines as an editor counts them: CRLF is one line break, and a BOM takes no column.
    const crlf = await refused('\uFEFF<p>\r\n\r\n  <b>x</b><iom-faq theme="sepia"></iom-faq>');
    expect(crlf.message).to.equal('iom-faq at 3:11: theme "sepia" is not "light" or "dark".');
  });

  const refusals: [string, string, string][] = [
    [
      'an unknown question',
      '<iom-faq open="nope"></iom-faq>',
      `iom-faq at 1:1: open: "nope" is not a question of iom-faq (${englishFaq.questions.map((q) => q.id).join(', ')}).`,
    ],
    [
      'an unknown section',
      '\n\n<iom-overview sections="faq news"></iom-overview>',
      'iom-overview at 3:1: sections: "news" is not a section (profile, mission, activities, presence, issues, partners, developments, faq).',
    ],
    [
      'a level in words',
      '<div>\n <iom-mission heading-level="three"></iom-mission></div>',
      'iom-mission at 2:2: heading-level "three" is not a whole number from 1 to 6.',
    ],
    [
      "a provider's JSON block that is not JSON",
      '<p>x</p>\n  <iom-provider><script type="application/json">{ en: </script><iom-faq></iom-faq></iom-provider>',
      // Node's own words for the JSON error follow.
      "iom-provider at 2:3: its JSON block is not valid JSON: Expected property name or '}'",
    ],
    [
      "a provider's level out of range",
      '<iom-provider heading-level="0"><iom-faq></iom-faq></iom-provider>',
      'iom-provider at 1:1: heading-level "0" is not a whole number from 1 to 6.',
    ],
  ];
  for (const [what, page, message] of refusals) {
    it(`refuses ${what}`, async () => {
      const error = await refused(page);
      if (what.includes('not JSON')) expect(error.message.startsWith(message), error.message).to.be.true;
      else expect(error.message).to.equal(message);
    });
  }

  it('names the first problem in the page', async () => {
    const page =
      '<iom-faq theme="x"></iom-faq>\n<iom-provider><script type="application/json">[]</script></iom-provider>';
    expect((await refused(page)).message).to.equal('iom-faq at 1:1: theme "x" is not "light" or "dark".');
    const reversed = page.split('\n').reverse().join('\n');
    expect((await refused(reversed)).message).to.equal(
      'iom-provider at 1:1: content: expected an object, got an array',
    );
  });

  it("refuses a provider's overrides that break the rules, with the provider's own messages", async () => {
    const bad = CASES.filter(({ name }) => PROBLEMS[name].length > 0);
    expect(bad.length).to.be.at.least(40);
    for (const { name, overrides } of bad) {
      // `<` escaped as in any JSON block in a page, or a `</script>` in a value would end it.
      const json = JSON.stringify(overrides).replace(/</g, '\\u003c');
      const page = `<main>\n\t<iom-provider><script type="application/json">${json}</script><iom-faq></iom-faq></iom-provider></main>`;
      const error = await refused(page);
      expect(error.message, name).to.equal(`iom-provider at 2:2: ${PROBLEMS[name].join('\n')}`);
    }
  });

  it('refuses a format it does not write, and stylesheets with the html format (no line: the options are at fault)', async () => {
    const pdf = await refused('<iom-faq></iom-faq>', { format: 'pdf' });
    expect([pdf.message, pdf.line]).to.deep.equal(['format "pdf" is not one of dsd, html.', undefined]);
    const styles = await refused('<iom-faq></iom-faq>', { format: 'html', stylesheets: '/s/' });
    expect(styles.message).to.equal(
      'stylesheets is for the dsd format only (the html format has no styles).',
    );
  });
});
