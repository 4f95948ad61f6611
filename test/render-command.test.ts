// The package's command, `iom-elements render …`, run as a user runs it (test/server-commands.mjs
// spawns `node bin/iom-elements.js` in a fresh folder). It runs in Node, so one engine runs it.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import frenchFaq from '../content/fr/faq.json';
import englishFaq from '../content/en/faq.json';
import { CASES, PROBLEMS } from './override-corpus.js';

type Run = { code: number; stdout: string; stderr: string; files: Record<string, string> };

const cli = (args: string[], files: Record<string, string> = {}, bytes: Record<string, string> = {}) =>
  executeServerCommand<Run, { args: string[]; files: Record<string, string>; bytes: Record<string, string> }>(
    'run-cli',
    { args, files, bytes },
  );

/** A failed run: exit code 2, one line on standard error, nothing on standard output. */
function expectRefused(run: Run, message: string): void {
  expect(run.code, run.stderr).to.equal(2);
  expect(run.stdout).to.equal('');
  expect(run.stderr).to.equal(`iom-elements: ${message}\n`);
}

describe('iom-elements render', function () {
  this.timeout(60000);

  it('--help lists the commands, every option and the exit codes', async () => {
    const run = await cli(['--help']);
    expect(run.code).to.equal(0);
    for (const word of [
      'render <tag>',
      'render-page <file.html>',
      '--in-place',
      '--out-dir <dir>',
      'stylesheets <dir>',
      '--format',
      '--lang',
      '--heading ',
      '--heading-level',
      '--theme',
      '--open',
      '--single',
      '--structured-data',
      '--sections',
      '--overrides',
      '--stylesheets',
      '--out',
      'iom-faq',
      'iom-overview',
      'Exit codes',
    ])
      expect(run.stdout, word).to.include(word);
  });

  it('prints declarative shadow DOM by default', async () => {
    const run = await cli(['render', 'iom-faq']);
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stderr).to.equal('');
    expect(run.stdout).to.match(/^<iom-faq\s*><template shadowrootmode="open"><style>/);
    expect(run.stdout).to.include(englishFaq.questions[0].question);
    expect(run.stdout.trimEnd()).to.match(/<\/template><\/iom-faq>$/);
  });

  it('takes lang, heading-level, theme, open and the html format', async () => {
    const run = await cli([
      'render',
      'iom-faq',
      '--format',
      'html',
      '--lang',
      'fr',
      '--heading-level',
      '3',
      '--theme',
      'dark',
      '--open',
      'all',
    ]);
    expect(run.code, run.stderr).to.equal(0);
    const [first] = run.stdout.split('\n');
    // The plain copy's direction is its language's, whatever the page's.
    expect(first).to.equal('<iom-faq lang="fr" heading-level="3" theme="dark" open="all" dir="ltr">');
    expect(run.stdout).to.include(`<h3>${frenchFaq.title}</h3>`);
    expect(run.stdout).to.include(`<h4>${frenchFaq.questions[0].question}</h4>`);
  });

  it('renders several tags one after another, and the overview with the sections asked for', async () => {
    const run = await cli([
      'render',
      'iom-profile',
      'iom-overview',
      '--sections',
      'faq profile',
      '--format',
      'html',
    ]);
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stdout.match(/^<iom-[a-z]+[^>]*>$/gm)).to.deep.equal([
      '<iom-profile dir="ltr">',
      '<iom-overview sections="faq profile" dir="ltr">',
    ]);
    const overview = run.stdout.slice(run.stdout.indexOf('<iom-overview'));
    expect(overview.indexOf(englishFaq.title)).to.be.lessThan(overview.indexOf('International Organization'));
  });

  it('takes single and structured-data: no "Show all", and the JSON-LD the element keeps', async () => {
    const run = await cli(['render', 'iom-faq', '--single', '--structured-data']);
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stdout.slice(0, 60)).to.match(/^<iom-faq\s+single structured-data\s*>/);
    expect(run.stdout).to.not.include('part="toggle-all"');
    const jsonLd =
      /<\/template><script type="application\/ld\+json" data-iom-structured-data>(.+)<\/script><\/iom-faq>/.exec(
        run.stdout,
      );
    expect(jsonLd, 'JSON-LD after the shadow root').to.exist;
    const data = JSON.parse(jsonLd![1]) as { '@context': string; '@type': string; mainEntity: unknown[] };
    expect([data['@context'], data['@type'], data.mainEntity.length]).to.deep.equal([
      'https://schema.org',
      'FAQPage',
      englishFaq.questions.length,
    ]);
  });

  it('writes --out whole, and prints nothing', async () => {
    const run = await cli(['render', 'iom-faq', '--out', 'site/faq.html']);
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stdout).to.equal('');
    expect(Object.keys(run.files)).to.deep.equal(['site/faq.html']);
    expect(run.files['site/faq.html']).to.match(/^<iom-faq/);
  });

  it("checks overrides with the provider's rules: applied when good, in a provider block for the script", async () => {
    const overrides = { en: { faq: { title: 'Your questions' } } };
    const run = await cli(['render', 'iom-faq', '--overrides', 'o.json'], {
      'o.json': JSON.stringify(overrides),
    });
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stdout).to.match(
      /^<iom-provider><script type="application\/json">\{"en":\{"faq":\{"title":"Your questions"\}\}\}<\/script><iom-faq/,
    );
    expect(run.stdout).to.include('Your questions<!--/lit-part--></h2>');
    expect(run.stdout).to.not.include(englishFaq.title);
  });

  it("refuses every bad override of the shared corpus with the provider's exact messages", async () => {
    const bad = CASES.filter(({ name }) => PROBLEMS[name].length > 0);
    expect(bad.length).to.be.at.least(40);
    for (const { name, overrides } of bad) {
      // The corpus names the overrides `content`; so does the file here.
      const run = await cli(['render', 'iom-faq', '--overrides', 'content', '--out', 'out.html'], {
        content: JSON.stringify(overrides),
      });
      expectRefused(run, PROBLEMS[name].join('; '));
      expect(run.files, name).to.not.have.property('out.html');
    }
  });

  const refusals: [string, string[], string][] = [
    [
      'an unknown tag',
      ['render', 'iom-foo'],
      '"iom-foo" is not an element it renders (iom-profile, iom-mission, iom-activities, iom-presence, iom-issues, iom-partners, iom-developments, iom-faq, iom-overview).',
    ],
    [
      'the provider (it renders nothing)',
      ['render', 'iom-provider'],
      '"iom-provider" is not an element it renders (iom-profile, iom-mission, iom-activities, iom-presence, iom-issues, iom-partners, iom-developments, iom-faq, iom-overview).',
    ],
    [
      'an unknown language',
      ['render', 'iom-faq', '--lang', 'de'],
      'lang "de" has no content (languages: en, ar, es, fr, ru, zh).',
    ],
    [
      'a level of 7',
      ['render', 'iom-faq', '--heading-level', '7'],
      'heading-level "7" is not a whole number from 1 to 6.',
    ],
    [
      'a level in words',
      ['render', 'iom-faq', '--heading-level', 'three'],
      'heading-level "three" is not a whole number from 1 to 6.',
    ],
    [
      'an unknown theme',
      ['render', 'iom-faq', '--theme', 'sepia'],
      'theme "sepia" is not "light" or "dark".',
    ],
    ['an unknown format', ['render', 'iom-faq', '--format', 'pdf'], 'format "pdf" is not one of dsd, html.'],
    [
      'an unknown question',
      ['render', 'iom-faq', '--open', 'nope'],
      `open: "nope" is not a question of iom-faq (${englishFaq.questions.map((q) => q.id).join(', ')}).`,
    ],
    [
      'open on another element',
      ['render', 'iom-profile', '--open', 'all'],
      'open is for iom-faq only, not iom-profile.',
    ],
    [
      'single on another element',
      ['render', 'iom-profile', '--single'],
      'single is for iom-faq only, not iom-profile.',
    ],
    [
      'structured data on an element without any',
      ['render', 'iom-mission', '--structured-data'],
      'structured-data is for iom-faq and iom-profile only, not iom-mission.',
    ],
    [
      'an unknown section',
      ['render', 'iom-overview', '--sections', 'faq news'],
      'sections: "news" is not a section (profile, mission, activities, presence, issues, partners, developments, faq).',
    ],
    [
      'stylesheets with the html format',
      ['render', 'iom-faq', '--format', 'html', '--stylesheets', '/s/'],
      'stylesheets is for the dsd format only (the html format has no styles).',
    ],
    [
      'a missing overrides file',
      ['render', 'iom-faq', '--overrides', 'missing.json'],
      '--overrides missing.json: cannot be read (ENOENT).',
    ],
    [
      'no tag',
      ['render'],
      'render needs at least one tag (iom-profile, iom-mission, iom-activities, iom-presence, iom-issues, iom-partners, iom-developments, iom-faq, iom-overview).',
    ],
    [
      'a flag of render-page',
      ['render', 'iom-faq', '--in-place'],
      '--in-place is for render-page (render writes to --out or standard output).',
    ],
    [
      'an unknown command',
      ['draw', 'iom-faq'],
      'unknown command "draw" (render, render-page, stylesheets; see --help).',
    ],
  ];
  for (const [what, args, message] of refusals) {
    it(`refuses ${what}: one line, exit code 2, --out left as it was`, async () => {
      const run = await cli([...args, '--out', 'page.html'], { 'page.html': 'the page before' });
      expectRefused(run, message);
      expect(run.files['page.html']).to.equal('the page before');
    });
  }

  it('refuses an overrides file that is not JSON, naming it', async () => {
    const run = await cli(['render', 'iom-faq', '--overrides', 'o.json'], { 'o.json': '{ en: ' });
    expect(run.code).to.equal(2);
    expect(run.stderr).to.match(/^iom-elements: --overrides o\.json: is not valid JSON: .+\n$/);
  });

  it('refuses an unknown option, naming it', async () => {
    const run = await cli(['render', 'iom-faq', '--colour', 'red']);
    expect(run.code).to.equal(2);
    expect(run.stderr).to.match(/^iom-elements: Unknown option '--colour'.*see iom-elements --help\)\n$/);
  });
});

describe('iom-elements render-page', function () {
  this.timeout(60000);

  const PAGE =
    '<!doctype html>\r\n<html lang="fr"><title>A page</title>\r\n<p>Text &amp; more.</p>\r\n<iom-faq heading-level="3"></iom-faq>\r\n';
  const OTHER = '<main lang="es"><iom-mission></iom-mission></main>\n';
  const BAD = '<p>\n  <iom-presence heading-level="9"></iom-presence>\n';

  /** The page with its shadow root (or plain copy) taken out, as it was before. */
  const before = (html: string) =>
    html
      .replace(
        /<template shadowrootmode="open">[\s\S]*<\/template>|(?<=<iom-[a-z]+[^>]*>)\n<h[\s\S]*\n(?=<\/iom-)/g,
        '',
      )
      .replace(/(<iom-[a-z]+[^>]*) dir="(ltr|rtl)">/g, '$1>');

  it('--out-dir writes each file by the same name into the folder, and leaves the files as they were', async () => {
    const run = await cli(['render-page', 'site/index.html', 'about.html', '--out-dir', 'out'], {
      'site/index.html': PAGE,
      'about.html': OTHER,
    });
    expect(run.code, run.stderr).to.equal(0);
    expect([run.stdout, run.stderr]).to.deep.equal(['', '']);
    expect(Object.keys(run.files).sort()).to.deep.equal([
      'about.html',
      'out/about.html',
      'out/index.html',
      'site/index.html',
    ]);
    expect([run.files['site/index.html'], run.files['about.html']]).to.deep.equal([PAGE, OTHER]);
    expect(run.files['out/index.html']).to.include(
      `<iom-faq heading-level="3"><template shadowrootmode="open">`,
    );
    expect(run.files['out/index.html']).to.include(`${frenchFaq.title}<!--/lit-part--></h3>`);
    expect(before(run.files['out/index.html'])).to.equal(PAGE);
    expect(run.files['out/about.html']).to.include('lang="es"');
    expect(before(run.files['out/about.html'])).to.equal(OTHER);
  });

  it('--in-place rewrites the files; a second run changes nothing', async () => {
    const run = await cli(['render-page', 'index.html', '--in-place'], { 'index.html': PAGE });
    expect(run.code, run.stderr).to.equal(0);
    expect(Object.keys(run.files)).to.deep.equal(['index.html']);
    expect(before(run.files['index.html'])).to.equal(PAGE);
    expect(run.files['index.html']).to.not.equal(PAGE);
    const again = await cli(['render-page', 'index.html', '--in-place'], {
      'index.html': run.files['index.html'],
    });
    expect(again.code, again.stderr).to.equal(0);
    expect(again.files['index.html']).to.equal(run.files['index.html']);
  });

  it('takes --format and --stylesheets for every element', async () => {
    const html = await cli(['render-page', 'a.html', '--in-place', '--format', 'html'], { 'a.html': PAGE });
    expect(html.code, html.stderr).to.equal(0);
    expect(html.files['a.html']).to.include(
      `<iom-faq heading-level="3" dir="ltr">\n<h3>${frenchFaq.title}</h3>`,
    );
    expect(before(html.files['a.html'])).to.equal(PAGE);
    const linked = await cli(['render-page', 'a.html', '--in-place', '--stylesheets', '/iom/'], {
      'a.html': PAGE,
    });
    expect(linked.files['a.html']).to.include('<link rel="stylesheet" href="/iom/iom-faq.css">');
    expect(linked.files['a.html']).to.not.include('<style>');
  });

  const refusals: [string, string[], string][] = [
    ['no file', ['render-page', '--in-place'], 'render-page needs at least one HTML file.'],
    [
      'neither --in-place nor --out-dir',
      ['render-page', 'a.html'],
      'render-page needs --in-place (rewrite the files) or --out-dir <dir> (write them there).',
    ],
    [
      'both --in-place and --out-dir',
      ['render-page', 'a.html', '--in-place', '--out-dir', 'out'],
      'render-page takes --in-place or --out-dir <dir>, not both.',
    ],
    [
      'a missing file',
      ['render-page', 'a.html', 'missing.html', '--in-place'],
      'missing.html: cannot be read (ENOENT).',
    ],
    [
      'a bad element in the last file (the first is not written either)',
      ['render-page', 'a.html', 'bad.html', '--in-place'],
      'bad.html: iom-presence at 2:3: heading-level "9" is not a whole number from 1 to 6.',
    ],
    [
      'a bad element, with --out-dir',
      ['render-page', 'a.html', 'bad.html', '--out-dir', 'out'],
      'bad.html: iom-presence at 2:3: heading-level "9" is not a whole number from 1 to 6.',
    ],
    [
      "a provider's block that breaks the rules",
      ['render-page', 'provider.html', '--in-place'],
      'provider.html: iom-provider at 1:1: content.de: is not a language of the library (en, ar, es, fr, ru, zh)',
    ],
    [
      'a file that is not UTF-8',
      ['render-page', 'latin1.html', '--in-place'],
      'latin1.html: is not UTF-8 text.',
    ],
    [
      'an unknown format',
      ['render-page', 'a.html', '--in-place', '--format', 'pdf'],
      'format "pdf" is not one of dsd, html.',
    ],
    [
      'an option of the elements',
      ['render-page', 'a.html', '--in-place', '--lang', 'fr'],
      '--lang is not an option of render-page (each element takes its own attributes; see --help).',
    ],
    [
      'two files that would land on one name',
      ['render-page', 'a.html', 'sub/a.html', '--out-dir', 'out'],
      'a.html and sub/a.html would both be written to out/a.html.',
    ],
  ];
  for (const [what, args, message] of refusals) {
    it(`refuses ${what}: one line, exit code 2, every file left as it was`, async () => {
      const files = {
        'a.html': PAGE,
        'sub/a.html': OTHER,
        'bad.html': BAD,
        'provider.html': '<iom-provider><script type="application/json">{"de":{}}</script></iom-provider>',
      };
      // "café" in Latin-1: its last byte is no UTF-8 (the folder's listing reads it as U+FFFD).
      const run = await cli(args, files, { 'latin1.html': btoa('caf\u00e9') });
      expectRefused(run, message);
      expect(run.files).to.deep.equal({ ...files, 'latin1.html': 'caf\ufffd' });
    });
  }
});

describe('iom-elements stylesheets', () => {
  it("writes each element's shadow-root stylesheet, the same as the package ships", async () => {
    const run = await cli(['stylesheets', 'public/iom']);
    expect(run.code, run.stderr).to.equal(0);
    const names = Object.keys(run.files).sort();
    expect(names).to.have.length(9);
    for (const name of names) {
      const shipped = await (await fetch(`/dist/styles/${name.slice('public/iom/'.length)}`)).text();
      expect(run.files[name], name).to.equal(shipped);
      expect(shipped).to.include(':host');
    }
  });
});
