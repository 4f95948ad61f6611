import { defineMiddleware } from 'astro:middleware';
import { renderHtml } from 'iom-elements/render';

// Expands our elements in every page: each gets its declarative shadow DOM, the provider's JSON
// block applied. Astro runs middleware as it prerenders each page at build (and on each request
// of `astro dev`), so the files in dist/ hold the expanded elements.
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-length'); // the page is longer now
  return new Response(await renderHtml(await response.text()), { status: response.status, headers });
});
