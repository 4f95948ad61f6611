// examples/sveltekit: SvelteKit 3 with @sveltejs/adapter-node, its pages expanded by renderHtml
// in `transformPageChunk` (src/hooks.server.ts). Installed, svelte-checked and built under
// Node 24 (SvelteKit 3 needs Node >= 22.17; on Node 20 npm would quietly pick SvelteKit 2), then
// served by its own `node build` and checked in Chromium (framework-app.mjs).
import { checkApp } from './framework-app.mjs';

const NODE = 24;

export default {
  name: 'sveltekit',
  about: 'examples/sveltekit: SvelteKit 3 server-rendered with adapter-node, under Node 24',
  async run(h) {
    const dir = h.example('sveltekit', { node: NODE });
    h.expectPinned(dir, 'sveltekit', '@sveltejs/kit');
    h.run(dir, 'npm', ['run', 'check'], { node: NODE });
    h.expect('svelte-check passes (the iom-elements/svelte types included)', true);
    h.run(dir, 'npm', ['run', 'build'], { node: NODE });
    await h.withServer(dir, 'node', ['build'], { node: NODE }, (server) =>
      checkApp(h, {
        name: 'sveltekit',
        origin: server.origin,
        serverRendered: true,
        clientNavigation: true,
        serverLog: server.output,
      }),
    );
  },
};
