// The package's command, `iom-elements render …`, run as a user runs it (test/server-commands.mjs
// spawns `node bin/iom-elements.js` in a fresh folder). It runs in Node, so one engine runs it.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import frenchFaq from '../content/fr/faq.json';
import englishFaq from '../content/en/faq.json';
import { CASES, PROBLEMS } from './override-corpus.js';

type Run = { code: number; stdout: string; stderr: string; files: Record<string, string> };

const cli = (args: string[], files: Record<string, string> = {}) =>
  executeServerCommand<Run, { args: string[]; files: Record<string, string> }>('run-cli', { args, files });

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
    expect(run.stdout).to.match(/^<iom-faq\s*><template shadowroot="open" shadowrootmode="open"><style>/);
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
    expect(first).to.equal('<iom-faq lang="fr" heading-level="3" theme="dark" open="all">');
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
      '<iom-profile>',
      '<iom-overview sections="faq profile">',
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
      'lang "de" has no content (languages: en, es, fr).',
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
    ['an unknown command', ['draw', 'iom-faq'], 'unknown command "draw" (render, stylesheets; see --help).'],
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
