// Every TypeScript and JSX example of the README, compiled against the package, and override
// shapes the types must reject.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, VERSIONS } from './harness.mjs';
import { tsconfig } from './tsconfig.mjs';

export default {
  name: 'readme',
  about: "the README's TypeScript and JSX examples type-check",
  async run(h) {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const examples = [...readme.matchAll(/^( *)```(ts|tsx)\n([\s\S]*?)^\1```/gm)].map(
      ([, indent, lang, code]) => ({
        lang,
        code: code.replace(new RegExp(`^${indent}`, 'gm'), ''),
      }),
    );
    h.expect('the README has TypeScript and JSX examples', examples.length >= 3, `${examples.length} found`);
    const readmeProject = h.project(
      'readme',
      { typescript: VERSIONS.typescript, react: VERSIONS.react, '@types/react': VERSIONS['@types/react'] },
      {
        'tsconfig.json': tsconfig({ jsx: 'react-jsx' }),
        ...Object.fromEntries(
          examples.map(({ lang, code }, i) => [`src/example-${i + 1}.${lang}`, `${code}\nexport {};\n`]),
        ),
        'src/wrong-shapes.ts': `import type { ContentOverrides, IomProvider } from 'iom-elements';

    export const right: ContentOverrides = {
      en: { presence: { figures: [{ id: 'member-states', value: '175' }] }, faq: { labels: { showAll: 'Open all' } } },
    };
    // @ts-expect-error a section takes only the fields its element shows
    export const wrongSection: ContentOverrides = { en: { profile: { items: [{ id: 'a', text: 'x' }] } } };
    // @ts-expect-error a list entry names its id
    export const noId: ContentOverrides = { en: { presence: { figures: [{ value: '175' }] } } };
    // @ts-expect-error a figure's value is text
    export const notText: ContentOverrides = { en: { presence: { figures: [{ id: 'member-states', value: 175 }] } } };
    // @ts-expect-error de is not a language of the library
    export const noLanguage: ContentOverrides = { de: { faq: { title: 'Fragen' } } };
    // @ts-expect-error where an override stands says its section
    export const section: ContentOverrides = { en: { faq: { section: 'faq' } } };
    // @ts-expect-error the provider's content is overrides, not a string
    export const wrongProperty = (provider: IomProvider) => (provider.content = 'faq');
    `,
      },
    );
    h.run(readmeProject, 'npx', ['tsc', '-p', '.']);
    h.expect(`${examples.length} README examples type-check, and wrong override shapes are rejected`, true);
  },
};
