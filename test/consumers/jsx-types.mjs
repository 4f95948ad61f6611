// The Preact and Solid JSX types, type-checked only: right uses pass, wrong ones are rejected.
import { VERSIONS } from './harness.mjs';
import { tsconfig } from './tsconfig.mjs';

export default {
  name: 'jsx-types',
  about: 'Preact and Solid type-check with their JSX types',
  async run(h) {
    const jsxOnly = (source) => `${source}
    export const ok = <iom-faq heading-level={3} single theme="light" />;
    // @ts-expect-error the JSX types know heading-level is a number
    export const wrong = <iom-faq heading-level="three" />;
    `;
    const jsx = h.project(
      'jsx',
      { typescript: VERSIONS.typescript, preact: VERSIONS.preact, 'solid-js': VERSIONS['solid-js'] },
      {
        'tsconfig.preact.json': tsconfig({ jsx: 'react-jsx', jsxImportSource: 'preact' }).replace(
          '["src"]',
          '["preact"]',
        ),
        'tsconfig.solid.json': tsconfig({ jsx: 'preserve', jsxImportSource: 'solid-js' }).replace(
          '["src"]',
          '["solid"]',
        ),
        'preact/app.tsx': jsxOnly("import type {} from 'iom-elements/jsx/preact';"),
        'solid/app.tsx': jsxOnly("import type {} from 'iom-elements/jsx/solid';"),
      },
    );
    h.run(jsx, 'npx', ['tsc', '-p', 'tsconfig.preact.json']);
    h.expect('Preact: type-checks, and rejects wrong attribute values', true);
    h.run(jsx, 'npx', ['tsc', '-p', 'tsconfig.solid.json']);
    h.expect('Solid: type-checks, and rejects wrong attribute values', true);
  },
};
