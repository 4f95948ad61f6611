// A Vite + TypeScript app importing only 'iom-elements/iom-faq.js': it type-checks, builds, and
// defines that one element.
import { join } from 'node:path';
import { FAQ_TITLE, VERSIONS } from './harness.mjs';
import { inspect } from './pages.mjs';
import { tsconfig } from './tsconfig.mjs';

export default {
  name: 'vite-ts',
  about: 'Vite + TypeScript importing only iom-elements/iom-faq.js',
  async run(h) {
    const dir = h.project(
      'vite-ts',
      { vite: VERSIONS.vite, typescript: VERSIONS.typescript },
      {
        'tsconfig.json': tsconfig(),
        'index.html':
          '<!doctype html><html lang="en"><link rel="icon" href="data:,"><title>Vite + TS</title><main></main><script type="module" src="/src/main.ts"></script></html>',
        'src/main.ts': `import type { IomFaq } from 'iom-elements/iom-faq.js';
import 'iom-elements/iom-faq.js';

const el: IomFaq = document.createElement('iom-faq');
el.headingLevel = 3;
el.single = true;
// The toggle event is typed on addEventListener (HTMLElementEventMap).
el.addEventListener('iom-faq-toggle', (event) => console.info(event.detail.id, event.detail.open));
document.querySelector('main')!.append(el);
`,
      },
    );
    h.run(dir, 'npx', ['tsc', '-p', '.']);
    h.expect('type-checks (tsc --strict)', true);
    h.run(dir, 'npx', ['vite', 'build', '--logLevel', 'error']);
    const seen = await inspect(h, join(dir, 'dist'));
    h.expect(
      'renders the FAQ',
      seen.heading === `h3 ${FAQ_TITLE}` && seen.questions > 0,
      JSON.stringify(seen),
    );
    h.expect(
      'defines no other element',
      seen.defined.join() === 'iom-faq',
      `defined: ${seen.defined.join(', ')}`,
    );
    h.expect('no errors or warnings in the console', seen.errors.length === 0, seen.errors.join('; '));
  },
};
