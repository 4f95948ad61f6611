import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/index.js';
import * as model from '../src/core/content-types.js';
import { checkOverrides } from '../src/core/overrides.js';
import rules from '../src/generated/override-rules.js';
import { CASES, PROBLEMS } from './override-corpus.js';
import { renderedText, shownIn } from './helpers.js';

/** `{ en: { faq: … } }` → `['en.faq']` */
const applied = (accepted: object) =>
  Object.entries(accepted).flatMap(([lang, sections]) =>
    Object.keys(sections as object).map((section) => `${lang}.${section}`),
  );

describe('override rules: the provider at run time and the build give one verdict', () => {
  it('on a corpus of at least 60 overrides, good and bad', () => {
    expect(CASES.length).to.be.at.least(60);
    expect(CASES.filter((c) => PROBLEMS[c.name].length > 0).length).to.be.at.least(40);
    expect(Object.keys(PROBLEMS)).to.deep.equal(CASES.map((c) => c.name));
  });

  CASES.forEach(({ name, overrides, applies }, index) => {
    it(name, async () => {
      const problems: string[] = [];
      const accepted = checkOverrides(overrides, 'content', rules, model, (message) =>
        problems.push(message),
      );
      const build = await executeServerCommand<{ applies: string[]; problems: string[] }, { index: number }>(
        'check-overrides',
        { index },
      );
      expect(problems, 'reported at run time').to.deep.equal(PROBLEMS[name]);
      expect(build.problems, 'reported by the build').to.deep.equal(PROBLEMS[name]);
      expect(applied(accepted), 'applied at run time').to.deep.equal(applies);
      expect(build.applies, 'applied by the build').to.deep.equal(applies);
    });
  });
});

// Nothing passes the rules that is then dropped: every section an override applies to shows
// something else than its bundled content (its words, or its structured data for crawlers).
const shown = (el: HTMLElement) =>
  `${renderedText(el)} ${el.querySelector('script[type="application/ld+json"]')?.textContent ?? ''}`;

describe('every override that passes changes what renders', () => {
  for (const { name, overrides, applies } of CASES.filter((c) => c.applies.length)) {
    it(name, async () => {
      for (const where of applies) {
        const [lang, section] = where.split('.');
        const tag = unsafeStatic(`iom-${section}`);
        const wrapper = await fixture<HTMLElement>(
          staticHtml`<div lang=${lang}>
            <${tag} structured-data></${tag}>
            <iom-provider .content=${overrides}><${tag} structured-data></${tag}></iom-provider>
          </div>`,
        );
        const [plain, overridden] = [...wrapper.querySelectorAll<HTMLElement>(`iom-${section}`)];
        await Promise.all([shownIn(plain, lang), shownIn(overridden, lang)]);
        await (wrapper.querySelector('iom-provider') as HTMLElement & { updateComplete: Promise<unknown> })
          .updateComplete;
        await (overridden as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(shown(overridden), where).not.to.equal(shown(plain));
      }
    });
  }
});
