// What a user's bundler makes of an import of the built package: the project linked into a fresh
// folder's node_modules as `iom-elements`, bundled by esbuild (minified, honouring the package's
// `exports` and `sideEffects`). Used by the size budgets and by the tests.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const project = resolve(import.meta.dirname, '..');

/**
 * @param {string} source the user's entry module, e.g. `import 'iom-elements/iom-faq.js';`
 * @param {{ splitting?: boolean }} [options] with `splitting`, lazily loaded chunks (other
 *   languages) stay out of the returned entry file; without, they are inlined into it
 * @returns {Promise<Uint8Array>} the entry file's code
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
    });
    const entry = result.outputFiles.find((file) => file.path.endsWith('entry.js'));
    if (!entry) throw new Error('esbuild wrote no entry.js');
    return entry.contents;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
