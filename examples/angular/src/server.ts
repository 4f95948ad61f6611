// The server `ng new --ssr` writes, with one change: the HTML Angular renders goes through
// `renderHtml`, which writes each iom-elements element's shadow root into it as declarative
// shadow DOM. The browser parses those into shadow roots, not children, so Angular's hydration
// finds the DOM it rendered, and the elements hydrate over the server's nodes.
import {
  AngularNodeAppEngine,
  createNodeRequestHandler,
  isMainModule,
  writeResponseToNodeResponse,
} from '@angular/ssr/node';
import express from 'express';
import { renderHtml } from 'iom-elements/render';
import { join } from 'node:path';

const browserDistFolder = join(import.meta.dirname, '../browser');

const app = express();
// Answers only the hosts in angular.json's `security.allowedHosts` (or NG_ALLOWED_HOSTS): any
// other Host header gets "400 Bad Request" (Angular's protection against SSRF).
const angularApp = new AngularNodeAppEngine();

app.use(express.static(browserDistFolder, { maxAge: '1y', index: false, redirect: false }));

app.use((req, res, next) => {
  angularApp
    .handle(req)
    .then(async (response) => {
      if (!response) return next();
      if (response.headers.get('content-type')?.startsWith('text/html') && response.body) {
        const html = await renderHtml(await response.text());
        const headers = new Headers(response.headers);
        headers.delete('content-length'); // the page is longer now
        response = new Response(html, { status: response.status, headers });
      }
      await writeResponseToNodeResponse(response, res);
    })
    .catch(next);
});

if (isMainModule(import.meta.url)) {
  const port = process.env['PORT'] || 4000;
  app.listen(port, (error) => {
    if (error) throw error;
    console.log(`Node Express server listening on http://localhost:${port}`);
  });
}

/** The handler the Angular CLI uses (at build, to find the routes). */
export const reqHandler = createNodeRequestHandler(app);
