// examples/astro: Astro 7, static output, its pages expanded by renderHtml in a middleware as it
// prerenders them (src/middleware.ts), <ClientRouter /> for client navigation. Installed,
// checked (`astro check`) and built under Node 24 (Astro 7 needs Node >= 22.12), then dist/
// served as plain files and checked in Chromium (framework-app.mjs). Its HTML is prerendered,
// so it counts as server-rendered.
import { join } from 'node:path';
import { checkApp } from './framework-app.mjs';

const NODE = 24;
// No telemetry, which would try to reach Astro's servers after each command.
const env = { ASTRO_TELEMETRY_DISABLED: '1' };

export default {
  name: 'astro',
  about: 'examples/astro: Astro 7 static output with <ClientRouter />, under Node 24',
  async run(h) {
    const dir = h.example('astro', { node: NODE });
    h.expectPinned(dir, 'astro', 'astro');
    h.run(dir, 'npm', ['run', 'check'], { node: NODE, env });
    h.expect('astro check passes', true);
    h.run(dir, 'npm', ['run', 'build'], { node: NODE, env });
    const site = await h.serve(join(dir, 'dist'));
    try {
      await checkApp(h, {
        name: 'astro',
        origin: site.origin,
        serverRendered: true,
        clientNavigation: true,
      });
    } finally {
      site.close();
    }
  },
};
