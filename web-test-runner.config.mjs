import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { ENGINES } from './scripts/browsers.mjs';
import { ENGINE_ONLY_FILES, launcherFor, MEDIA_STATES } from './test/launchers.mjs';
import { engineCountsReporter } from './test/engine-counts-reporter.mjs';
import { prerenderedPages } from './test/prerendered-pages.mjs';
import {
  axTreeCommand,
  bundleConsumerCommand,
  checkHtmlCommand,
  checkOverridesCommand,
  compareFramedPagesCommand,
  compareHostPagesCommand,
  jobResultCommand,
  closeShotWindowCommand,
  contentModelCommand,
  pressKeyCommand,
  renderHtmlCommand,
  runCliCommand,
  strictCspHeader,
  validateContentCommand,
} from './test/server-commands.mjs';

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

// The engines to test in: set by scripts/test-browsers.mjs (`npm test`); a bare `wtr` uses Chromium.
const engines = (process.env.IOM_TEST_ENGINES ?? 'chromium').split(',').filter(Boolean);
for (const engine of engines) {
  if (!(engine in ENGINES)) throw new Error(`IOM_TEST_ENGINES: unknown engine "${engine}"`);
}

// `--files` given to scripts/test-browsers.mjs: the only files to run, in every engine.
const only = process.env.IOM_TEST_FILES?.split(',');

/**
 * One group per engine for the suite, and one per engine and media state for test/media/<state>:
 * a media state is set when a browser starts, so each state has browsers of its own.
 */
const groups = engines.flatMap((engine) => {
  const excluded = Object.entries(ENGINE_ONLY_FILES)
    .filter(([, where]) => !where.engines.includes(engine))
    .map(([file]) => `!${file}`);
  const suite = {
    name: engine,
    files: [...(only ?? ['test/**/*.test.ts']), '!test/media/**', ...excluded],
    browsers: [launcherFor(engine, 'default').launcher],
  };
  const media = Object.keys(MEDIA_STATES).flatMap((state) => {
    const file = `test/media/${state}.test.ts`;
    const { launcher } = launcherFor(engine, state);
    if (!launcher || (only && !only.includes(file))) return [];
    return [{ name: `${engine}-${state}`, files: [file], browsers: [launcher] }];
  });
  return [suite, ...media];
});

// The first group doubles as the root config, which Web Test Runner requires to name browsers.
const [first, ...others] = groups;

export default {
  files: first.files,
  browsers: first.browsers,
  groups: others,
  nodeResolve: true,
  // One page at a time, one browser at a time: a test page in a background tab gets no animation
  // frames in headless Chromium, and fixtures, transitions and Storybook wait on them.
  concurrency: 1,
  concurrentBrowsers: 1,
  // Firefox and WebKitGTK take longer than Chromium to start on a 2-core machine.
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  // The screenshot comparisons of prerendered pages take minutes in Firefox and WebKit.
  testsFinishTimeout: 300000,
  plugins: [
    servedAsIs(
      ['/storybook-static/', '/dist/'],
      esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json' }),
    ),
    validateContentCommand,
    compareHostPagesCommand,
    compareFramedPagesCommand,
    jobResultCommand,
    closeShotWindowCommand,
    axTreeCommand,
    bundleConsumerCommand,
    pressKeyCommand,
    runCliCommand,
    renderHtmlCommand,
    checkHtmlCommand,
    checkOverridesCommand,
    contentModelCommand,
  ],
  middleware: [strictCspHeader, prerenderedPages()],
  reporters: [defaultReporter(), engineCountsReporter()],
  testFramework: { config: { timeout: 10000 } },
};
