// React 19 with the generated JSX types: <iom-faq heading-level={3} /> type-checks, wrong
// attribute values are rejected, and the built app renders an h3.
import { join } from 'node:path';
import { FAQ_TITLE, VERSIONS } from './harness.mjs';
import { inspect } from './pages.mjs';
import { tsconfig } from './tsconfig.mjs';

export default {
  name: 'react',
  about: 'React 19 rendering <iom-faq heading-level={3} />',
  async run(h) {
    const react = h.project(
      'react',
      {
        vite: VERSIONS.vite,
        typescript: VERSIONS.typescript,
        react: VERSIONS.react,
        'react-dom': VERSIONS['react-dom'],
        '@types/react': VERSIONS['@types/react'],
        '@types/react-dom': VERSIONS['@types/react-dom'],
      },
      {
        'tsconfig.json': tsconfig({ jsx: 'react-jsx' }),
        'vite.config.js': "export default { oxc: { jsx: { runtime: 'automatic' } } };\n",
        'index.html':
          '<!doctype html><html lang="en"><link rel="icon" href="data:,"><title>React</title><div id="root"></div><script type="module" src="/src/main.tsx"></script></html>',
        'src/iom-elements.d.ts': "import type {} from 'iom-elements/jsx/react';\n",
        'src/main.tsx': `import { createRoot } from 'react-dom/client';
    import 'iom-elements/iom-faq.js';
    import type { IomFaqToggleDetail } from 'iom-elements';

    function App() {
      return (
        <main>
          <iom-faq
            heading-level={3}
            theme="dark"
            oniom-faq-toggle={(event: CustomEvent<IomFaqToggleDetail>) => console.info(event.detail.id)}
          />
          {/* @ts-expect-error the JSX types know heading-level is a number */}
          <iom-faq heading-level="three" hidden />
          {/* @ts-expect-error the JSX types know the themes */}
          <iom-faq theme="sepia" hidden />
          {/* The provider's content is a property: React 19 sets it as one. */}
          <iom-provider content={{ en: { faq: { title: 'Questions' } } }} hidden />
          {/* @ts-expect-error the provider's content is overrides, not text */}
          <iom-provider content="faq" hidden />
        </main>
      );
    }

    createRoot(document.getElementById('root')!).render(<App />);
    `,
      },
    );
    h.run(react, 'npx', ['tsc', '-p', '.']);
    h.expect('type-checks with the JSX types, and rejects wrong attribute values', true);
    h.run(react, 'npx', ['vite', 'build', '--logLevel', 'error']);
    const reactSeen = await inspect(h, join(react, 'dist'));
    h.expect(
      'renders <iom-faq heading-level={3}> with an h3',
      reactSeen.heading === `h3 ${FAQ_TITLE}`,
      JSON.stringify(reactSeen),
    );
    // The two wrong uses the type check rejects are rendered too (hidden): each warns, once.
    const warned = reactSeen.errors.map((message) => message.replace(/ http\S+$/, ''));
    h.expect(
      'no error in the console; a warning for each wrong value, naming it',
      warned.length === 2 &&
        warned[0].startsWith('warn: <iom-faq> heading-level="three" is not a whole number') &&
        warned[1].startsWith('warn: <iom-faq> theme="sepia" is not "light" or "dark"'),
      reactSeen.errors.join('; '),
    );
  },
};
