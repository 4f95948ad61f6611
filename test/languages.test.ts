import { expect, fixture, html } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { IomFaq } from '../src/index.js';
import enFaq from '../content/en/faq.json';
import enPresence from '../content/en/presence.json';
import esFaq from '../content/es/faq.json';
import frFaq from '../content/fr/faq.json';
import frPresence from '../content/fr/presence.json';
import { LANGUAGES, SECTION_NAMES, SOURCE_LANGUAGE, type SectionContent } from '../src/core/content-types.js';
import { captureWarnings, inShadow, openFrame, renderedText, shownIn, shownStrings } from './helpers.js';

/** A section's content in a language, read from content/ as the elements read it. */
const contentOf = async (lang: string, name: string): Promise<SectionContent> =>
  ((await import(`../content/${lang}/${name}.json`)) as { default: SectionContent }).default;

/** Every string an element shows, its controls' labels included. */
const allStrings = (section: SectionContent) => [
  ...shownStrings(section),
  ...(section.labels ? [section.labels.showAll!, section.labels.copyLink!] : []),
];

describe('languages', () => {
  // Every language content/ has, every section: the lists are the content model's own.
  for (const lang of LANGUAGES.filter((l) => l !== SOURCE_LANGUAGE)) {
    for (const name of SECTION_NAMES) {
      it(`<iom-${name} lang="${lang}"> shows all of its ${lang} content and no English`, async () => {
        const tag = unsafeStatic(`iom-${name}`);
        const el = await fixture(staticHtml`<${tag} lang=${lang}></${tag}>`);
        await shownIn(el, lang);
        // A FAQ builds an answer's "Copy link" button only while it is open: open one.
        if (el instanceof IomFaq) {
          el.show(el.questionIds[0]);
          await el.updateComplete;
        }
        const text = renderedText(el);
        const translated = allStrings(await contentOf(lang, name));
        for (const expected of translated) expect(text).to.include(expected);
        const english = allStrings(await contentOf(SOURCE_LANGUAGE, name)).filter(
          (s) => !translated.includes(s),
        );
        for (const leftover of english) expect(text, `English left: ${leftover}`).not.to.include(leftover);
      });
    }
  }

  it("takes the nearest ancestor's lang, across shadow roots, else the document's", async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="es">
        <iom-profile></iom-profile>
        <div id="host"></div>
      </div>`,
    );
    await shownIn(wrapper.querySelector('iom-profile')!, 'es');
    const shadow = wrapper.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div lang="fr"><iom-mission></iom-mission></div><iom-issues></iom-issues>';
    await shownIn(shadow.querySelector('iom-mission')!, 'fr');
    await shownIn(shadow.querySelector('iom-issues')!, 'es');

    const before = document.documentElement.lang;
    document.documentElement.lang = 'fr';
    try {
      const alone = await fixture(html`<iom-partners></iom-partners>`);
      await shownIn(alone, 'fr');
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('falls back from a region (fr-CA → fr) and from an unsupported language to English, warning once', async () => {
    const canadian = await fixture(html`<iom-faq lang="fr-CA"></iom-faq>`);
    await shownIn(canadian, 'fr');
    let german!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      german = await fixture<HTMLElement>(
        html`<div lang="de"><iom-faq></iom-faq><iom-profile></iom-profile></div>`,
      );
      await new Promise((r) => setTimeout(r, 50));
    });
    await shownIn(german.querySelector('iom-faq')!, 'en');
    expect(warnings.filter((w) => w.includes('lang="de"'))).to.have.length(1);
  });

  it('reads zh, zh-CN, zh-Hans and zh-SG as Simplified Chinese, ar-EG as Arabic, ru-RU as Russian', async () => {
    for (const [tag, lang] of [
      ['zh', 'zh'],
      ['zh-CN', 'zh'],
      ['zh-Hans', 'zh'],
      ['zh-SG', 'zh'],
      ['zh-Hans-HK', 'zh'],
      ['ar-EG', 'ar'],
      ['ru-RU', 'ru'],
    ]) {
      const el = await fixture(html`<iom-faq lang=${tag}></iom-faq>`);
      await shownIn(el, lang);
    }
  });

  it('gives Traditional Chinese (zh-TW, zh-Hant, zh-HK, zh-MO) English, not Simplified, and says why', async () => {
    for (const tag of ['zh-TW', 'zh-Hant', 'zh-HK', 'zh-MO', 'zh-Hant-CN']) {
      let el!: HTMLElement;
      const warnings = await captureWarnings(async () => {
        el = await fixture<HTMLElement>(html`<iom-faq lang=${tag}></iom-faq>`);
        await new Promise((r) => setTimeout(r, 50));
      });
      await shownIn(el, 'en');
      expect(
        warnings.filter((w) => w.includes(`lang="${tag}"`) && w.includes('Traditional Chinese')),
      ).to.have.length(1);
    }
  });

  // Arabic, Chinese and Russian are not written in Latin letters: a string that is the English
  // one at the same place, or three Latin words in a row, is English left untranslated.
  for (const lang of ['ar', 'zh', 'ru']) {
    it(`content/${lang}/ has no English left in it`, async () => {
      const leftovers: string[] = [];
      // Figures and dates are the same in every language.
      const same = (text: string) => /^[\d\s.,:+%-]+$/.test(text);
      const visit = (value: unknown, english: unknown, path: string): void => {
        if (typeof value === 'string') {
          if (/\.(href|\$schema|id|section|foundingDate)$/.test(path) || same(value)) return;
          if (value === english) leftovers.push(`${path}: the English "${value}"`);
          else if (/[A-Za-z]{2,}[\s,.'-]+[A-Za-z]{2,}[\s,.'-]+[A-Za-z]{2,}/.test(value))
            leftovers.push(`${path}: ${value}`);
        } else if (value && typeof value === 'object') {
          for (const [key, child] of Object.entries(value))
            visit(child, (english as Record<string, unknown> | undefined)?.[key], `${path}.${key}`);
        }
      };
      for (const name of SECTION_NAMES)
        visit(
          await contentOf(lang, name),
          await contentOf(SOURCE_LANGUAGE, name),
          `content/${lang}/${name}.json`,
        );
      expect(leftovers).to.deep.equal([]);
    });
  }

  it('re-renders when lang changes at run time, on the element or an ancestor', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><iom-faq></iom-faq></div>`);
    const el = wrapper.querySelector('iom-faq')!;
    await shownIn(el, 'en');
    el.lang = 'es';
    await shownIn(el, 'es');
    expect(renderedText(el)).to.include(esFaq.questions[0].question);
    el.removeAttribute('lang');
    wrapper.setAttribute('lang', 'fr');
    await shownIn(el, 'fr');
    expect(inShadow(el, '[part="toggle-all"]')[0].textContent?.trim()).to.equal(frFaq.labels.showAll);
  });
});

describe('<iom-provider>', () => {
  it('gives lang, heading level and theme to the elements inside, unless they set their own', async () => {
    const provider = await fixture<HTMLElement>(
      html`<iom-provider lang="es" heading-level="4" theme="dark">
        <iom-faq></iom-faq>
        <iom-profile heading-level="2" lang="fr" theme="light"></iom-profile>
      </iom-provider>`,
    );
    const faq = provider.querySelector('iom-faq')!;
    const profile = provider.querySelector('iom-profile')!;
    await shownIn(faq, 'es');
    await shownIn(profile, 'fr');
    expect(inShadow(faq, 'section > h4')).to.have.length(1);
    expect(inShadow(faq, 'h5.question-heading')).to.have.length(enFaq.questions.length);
    expect(inShadow(profile, 'section > h2')).to.have.length(1);
    expect(getComputedStyle(faq).colorScheme).to.equal('dark');
    expect(getComputedStyle(profile).colorScheme).to.equal('light');
  });

  it('reaches elements inside other shadow roots, and ones defined before it', async () => {
    const provider = await fixture<HTMLElement>(
      html`<iom-provider heading-level="5"><div></div></iom-provider>`,
    );
    const shadow = provider.querySelector('div')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<iom-developments></iom-developments>';
    const el = shadow.querySelector('iom-developments')!;
    await el.updateComplete;
    expect(inShadow(el, 'section > h5')).to.have.length(1);
  });

  it('takes overrides in Arabic, Chinese and Russian, each for its own language', async () => {
    const content = {
      ar: { faq: { title: 'أسئلة وأجوبة' } },
      zh: { presence: { figures: [{ id: 'member-states', value: '175' }] } },
      ru: { faq: { labels: { showAll: 'Открыть все' } } },
    };
    const provider = await fixture<HTMLElement>(
      html`<iom-provider .content=${content}>
        <iom-faq lang="ar"></iom-faq><iom-presence lang="zh"></iom-presence><iom-faq lang="ru"></iom-faq>
      </iom-provider>`,
    );
    const [arabic, chinese, russian] = [...provider.querySelectorAll<HTMLElement>('iom-faq, iom-presence')];
    await shownIn(arabic, 'ar');
    await shownIn(chinese, 'zh');
    await shownIn(russian, 'ru');
    expect(inShadow(arabic, 'h2')[0].textContent?.trim()).to.equal('أسئلة وأجوبة');
    expect(renderedText(chinese)).to.include('175');
    expect(inShadow(russian, '[part="toggle-all"]')[0].textContent?.trim()).to.equal('Открыть все');
    expect(inShadow(russian, 'h2')[0].textContent?.trim(), 'the Arabic title stays Arabic').not.to.equal(
      'أسئلة وأجوبة',
    );
  });

  it('merges `content` overrides over the bundled content, per language, by id', async () => {
    const overrides = {
      en: { presence: { figures: [{ id: 'member-states', value: '175', phrase: '175 member states' }] } },
      fr: { presence: { title: 'L’OIM dans le monde' } },
    };
    const provider = await fixture<HTMLElement>(
      html`<iom-provider .content=${overrides}
        ><iom-presence></iom-presence><iom-presence lang="fr"></iom-presence
      ></iom-provider>`,
    );
    const [en, fr] = provider.querySelectorAll('iom-presence');
    await en.updateComplete;
    expect(inShadow(en, '.value')[0].textContent).to.equal('175');
    expect(renderedText(en)).to.include('175 member states');
    expect(renderedText(en)).to.include(enPresence.figures[1].phrase);
    await shownIn(fr, 'fr');
    expect(inShadow(fr, 'h2')[0].textContent?.trim()).to.equal('L’OIM dans le monde');
    expect(inShadow(fr, '.value')[0].textContent).to.equal(frPresence.figures[0].value);
  });

  it('reads overrides from a child <script type="application/json"> (no JavaScript needed)', async () => {
    const provider = await fixture<HTMLElement>(
      html`<iom-provider>
        <script type="application/json">
          { "en": { "faq": { "questions": [{ "id": "safe-migration", "answer": "A corrected answer." }] } } }
        </script>
        <iom-faq open="safe-migration"></iom-faq>
      </iom-provider>`,
    );
    const faq = provider.querySelector('iom-faq')!;
    await faq.updateComplete;
    expect(renderedText(faq)).to.include('A corrected answer.');
    expect(renderedText(faq)).not.to.include(enFaq.questions[2].answer);
  });

  async function errorsOf(run: () => Promise<unknown>): Promise<string[]> {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      await run();
      await new Promise((r) => setTimeout(r, 20));
    } finally {
      console.error = original;
    }
    return errors;
  }

  it('reports broken JSON in the script block and keeps the bundled content', async () => {
    let provider!: HTMLElement;
    const errors = await errorsOf(async () => {
      provider = await fixture<HTMLElement>(
        html`<iom-provider>
          <script type="application/json">
            { "en": { "faq":
          </script>
          <iom-faq></iom-faq>
        </iom-provider>`,
      );
    });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/^<iom-provider> <script type="application\/json">: is not valid JSON: /);
    expect(renderedText(provider.querySelector('iom-faq')!)).to.include(enFaq.questions[0].question);
  });

  it('reports a schema-invalid override by path and keeps that section as bundled', async () => {
    let provider!: HTMLElement;
    const bad = {
      en: {
        presence: { figures: [{ id: 'member-states', value: 175 }] },
        faq: { title: '' },
        mission: { items: [{ id: 'no-such-objective', text: 'x' }] },
        nowhere: { title: 'x' },
      },
      de: {},
    };
    const errors = await errorsOf(async () => {
      provider = await fixture<HTMLElement>(
        html`<iom-provider .content=${bad}>
          <iom-presence></iom-presence><iom-faq></iom-faq><iom-mission></iom-mission>
        </iom-provider>`,
      );
    });
    expect(errors).to.include.members([
      '<iom-provider> content.en.presence.figures[0].value: expected a string, got number 175',
      '<iom-provider> content.en.faq.title: expected non-empty text',
      '<iom-provider> content.en.nowhere: is not a section (profile, mission, activities, presence, issues, partners, developments, faq)',
      `<iom-provider> content.de: is not a language of the library (${LANGUAGES.join(', ')})`,
      '<iom-provider> content.en.mission.items[0].id: has no entry "no-such-objective" (its ids: protect-rights, migration-governance, understand-challenges, international-cooperation)',
    ]);
    expect(inShadow(provider.querySelector('iom-presence')!, '.value')[0].textContent).to.equal('173');
    expect(inShadow(provider.querySelector('iom-faq')!, 'h2')[0].textContent?.trim()).to.equal(enFaq.title);
  });

  it('shows override strings as text, never HTML, and takes only https:, http: and mailto: links', async () => {
    const attack = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    let provider!: HTMLElement;
    const errors = await errorsOf(async () => {
      provider = await fixture<HTMLElement>(
        html`<iom-provider
          .content=${{
            en: {
              profile: { title: attack, link: { text: 'IOM', href: 'HTTPS://www.iom.int/' } },
              developments: { paragraphs: [attack] },
              mission: { title: 'Not shown', link: { text: 'Click', href: 'javascript:alert(1)' } },
            },
          }}
        >
          <iom-profile></iom-profile><iom-developments></iom-developments><iom-mission></iom-mission>
        </iom-provider>`,
      );
    });
    const [profile, developments, mission] = [...provider.children] as (HTMLElement & {
      updateComplete: Promise<unknown>;
    })[];
    await Promise.all([profile, developments, mission].map((el) => el.updateComplete));
    expect(inShadow(profile, 'h2')[0].textContent?.trim()).to.equal(attack);
    expect(inShadow(developments, 'p')[0].textContent).to.equal(attack);
    expect(inShadow(profile, 'img, b')).to.have.length(0);
    expect(inShadow(developments, 'img, b')).to.have.length(0);
    // A scheme in capitals is still https: (schemes are case-insensitive).
    expect(inShadow<HTMLAnchorElement>(profile, 'a')[0].href).to.equal('https://www.iom.int/');
    // A javascript: link breaks the rules: that section's override is reported and left out whole.
    expect(errors).to.deep.equal([
      '<iom-provider> content.en.mission.link.href: expected an https:, http: or mailto: address, got string "javascript:alert(1)"',
    ]);
    expect(inShadow(mission, 'a')).to.have.length(0);
    expect(inShadow(mission, 'h2')[0].textContent?.trim()).not.to.equal('Not shown');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('lazy language chunks (CDN file)', () => {
  async function requests(path: string): Promise<string[]> {
    const { frame, win } = await openFrame(path);
    await win.customElements.whenDefined('iom-faq');
    // Until every element of the page shows the page's language.
    const pageLang = win.document.documentElement.lang.split('-')[0];
    for (let i = 0; i < 100; i += 1) {
      const langs = [...win.document.querySelectorAll('iom-faq, iom-presence, iom-profile')].map(
        (el) => el.shadowRoot?.querySelector<HTMLElement>('section')?.lang,
      );
      if (langs.every((lang) => lang === pageLang)) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const names = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    frame.remove();
    return names.filter((name) => name.startsWith('/dist/'));
  }

  it('a page in English downloads no other language', async () => {
    expect(await requests('/test/fixtures/plain.html')).to.deep.equal(['/dist/cdn/iom-elements.js']);
  });

  it('a page in French downloads the French chunks of its elements, from beside the script, and nothing else', async () => {
    const got = await requests('/test/fixtures/french.html');
    expect(got[0]).to.equal('/dist/cdn/iom-elements.js');
    const chunks = got.slice(1).map((path) => path.replace(/-[\w-]{8}\.js$/, ''));
    expect(chunks.sort()).to.deep.equal([
      '/dist/cdn/content/fr-faq',
      '/dist/cdn/content/fr-index',
      '/dist/cdn/content/fr-presence',
    ]);
  });
});
