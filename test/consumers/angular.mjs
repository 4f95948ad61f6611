// examples/angular: Angular with CUSTOM_ELEMENTS_SCHEMA, rendered per request by @angular/ssr's
// Express server, its HTML expanded with renderHtml, then hydrated by Angular and by the elements.
// Angular 22 needs Node >= 22.22: installed, built and served under Node 24.
import { checkApp } from './framework-app.mjs';
import { openPage } from './harness.mjs';

export default {
  name: 'angular',
  about: 'examples/angular: Angular SSR (AngularNodeAppEngine + renderHtml), hydrated in Chromium',
  async run(h) {
    const node = 24;
    const env = { NG_CLI_ANALYTICS: 'false' };
    const dir = h.example('angular', { node, env });
    h.expectPinned(dir, 'angular', '@angular/core');
    // `ng build` compiles with strict template type checking; tsc checks server.ts and the rest.
    h.run(dir, 'npm', ['run', 'build'], { node, env });
    h.run(dir, 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'], { node });
    h.expect('angular: builds and type-checks (ng build with strictTemplates, tsc --noEmit)', true);

    await h.withServer(dir, 'npm', ['start'], { node }, async (server) => {
      const served = await (await fetch(`${server.origin}/`)).text();
      h.expect(
        'angular: `/` is rendered per request on the server, not prerendered',
        served.includes('ng-server-context="ssr"'),
        served.match(/<app-root[^>]*>/)?.[0] ?? served.slice(0, 300),
      );
      await checkApp(h, {
        name: 'angular',
        origin: server.origin,
        serverRendered: true,
        clientNavigation: true,
        serverLog: server.output,
        logProblem: /error|warn|NG0\d/i,
      });
      const { page } = await openPage(h.browser);
      try {
        await page.goto(`${server.origin}/`, { waitUntil: 'load' });
        const bound = await page
          .waitForFunction(
            () => {
              const faq = /** @type {any} */ (document.querySelector('iom-faq'));
              const provider = /** @type {any} */ (document.querySelector('iom-provider'));
              return (
                provider?.content &&
                JSON.stringify({ open: faq.open, single: faq.single, content: provider.content })
              );
            },
            { timeout: 15_000 },
          )
          .then((handle) => handle.jsonValue(), String);
        h.expect(
          "angular: in the browser Angular sets the properties: `open` and `single` false, the provider's `content`",
          bound ===
            JSON.stringify({
              open: false,
              single: false,
              content: { en: { faq: { title: 'Questions, answered in the app' } } },
            }),
          bound,
        );
      } finally {
        await page.close();
      }
    });
  },
};
