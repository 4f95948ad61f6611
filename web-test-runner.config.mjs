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

/**
 * esbuild compiles TypeScript and JSON imports for the tests, but the built Storybook is served
 * as it is: its preview fetches `index.json` as data, not as a module.
 */
function servedAsIs(prefix, plugin) {
  const hooks = new Set(['resolveMimeType', 'transform', 'transformCacheKey']);
  return new Proxy(plugin, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (typeof value !== 'function') return value;
      if (typeof key !== 'string' || !hooks.has(key)) return value.bind(target);
      return (context, ...rest) =>
        context.path.startsWith(prefix) ? undefined : value.call(target, context, ...rest);
    },
  });
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  plugins: [
    servedAsIs('/storybook-static/', esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json' })),
    validateContentCommand,
  ],
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
          // Test pages run side by side; a page in the background must not have its timers and
          // animation frames throttled, or stories waiting on them time out.
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
          '--disable-renderer-backgrounding',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
