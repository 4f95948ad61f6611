// examples/vue: Vue 3.5 with Vite and Vue Router, rendered in the browser. vue-tsc
// (strictTemplates, with iom-elements/vue) type-checks it, Vite builds it, and the built files,
// served as they are, pass the checks every framework app passes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkApp } from './framework-app.mjs';

// vue-router 5's build-time dependencies declare Node >= 22.18.
const node = 22;

export default {
  name: 'vue',
  about: 'examples/vue: Vue 3.5 + Vite + Vue Router, client-rendered',
  async run(h) {
    const dir = h.example('vue', { node });
    h.expectPinned(dir, 'vue', 'vue');
    h.run(dir, 'npm', ['run', 'typecheck'], { node });
    h.expect('vue: vue-tsc (strictTemplates, iom-elements/vue) type-checks it', true);
    h.run(dir, 'npx', ['vite', 'build', '--logLevel', 'error'], { node });
    // A history-mode app: any route's address serves index.html (the checks start at `/`).
    const index = readFileSync(join(dir, 'dist/index.html'), 'utf8');
    const { origin, close } = await h.serve(join(dir, 'dist'), (url) =>
      url.pathname === '/about' ? { type: 'text/html', body: index } : undefined,
    );
    try {
      await checkApp(h, { name: 'vue', origin, serverRendered: false, clientNavigation: true });
    } finally {
      close();
    }
  },
};
