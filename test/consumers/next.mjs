// examples/next: Next.js 16 (App Router) on Node 20 (it needs >= 20.9). A server component renders
// the FAQ with renderToString; a client component gives it to React with its declarative shadow
// root, sets the provider's overrides and handles the toggle event. Installed, built by
// `next build` (which type-checks it), served by `next start` and checked in Chromium
// (framework-app.mjs), telemetry off.
import { checkApp } from './framework-app.mjs';

const env = { NEXT_TELEMETRY_DISABLED: '1' };

export default {
  name: 'next',
  about: 'examples/next: Next.js 16 App Router, the FAQ rendered by a server component',
  async run(h) {
    const dir = h.example('next', { env });
    h.expectPinned(dir, 'next', 'next');
    const built = h.run(dir, 'npm', ['run', 'build'], { env });
    h.expect('next build type-checks and builds it', /Finished TypeScript/.test(built), built.slice(-2000));
    h.expect(
      '/ is rendered on the server (prerendered at build, a static route)',
      /^\S*\s*○ \/(\s|$)/m.test(built),
      built.slice(-1000),
    );
    await h.withServer(dir, 'npx', ['next', 'start', '-p', '$PORT', '-H', '127.0.0.1'], { env }, (server) =>
      checkApp(h, {
        name: 'next',
        origin: server.origin,
        serverRendered: true,
        clientNavigation: true,
        serverLog: server.output,
      }),
    );
  },
};
