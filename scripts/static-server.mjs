// A static file server on 127.0.0.1 and a free port, for the scripts that open pages in Chromium
// (the benchmark, the consumer tests). Nothing outside `dir` is served.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/**
 * @param {string} dir the folder to serve; a folder's address serves its index.html
 * @param {(url: URL) => { type: string, body: string } | undefined} [generate] pages made on the
 *   fly, by address; `undefined` falls through to the files
 * @returns {Promise<{ origin: string, close: () => void }>}
 */
export async function serveFiles(dir, generate = () => undefined) {
  const root = normalize(dir);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const made = generate(url);
    if (made) {
      response.writeHead(200, { 'content-type': made.type }).end(made.body);
      return;
    }
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise((listening) => server.listen(0, '127.0.0.1', () => listening(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}
