// What a user's bundler makes of an import of the built package: the project linked into a fresh
// folder's node_modules as `iom-elements`, bundled by esbuild (minified, honouring the package's
// `exports` and `sideEffects`). Used by the size budgets and by the tests.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const project = resolve(import.meta.dirname, '..');

/**
 * @param {string} source the user's entry module, e.g. `import 'iom-elements/iom-faq.js';`
 * @param {{ splitting?: boolean }} [options] with `splitting`, lazily loaded chunks (other
 *   languages, hydration) stay out of the returned code; without, they are inlined into it
 * @returns {Promise<Uint8Array>} the code a page loads before it runs: the entry file and every
 *   chunk it imports statically (esbuild moves code shared with a lazy chunk into one of those)
 */
export async function bundleAsConsumer(source, { splitting = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'iom-consumer-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(project, join(dir, 'node_modules', 'iom-elements'), 'dir');
    writeFileSync(join(dir, 'entry.js'), source);
    const result = await build({
      entryPoints: [join(dir, 'entry.js')],
      absWorkingDir: dir,
      nodePaths: [join(project, 'node_modules')],
      bundle: true,
      splitting,
      format: 'esm',
      minify: true,
      write: false,
      outdir: join(dir, 'out'),
      logLevel: 'silent',
      metafile: true,
    });
    const entry = result.outputFiles.find((file) => file.path.endsWith('entry.js'));
    if (!entry) throw new Error('esbuild wrote no entry.js');
    const byPath = new Map(result.outputFiles.map((file) => [relative(dir, file.path), file.contents]));
    const loaded = new Set();
    const load = (path) => {
      if (loaded.has(path)) return;
      loaded.add(path);
      for (const { path: imported, kind } of result.metafile.outputs[path].imports)
        if (kind === 'import-statement' && byPath.has(imported)) load(imported);
    };
    load(relative(dir, entry.path));
    return Buffer.concat([...loaded].map((path) => byPath.get(path) ?? new Uint8Array()));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
