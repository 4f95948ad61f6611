// examples/nuxt: Nuxt 4, rendered on the server, its HTML expanded by a Nitro `render:html` hook
// with iom-elements/render. `nuxt typecheck` (vue-tsc, strictTemplates, with iom-elements/vue)
// type-checks it, `nuxt build` builds it, and its own server, started, passes the checks every
// framework app passes: the FAQ's declarative shadow root in the server's HTML, with the
// provider's title, hydrated with no warning.
import { checkApp } from './framework-app.mjs';

// Nuxt 4.5 declares Node ^22.19 || ^24.11.
const node = 24;
const env = { NUXT_TELEMETRY_DISABLED: '1' };

export default {
  name: 'nuxt',
  about: 'examples/nuxt: Nuxt 4 server-rendered, expanded in a Nitro render:html hook',
  async run(h) {
    const dir = h.example('nuxt', { node, env });
    h.expectPinned(dir, 'nuxt', 'nuxt');
    h.run(dir, 'npm', ['run', 'typecheck'], { node, env });
    h.expect('nuxt: nuxt typecheck (vue-tsc, strictTemplates, iom-elements/vue) type-checks it', true);
    h.run(dir, 'npm', ['run', 'build'], { node, env });
    await h.withServer(dir, 'npm', ['start'], { node, env }, (server) =>
      checkApp(h, {
        name: 'nuxt',
        origin: server.origin,
        serverRendered: true,
        clientNavigation: true,
        serverLog: server.output,
      }),
    );
  },
};
