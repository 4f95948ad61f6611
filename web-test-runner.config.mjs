import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChromium, INSTALL_HINT } from './scripts/chromium.mjs';
import { validateContentDir } from './scripts/content-validation.mjs';

const executablePath = findChromium();
if (!executablePath) throw new Error(INSTALL_HINT);

/**
 * `executeServerCommand('validate-content', { files })` from a test: writes `files`
 * (paths under content/ → text) to a fresh folder and validates it as the build does; with no
 * files, validates the project's own content/.
 */
const validateContentCommand = {
  name: 'validate-content',
  executeCommand({ command, payload }) {
    if (command !== 'validate-content') return undefined;
    const files = payload?.files;
    if (!files) return validateContentDir();
    const dir = join(mkdtempSync(join(tmpdir(), 'iom-content-')), 'content');
    try {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      return validateContentDir(dir);
    } finally {
      rmSync(dirname(dir), { recursive: true, force: true });
    }
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json' }), validateContentCommand],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        // As root Chromium needs --no-sandbox; the rest keep it from calling Google's hosts.
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
