import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './scripts/chromium.mjs';
import {
  axTreeCommand,
  bundleConsumerCommand,
  compareHostPagesCommand,
  strictCspHeader,
  validateContentCommand,
} from './test/server-commands.mjs';

const executablePath = findChromium();
if (!executablePath) throw new Error(INSTALL_HINT);

/**
 * esbuild compiles TypeScript and JSON imports for the tests, but built output is served as it
 * is: Storybook's preview fetches `index.json` as data, and tests read dist/'s JSON and .d.ts files.
 */
function servedAsIs(prefixes, plugin) {
  const hooks = new Set(['resolveMimeType', 'transform', 'transformCacheKey']);
  return new Proxy(plugin, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (typeof value !== 'function') return value;
      if (typeof key !== 'string' || !hooks.has(key)) return value.bind(target);
      return (context, ...rest) =>
        prefixes.some((prefix) => context.path.startsWith(prefix))
          ? undefined
          : value.call(target, context, ...rest);
    },
  });
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a test page in a background tab gets no animation frames in headless
  // Chromium, and fixtures, transitions and Storybook wait on them.
  concurrency: 1,
  plugins: [
    servedAsIs(
      ['/storybook-static/', '/dist/'],
      esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json' }),
    ),
    validateContentCommand,
    compareHostPagesCommand,
    axTreeCommand,
    bundleConsumerCommand,
  ],
  middleware: [strictCspHeader],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
