// A real, throwaway WordPress site for tests: `startSite({ kind })` installs one in a fresh temp
// folder, serves it on a free port of 127.0.0.1 and hands back its address, its users and a way
// to run PHP inside it; `stop()` ends every process it started and removes the folder.
//
// Two kinds, both offline:
// - 'debian': Debian's `wordpress` package (6.1), MariaDB and `php -S` (see WORDPRESS_INSTALL_HINT).
//   Debian ships its themes as packages of their own: with wordpress-theme-twentytwentythree
//   installed the site uses WordPress 6.1's default theme, otherwise a minimal classic theme
//   written here, "iom-test".
// - 'playground': a newer WordPress (6.2–6.5, default 6.5) from @wp-playground/wordpress-builds,
//   served by @wp-playground/cli (PHP compiled to WebAssembly, SQLite instead of MySQL). Those two
//   packages live in test/wordpress/playground/ (not in the root package.json) and are installed
//   there with `npm ci` the first time a playground site is asked for.
//
// Both kinds have the same users (admin, editor, author, contributor, each with the role of its
// name and a random password), pretty permalinks ('/%postname%/') and the block editor's welcome
// guide dismissed for every user.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const WORDPRESS_INSTALL_HINT =
  'apt-get install -y --no-install-recommends wordpress wordpress-theme-twentytwentythree php-cli php-mysql mariadb-server';

const DEBIAN_WORDPRESS = '/usr/share/wordpress';
export const PLAYGROUND_DIR = join(dirname(fileURLToPath(import.meta.url)), 'playground');
const PLAYGROUND_CLI = join(PLAYGROUND_DIR, 'node_modules/@wp-playground/cli/wp-playground.js');
const PLAYGROUND_BUILDS = join(PLAYGROUND_DIR, 'node_modules/@wp-playground/wordpress-builds');
/** The PHP version Playground runs (its CLI's own default today; pinned so a new CLI does not change it). */
const PLAYGROUND_PHP = '8.3';
/** How the editor's persisted preferences dismiss the welcome guide (WordPress 6.1 and later). */
const EDITOR_PREFERENCES = { 'core/edit-post': { welcomeGuide: false } };
const ROLES = /** @type {const} */ (['editor', 'author', 'contributor']);

/**
 * @typedef {{ login: string, password: string }} SiteUser
 * @typedef {{
 *   url: string,
 *   version: string,
 *   root: string,
 *   users: { admin: SiteUser, editor: SiteUser, author: SiteUser, contributor: SiteUser },
 *   php: (code: string) => Promise<string>,
 *   debugLog: () => string,
 *   stop: () => Promise<void>,
 * }} Site
 * @typedef {{ kind: 'debian' | 'playground', wpVersion?: string, debug?: boolean }} SiteOptions
 */

/** @param {string} name */
function onPath(name) {
  return (process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin')
    .split(delimiter)
    .concat(['/usr/sbin', '/usr/local/sbin', '/sbin'])
    .some((dir) => dir && existsSync(join(dir, name)));
}

/** @returns {string[]} the Debian packages the 'debian' kind needs and this machine lacks */
export function wordpressToolsMissing() {
  /** @type {string[]} */
  const missing = [];
  if (!onPath('php')) missing.push('php-cli');
  if (!onPath('mariadbd') || !onPath('mariadb-install-db') || !onPath('mariadb'))
    missing.push('mariadb-server');
  if (!existsSync(join(DEBIAN_WORDPRESS, 'wp-load.php'))) missing.push('wordpress');
  // php-mysql: WordPress cannot talk to MariaDB without mysqli.
  if (!missing.includes('php-cli') && !phpHasMysqli()) missing.push('php-mysql');
  return missing;
}

/** @type {boolean | undefined} */
let mysqliKnown;
function phpHasMysqli() {
  if (mysqliKnown === undefined) {
    try {
      mysqliKnown =
        execFileSync('php', ['-r', 'echo extension_loaded("mysqli") ? "yes" : "no";'], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        }) === 'yes';
    } catch {
      mysqliKnown = false;
    }
  }
  return mysqliKnown;
}

/** A port of 127.0.0.1 that nothing listens on (the OS picks it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @param {string} text @param {number} [count] the last `count` non-empty lines of `text` */
function lastLines(text, count = 25) {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .slice(-count)
    .join('\n');
}

/** A PHP expression evaluating to the string `value`, whatever it contains. @param {string} value */
function phpString(value) {
  return `base64_decode('${Buffer.from(String(value)).toString('base64')}')`;
}

/** A PHP expression evaluating to `value` (plain JSON data), as an associative array. @param {unknown} value */
function phpData(value) {
  return `json_decode(${phpString(JSON.stringify(value))}, true)`;
}

/** A PHP literal of a string (single-quoted, so that PHP reads no `$` in it) or boolean. @param {string | boolean} value */
function phpLiteral(value) {
  if (typeof value === 'boolean') return String(value);
  return `'${value.replace(/[\\']/g, (char) => `\\${char}`)}'`;
}

/** @param {string} code PHP code with or without its opening tag */
function phpFile(code) {
  return code.trimStart().startsWith('<?php') ? code : `<?php\n${code}\n`;
}

/**
 * Runs a command to its end.
 * @param {string} command @param {string[]} args @param {import('node:child_process').ExecFileOptions} [options]
 * @returns {Promise<{ code: number, output: string, stdout: string, stderr: string }>}
 */
function run(command, args, options = {}) {
  return new Promise((resolve) => {
    execFile(command, args, { maxBuffer: 64 * 1024 * 1024, ...options }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      const out = String(stdout);
      const err = String(stderr) + (error && typeof error.code !== 'number' ? `\n${error.message}` : '');
      resolve({ code, stdout: out, stderr: err, output: `${out}\n${err}` });
    });
  });
}

/**
 * Runs a command and throws, with the last lines of its output, if it fails.
 * @param {string} what @param {string} command @param {string[]} args @param {import('node:child_process').ExecFileOptions} [options]
 */
async function mustRun(what, command, args, options) {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    throw new Error(
      `${what} failed (exit ${result.code}): ${command} ${args.join(' ')}\n${lastLines(result.output)}`,
    );
  }
  return result;
}

/**
 * A long-running process of the site, in a process group of its own so that stop() can end it and
 * anything it forked (php -S workers). Its output is kept (the last 256 KiB) for error messages.
 */
class Daemon {
  /** @param {string} name @param {string} command @param {string[]} args @param {import('node:child_process').SpawnOptions} [options] */
  constructor(name, command, args, options = {}) {
    this.name = name;
    this.output = '';
    /** @type {string | null} */
    this.exited = null;
    this.child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.pid = this.child.pid;
    /** @param {Buffer} chunk */
    const keep = (chunk) => {
      this.output = (this.output + chunk.toString()).slice(-256 * 1024);
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    this.done = new Promise((resolve) => {
      this.child.once('error', (error) => {
        this.exited = `could not start: ${error.message}`;
        resolve(undefined);
      });
      this.child.once('exit', (code, signal) => {
        this.exited = signal ? `killed by ${signal}` : `exited with code ${code}`;
        resolve(undefined);
      });
    });
    live.add(this);
  }

  /** @param {string} [what] an Error saying this process failed, with its last lines */
  failure(what) {
    return new Error(
      `${what ?? `${this.name} stopped`}${this.exited ? ` (${this.name} ${this.exited})` : ''}; last output of ${this.name}:\n${lastLines(this.output) || '(none)'}`,
    );
  }

  /** @param {NodeJS.Signals} signal */
  signal(signal) {
    if (this.exited || !this.pid) return;
    try {
      process.kill(-this.pid, signal);
    } catch {
      // The group is gone already.
    }
  }

  /** Ends the process group: SIGTERM, then SIGKILL after `graceMs`. */
  async stop(graceMs = 3000) {
    if (!this.exited) {
      this.signal(graceMs ? 'SIGTERM' : 'SIGKILL');
      const timer = setTimeout(() => this.signal('SIGKILL'), graceMs);
      await this.done;
      clearTimeout(timer);
    }
    // Forked children (php -S workers) may outlive the leader for a moment.
    try {
      process.kill(-(this.pid ?? 0), 'SIGKILL');
    } catch {
      // Nothing left.
    }
    live.delete(this);
  }
}

/**
 * Every daemon and folder not yet stopped, so that a test run that exits early (or is
 * interrupted) leaves nothing: the daemons are in process groups of their own, which a Ctrl-C
 * does not reach.
 * @type {Set<Daemon>}
 */
const live = new Set();
/** @type {Set<string>} */
const liveFolders = new Set();
function cleanUpNow() {
  for (const daemon of live) daemon.signal('SIGKILL');
  for (const folder of liveFolders) rmSync(folder, { recursive: true, force: true });
}
process.once('exit', cleanUpNow);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.once(signal, () => {
    cleanUpNow();
    // Then what the signal would have done: unless someone else handles it, end the process.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  });
}

/**
 * Waits until `check` resolves true, failing early if a daemon stops.
 * @param {string} what @param {() => Promise<boolean>} check @param {Daemon} daemon @param {number} timeoutMs
 */
async function waitFor(what, check, daemon, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (daemon.exited) throw daemon.failure(`${what}: ${daemon.name} stopped before it was ready`);
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw daemon.failure(`${what}: not ready after ${timeoutMs / 1000} s`);
    await sleep(100);
  }
}

/** @param {string} url resolves true once the server answers at all */
async function answers(url) {
  const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5000) });
  await response.arrayBuffer();
  return response.status > 0;
}

/** @param {string} root the WordPress version in root/wp-includes/version.php */
function readVersion(root) {
  const source = readFileSync(join(root, 'wp-includes/version.php'), 'utf8');
  const match = /\$wp_version\s*=\s*'([^']+)'/.exec(source);
  if (!match) throw new Error(`no $wp_version in ${root}/wp-includes/version.php`);
  return match[1];
}

const randomSecret = (bytes = 24) => randomBytes(bytes).toString('hex');

/** @returns {Site['users']} */
function makeUsers() {
  return {
    admin: { login: 'admin', password: `admin-${randomSecret(9)}` },
    editor: { login: 'editor', password: `editor-${randomSecret(9)}` },
    author: { login: 'author', password: `author-${randomSecret(9)}` },
    contributor: { login: 'contributor', password: `contributor-${randomSecret(9)}` },
  };
}

/**
 * wp-config.php of a site. Every constant is guarded: Playground defines some (WP_HOME, WP_SITEURL)
 * before wp-config.php runs.
 * @param {{ url: string, debug: boolean, db: Record<string, string> }} options
 */
function wpConfig({ url, debug, db }) {
  /** @type {Record<string, string | boolean>} */
  const constants = {
    ...db,
    DB_CHARSET: 'utf8mb4',
    DB_COLLATE: '',
    WP_HOME: url,
    WP_SITEURL: url,
    WP_ENVIRONMENT_TYPE: 'local',
    WP_HTTP_BLOCK_EXTERNAL: true,
    AUTOMATIC_UPDATER_DISABLED: true,
    WP_AUTO_UPDATE_CORE: false,
    DISABLE_WP_CRON: true,
    FS_METHOD: 'direct',
    WP_DEBUG: debug,
    WP_DEBUG_LOG: debug,
    WP_DEBUG_DISPLAY: false,
  };
  for (const key of [
    'AUTH_KEY',
    'SECURE_AUTH_KEY',
    'LOGGED_IN_KEY',
    'NONCE_KEY',
    'AUTH_SALT',
    'SECURE_AUTH_SALT',
    'LOGGED_IN_SALT',
    'NONCE_SALT',
  ]) {
    constants[key] = randomBytes(48).toString('base64');
  }
  const lines = Object.entries(constants).map(
    ([name, value]) => `defined('${name}') || define('${name}', ${phpLiteral(value)});`,
  );
  return `<?php
// Written by test/wordpress/site.mjs for a throwaway test site.
${lines.join('\n')}
$table_prefix = 'wp_';
${
  debug
    ? '// WP_DEBUG_DISPLAY false: WordPress turns display_errors off.'
    : "// As with WP_DEBUG_DISPLAY: no PHP message in a page (Playground's php.ini displays them).\n@ini_set('display_errors', '0');"
}
if (!defined('ABSPATH')) {
\tdefine('ABSPATH', __DIR__ . '/');
}
require_once ABSPATH . 'wp-settings.php';
`;
}

/**
 * PHP that runs a code file inside WordPress and reports a fatal error on stderr (CLI) or in the
 * answer (HTTP). WordPress's own fatal-error handler is off, so the PHP message itself shows.
 * @param {string} siteRoot as PHP sees it
 */
function phpRunnerPrelude(siteRoot) {
  return `define('WP_DISABLE_FATAL_ERROR_HANDLER', true);
register_shutdown_function(function () {
\t$error = error_get_last();
\tif ($error && in_array($error['type'], [E_ERROR, E_PARSE, E_CORE_ERROR, E_COMPILE_ERROR, E_USER_ERROR, E_RECOVERABLE_ERROR], true)) {
\t\tiom_php_fatal(sprintf("PHP Fatal error: %s in %s on line %d", $error['message'], $error['file'], $error['line']));
\t}
});
require ${phpLiteral(`${siteRoot}/wp-load.php`)};
require_once ABSPATH . 'wp-admin/includes/admin.php';
`;
}

/**
 * What every site gets after WordPress is installed: the users, permalinks, the welcome guide
 * dismissed, the title. Prints "ok" when all went well.
 * @param {Site['users']} users @param {string | undefined} theme a theme to switch to
 */
function setupCode(users, theme) {
  const others = ROLES.map((role) => ({
    role,
    login: users[role].login,
    password: users[role].password,
    email: `${role}@example.com`,
  }));
  return `
$users = ${phpData(others)};
$admin = get_user_by('login', ${phpString(users.admin.login)});
if (!$admin) { throw new Exception('no admin user after the install'); }
wp_set_password(${phpString(users.admin.password)}, $admin->ID);
wp_update_user(['ID' => $admin->ID, 'user_email' => 'admin@example.com', 'display_name' => 'Admin']);
update_option('admin_email', 'admin@example.com');
update_option('blogname', 'IOM test');
update_option('blogdescription', '');
// Avatars are images from gravatar.com: none, so that a browser on the site asks nothing outside.
update_option('show_avatars', '0');
foreach ($users as $user) {
\t$id = wp_insert_user([
\t\t'user_login' => $user['login'],
\t\t'user_pass' => $user['password'],
\t\t'user_email' => $user['email'],
\t\t'display_name' => ucfirst($user['role']),
\t\t'role' => $user['role'],
\t]);
\tif (is_wp_error($id)) { throw new Exception('creating ' . $user['login'] . ': ' . $id->get_error_message()); }
}
$preferences = ${phpData(EDITOR_PREFERENCES)};
$preferences['_modified'] = gmdate('c');
global $wpdb;
foreach (get_users(['fields' => 'ID']) as $id) {
\tupdate_user_meta((int) $id, $wpdb->get_blog_prefix() . 'persisted_preferences', $preferences);
}
${theme ? `switch_theme(${phpString(theme)});\nif (get_stylesheet() !== ${phpString(theme)}) { throw new Exception('could not switch to the theme ${theme}'); }` : ''}
global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%postname%/');
$wp_rewrite->flush_rules(false);
echo 'ok';
`;
}

/** A minimal classic theme, for Debian's WordPress which ships none. @param {string} dir */
function writeTestTheme(dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'style.css'),
    `/*\nTheme Name: IOM Test\nDescription: Minimal classic theme written by test/wordpress/site.mjs.\nVersion: 1.0\n*/\n`,
  );
  writeFileSync(
    join(dir, 'functions.php'),
    `<?php\nadd_action('after_setup_theme', function () {\n\tadd_theme_support('title-tag');\n\tadd_theme_support('html5', ['script', 'style']);\n});\n`,
  );
  writeFileSync(
    join(dir, 'index.php'),
    `<!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head>
<meta charset="<?php bloginfo('charset'); ?>">
<meta name="viewport" content="width=device-width, initial-scale=1">
<?php wp_head(); ?>
</head>
<body <?php body_class(); ?>>
<?php wp_body_open(); ?>
<main id="main">
<?php if (have_posts()) : while (have_posts()) : the_post(); ?>
<article id="post-<?php the_ID(); ?>" <?php post_class(); ?>>
<?php if (is_singular()) : ?><h1 class="entry-title"><?php the_title(); ?></h1>
<?php else : ?><h2 class="entry-title"><a href="<?php the_permalink(); ?>"><?php the_title(); ?></a></h2>
<?php endif; ?>
<div class="entry-content"><?php the_content(); ?></div>
</article>
<?php endwhile; else : ?>
<p>Nothing found.</p>
<?php endif; ?>
</main>
<?php wp_footer(); ?>
</body>
</html>
`,
  );
}

/**
 * Stands up a throwaway WordPress site.
 * @param {SiteOptions} options
 * @returns {Promise<Site>}
 */
export async function startSite(options) {
  const kind = options?.kind;
  if (kind !== 'debian' && kind !== 'playground') {
    throw new Error(`startSite: kind must be 'debian' or 'playground', not ${JSON.stringify(kind)}`);
  }
  if (
    kind === 'debian' &&
    options.wpVersion &&
    !readVersion(DEBIAN_WORDPRESS).startsWith(`${options.wpVersion}.`)
  ) {
    throw new Error(
      `startSite: Debian's WordPress is ${readVersion(DEBIAN_WORDPRESS)}; wpVersion ${options.wpVersion} is for kind 'playground'`,
    );
  }
  const debug = options.debug === true;
  const folder = mkdtempSync(join(tmpdir(), `iom-wp-${kind}-`));
  liveFolders.add(folder);
  /** @type {Daemon[]} */
  const daemons = [];
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    // The web server first (it talks to the database), then the rest; MariaDB's data is thrown
    // away, so it need not shut down cleanly.
    for (const daemon of [...daemons].reverse()) await daemon.stop(daemon.name === 'mariadbd' ? 0 : 1500);
    rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
    liveFolders.delete(folder);
  };
  // IOM_WP_TIMINGS=1 prints how long each step of the start takes.
  let last = Date.now();
  /** @param {string} label */
  const step = (label) => {
    if (!process.env.IOM_WP_TIMINGS) return;
    const now = Date.now();
    console.error(`site.mjs [${kind}] ${label}: ${now - last} ms`);
    last = now;
  };
  try {
    const site =
      kind === 'debian'
        ? await startDebian({ folder, debug, daemons, step })
        : await startPlayground({ folder, debug, daemons, step, wpVersion: options.wpVersion ?? '6.5' });
    return { ...site, stop };
  } catch (error) {
    await stop();
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`startSite({ kind: '${kind}' }) failed: ${message}`, { cause: error });
  }
}

/**
 * @typedef {{ folder: string, debug: boolean, daemons: Daemon[], step: (label: string) => void }} StartContext
 * @typedef {Omit<Site, 'stop'>} StartedSite
 */

/** @param {StartContext} context @returns {Promise<StartedSite>} */
async function startDebian({ folder, debug, daemons, step }) {
  const missing = wordpressToolsMissing();
  if (missing.length) {
    throw new Error(`missing Debian packages ${missing.join(', ')}; install with: ${WORDPRESS_INSTALL_HINT}`);
  }
  const dataDir = join(folder, 'db');
  const socket = join(folder, 'db.sock');
  const root = join(folder, 'site');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const users = makeUsers();
  const dbPassword = randomSecret(12);
  // No durability: the data dies with the site. A small redo log keeps the folder small (26 MB).
  const innodb = [
    '--innodb-log-file-size=8M',
    '--innodb-flush-log-at-trx-commit=0',
    '--innodb-doublewrite=0',
  ];

  const copied = run('cp', ['-rL', DEBIAN_WORDPRESS, root]);
  // The copy runs beside MariaDB's start; a failure there waits for it, so stop() finds it done.
  try {
    // --no-defaults: none of /etc/mysql's settings (its socket, its datadir) apply.
    await mustRun('mariadb-install-db', 'mariadb-install-db', [
      '--no-defaults',
      '--user=root',
      `--datadir=${dataDir}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      ...innodb,
    ]);
    step('mariadb-install-db');
    const mariadbd = new Daemon('mariadbd', 'mariadbd', [
      '--no-defaults',
      '--user=root',
      `--datadir=${dataDir}`,
      `--socket=${socket}`,
      '--skip-networking',
      `--pid-file=${join(folder, 'db.pid')}`,
      ...innodb,
    ]);
    daemons.push(mariadbd);
    const client = ['--no-defaults', `--socket=${socket}`, '--user=root'];
    await waitFor(
      'MariaDB',
      async () => existsSync(socket) && (await run('mariadb', [...client, '-e', 'SELECT 1'])).code === 0,
      mariadbd,
      30000,
    );
    step('mariadbd up');
    await mustRun('creating the database', 'mariadb', [
      ...client,
      '-e',
      `CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
       CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '${dbPassword}';
       GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'localhost';`,
    ]);
  } catch (error) {
    await copied;
    throw error;
  }

  const copy = await copied;
  if (copy.code !== 0) throw new Error(`copying ${DEBIAN_WORDPRESS} failed:\n${lastLines(copy.output)}`);
  step('database created, WordPress copied');
  // Debian's own wp-config.php looks for /etc/wordpress/config-HOST.php.
  rmSync(join(root, 'wp-config.php'), { force: true });
  rmSync(join(root, '.htaccess'), { force: true });
  writeFileSync(
    join(root, 'wp-config.php'),
    wpConfig({
      url,
      debug,
      db: {
        DB_NAME: 'wordpress',
        DB_USER: 'wordpress',
        DB_PASSWORD: dbPassword,
        DB_HOST: `localhost:${socket}`,
      },
    }),
  );
  // WordPress 6.1's default theme when Debian's package of it is installed (it is a block theme:
  // the plugin is seen as most sites see it); otherwise a minimal classic theme of our own.
  const theme = existsSync(join(root, 'wp-content/themes/twentytwentythree/theme.json'))
    ? 'twentytwentythree'
    : 'iom-test';
  writeTestTheme(join(root, 'wp-content/themes/iom-test'));

  // `php -S` has no rewrites: existing files are served as they are, the rest goes to index.php.
  const router = join(folder, 'router.php');
  writeFileSync(
    router,
    `<?php
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
$file = $_SERVER['DOCUMENT_ROOT'] . $path;
if ($path !== '/' && strpos($path, '..') === false && (is_file($file) || (is_dir($file) && is_file(rtrim($file, '/') . '/index.php')))) {
\treturn false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
chdir($_SERVER['DOCUMENT_ROOT']);
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
`,
  );

  const jobs = join(folder, 'php');
  mkdirSync(jobs);
  let jobCount = 0;
  /** As the web server would set them, so that WordPress knows its host. */
  const serverVars = {
    HTTP_HOST: `127.0.0.1:${port}`,
    SERVER_NAME: '127.0.0.1',
    SERVER_PORT: String(port),
    REQUEST_URI: '/',
    REQUEST_METHOD: 'GET',
    REMOTE_ADDR: '127.0.0.1',
    SERVER_PROTOCOL: 'HTTP/1.1',
  };
  /** @param {string} code @param {string} [before] PHP to run before wp-load.php */
  const php = async (code, before = '') => {
    const name = `job-${++jobCount}-${randomSecret(4)}`;
    const codeFile = join(jobs, `${name}.code.php`);
    const runner = join(jobs, `${name}.php`);
    writeFileSync(codeFile, phpFile(code));
    writeFileSync(
      runner,
      `<?php
function iom_php_fatal($message) { fwrite(STDERR, "\\n" . $message . "\\n"); }
foreach (${phpData(serverVars)} as $key => $value) { $_SERVER[$key] = $value; }
${before}
${phpRunnerPrelude(root)}
require ${phpLiteral(codeFile)};
`,
    );
    try {
      const result = await run('php', ['-d', 'display_errors=stderr', '-d', 'html_errors=0', runner], {
        cwd: root,
      });
      if (result.code !== 0) {
        throw new Error(`PHP failed (exit ${result.code}):\n${`${result.stdout}\n${result.stderr}`.trim()}`);
      }
      return result.stdout;
    } finally {
      rmSync(codeFile, { force: true });
      rmSync(runner, { force: true });
    }
  };

  // The install: WordPress's own wp_install(), as its installer page would call it. wp_mail is
  // stubbed for it (Debian has no sendmail here; the install mails the admin).
  const installed = await php(
    `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$result = wp_install('IOM test', ${phpString(users.admin.login)}, 'admin@example.com', true, '', ${phpString(users.admin.password)});
if (is_wp_error($result) || empty($result['user_id'])) { throw new Exception('wp_install failed: ' . print_r($result, true)); }
${setupCode(users, theme)}`,
    `define('WP_INSTALLING', true);
function wp_mail() { return true; }`,
  ).catch((error) => {
    throw new Error(`installing WordPress: ${error.message}`);
  });
  if (!installed.trim().endsWith('ok'))
    throw new Error(`installing WordPress printed:\n${lastLines(installed)}`);
  step('installed');

  const server = new Daemon('php -S', 'php', ['-S', `127.0.0.1:${port}`, '-t', root, router], {
    cwd: root,
    // Several workers: the block editor asks for many files at once.
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
  });
  daemons.push(server);
  await waitFor('php -S', () => answers(`${url}/`), server, 30000);
  step('php -S answers');
  // What WordPress 6.1 logs while it installs (PHP 8.2 deprecations in its own code) is not the
  // tests' business: the log starts empty.
  rmSync(join(root, 'wp-content/debug.log'), { force: true });

  return {
    url,
    version: readVersion(root),
    root,
    users,
    php: (code) => php(code),
    debugLog: () => readLog(join(root, 'wp-content/debug.log')),
  };
}

/** @param {string} file */
function readLog(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** Whether test/wordpress/playground's packages are installed, at the versions its package.json names. */
function playgroundInstalled() {
  try {
    /** @type {{ dependencies: Record<string, string> }} */
    const wanted = JSON.parse(readFileSync(join(PLAYGROUND_DIR, 'package.json'), 'utf8'));
    // npm writes node_modules/.package-lock.json when an install has finished.
    if (!existsSync(join(PLAYGROUND_DIR, 'node_modules/.package-lock.json'))) return false;
    return Object.entries(wanted.dependencies).every(([name, version]) => {
      const file = join(PLAYGROUND_DIR, 'node_modules', name, 'package.json');
      return existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).version === version;
    });
  } catch {
    return false;
  }
}

/** @param {number} pid */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/**
 * Runs `task` holding a lock shared by every process on this machine (test files may start
 * playground sites in parallel): a folder in the temp dir, holding its owner's PID.
 * @template T @param {string} name @param {() => Promise<T>} task @returns {Promise<T>}
 */
async function withMachineLock(name, task) {
  const lock = join(tmpdir(), `${name}.lock`);
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
      let owner = 0;
      try {
        owner = Number(readFileSync(join(lock, 'pid'), 'utf8'));
      } catch {
        // Its owner is writing the PID now.
      }
      if (owner && !isAlive(owner)) rmSync(lock, { recursive: true, force: true });
      else await sleep(500);
    }
  }
  try {
    return await task();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** @type {Promise<void> | undefined} */
let playgroundInstall;
/** Installs test/wordpress/playground's packages (npm ci) unless they are there already. */
/** Installs Playground's packages into test/wordpress/playground/ if they are not there. */
export function ensurePlayground() {
  if (playgroundInstalled()) return Promise.resolve();
  playgroundInstall ??= withMachineLock('iom-wp-playground-npm-ci', async () => {
    if (playgroundInstalled()) return;
    console.log(`site.mjs: installing WordPress Playground in ${PLAYGROUND_DIR} (npm ci, about 1 GB, once)…`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    await mustRun('npm ci in test/wordpress/playground', npm, ['ci', '--no-audit', '--no-fund'], {
      cwd: PLAYGROUND_DIR,
    });
    if (!playgroundInstalled()) throw new Error(`npm ci in ${PLAYGROUND_DIR} did not install its packages`);
  }).finally(() => {
    playgroundInstall = undefined;
  });
  return playgroundInstall;
}

/** @param {StartContext & { wpVersion: string }} context @returns {Promise<StartedSite>} */
async function startPlayground({ folder, debug, daemons, step, wpVersion }) {
  await ensurePlayground();
  step('packages there');
  /** @type {Record<string, string>} */
  const builds = JSON.parse(readFileSync(join(PLAYGROUND_BUILDS, 'src/wordpress/wp-versions.json'), 'utf8'));
  const zip = join(PLAYGROUND_BUILDS, `src/wordpress/wp-${wpVersion}.zip`);
  if (!Object.hasOwn(builds, wpVersion) || !existsSync(zip)) {
    const known = Object.keys(builds).filter((key) =>
      existsSync(join(PLAYGROUND_BUILDS, `src/wordpress/wp-${key}.zip`)),
    );
    throw new Error(`no WordPress build '${wpVersion}' offline; there are: ${known.join(', ')}`);
  }
  const root = join(folder, 'site');
  const jobs = join(folder, 'php');
  const cliTemp = join(folder, 'tmp');
  mkdirSync(root);
  mkdirSync(jobs);
  mkdirSync(cliTemp);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const users = makeUsers();

  // The build's zip has the PHP files; its CSS, JS, images and fonts are beside it in public/.
  if (onPath('unzip')) {
    await mustRun('unzip', 'unzip', ['-q', zip, '-d', root]);
  } else {
    await unzipWithNode(zip, root);
  }
  cpSync(join(PLAYGROUND_BUILDS, 'public', `wp-${wpVersion}`), root, { recursive: true });
  // The list of those static files, and the build's ready-made SQLite database (installed for
  // playground.wordpress.net): the site is installed afresh below.
  rmSync(join(root, 'wordpress-remote-asset-paths'), { force: true });
  rmSync(join(root, 'wp-content/database/.ht.sqlite'), { force: true });
  step('build unpacked');
  writeFileSync(
    join(root, 'wp-config.php'),
    wpConfig({
      url,
      debug,
      // Placeholders: the SQLite integration Playground loads ignores them.
      db: { DB_NAME: 'database_name_here', DB_USER: 'username_here', DB_PASSWORD: '', DB_HOST: 'localhost' },
    }),
  );

  // php(): a helper page that runs a code file from a folder only this harness writes (mounted
  // at /iom-php-jobs), when asked with the secret. Its name is secret too.
  const secret = randomSecret();
  const helperName = `iom-php-${randomSecret(8)}.php`;
  writeFileSync(
    join(root, helperName),
    `<?php
if (!isset($_SERVER['HTTP_X_IOM_SECRET']) || !hash_equals(${phpLiteral(secret)}, $_SERVER['HTTP_X_IOM_SECRET'])
\t|| !isset($_GET['job']) || !preg_match('/^job-[0-9]+-[0-9a-f]+\\.php$/', $_GET['job'])) {
\thttp_response_code(404);
\texit;
}
ob_start();
function iom_php_fatal($message) {
\tif (!headers_sent()) { http_response_code(500); }
\techo "\\n" . $message . "\\n";
}
ini_set('html_errors', '0');
${phpRunnerPrelude('/wordpress')}
require '/iom-php-jobs/' . $_GET['job'];
`,
  );
  let jobCount = 0;
  /** @param {string} code */
  const php = async (code) => {
    const name = `job-${++jobCount}-${randomSecret(4)}.php`;
    const file = join(jobs, name);
    writeFileSync(file, phpFile(code));
    try {
      const response = await fetch(`${url}/${helperName}?job=${name}`, {
        headers: { 'X-Iom-Secret': secret },
        redirect: 'manual',
        signal: AbortSignal.timeout(300000),
      });
      const text = await response.text();
      if (response.status !== 200) throw new Error(`PHP failed (HTTP ${response.status}):\n${text.trim()}`);
      return text;
    } finally {
      rmSync(file, { force: true });
    }
  };

  const bool = (/** @type {boolean} */ value) => String(value);
  // The CLI's server has no host option and listens on every interface: this makes its
  // listen(port) calls listen on 127.0.0.1 only.
  const loopback = join(folder, 'loopback-only.mjs');
  writeFileSync(
    loopback,
    `import net from 'node:net';
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' && typeof args[1] !== 'string') args.splice(1, 0, '127.0.0.1');
  else if (args[0] && typeof args[0] === 'object' && !args[0].host && !args[0].path && !args[0].fd && !args[0]._handle) args[0] = { ...args[0], host: '127.0.0.1' };
  return listen.apply(this, args);
};
`,
  );
  const cliArgs = [
    `--import=${pathToFileURL(loopback).href}`,
    PLAYGROUND_CLI,
    'server',
    `--port=${port}`,
    `--php=${PLAYGROUND_PHP}`,
    `--mount-before-install=${root}:/wordpress`,
    `--mount=${jobs}:/iom-php-jobs`,
    '--wordpress-install-mode=install-from-existing-files',
    // The CLI turns WordPress's debug constants on unless told; these match wp-config.php.
    ...['--define-bool', 'WP_DEBUG', bool(debug), '--define-bool', 'WP_DEBUG_LOG', bool(debug)],
    ...['--define-bool', 'WP_DEBUG_DISPLAY', 'false'],
  ];
  const server = new Daemon('wp-playground server', process.execPath, cliArgs, {
    cwd: folder,
    // The CLI keeps its PHP file system in a temp folder: inside ours, so stop() removes it too.
    env: { ...process.env, TMPDIR: cliTemp, TMP: cliTemp, TEMP: cliTemp },
  });
  daemons.push(server);
  await waitFor(
    'wp-playground server',
    async () => /Ready!/.test(server.output) && answers(`${url}/wp-login.php`),
    server,
    180000,
  );
  step('wp-playground server answers');

  const setup = await php(setupCode(users, undefined)).catch((error) => {
    throw new Error(`setting up the users: ${error.message}`);
  });
  if (!setup.trim().endsWith('ok')) throw new Error(`setting up the users printed:\n${lastLines(setup)}`);
  step('users set up');
  rmSync(join(root, 'wp-content/debug.log'), { force: true });

  return {
    url,
    version: readVersion(root),
    root,
    users,
    php,
    debugLog: () => readLog(join(root, 'wp-content/debug.log')),
  };
}

/**
 * Unzips with Node alone (no `unzip` on this machine): stored and deflated entries.
 * @param {string} zipFile @param {string} target
 */
async function unzipWithNode(zipFile, target) {
  const { inflateRawSync } = await import('node:zlib');
  const data = readFileSync(zipFile);
  let end = data.length - 22;
  while (end >= 0 && data.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${zipFile} is not a zip file`);
  const count = data.readUInt16LE(end + 10);
  let offset = data.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (data.readUInt32LE(offset) !== 0x02014b50) throw new Error(`${zipFile}: bad central directory`);
    const method = data.readUInt16LE(offset + 10);
    const size = data.readUInt32LE(offset + 20);
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    const local = data.readUInt32LE(offset + 42);
    const name = data.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
    offset += 46 + nameLength + extraLength + commentLength;
    if (name.split('/').includes('..') || name.startsWith('/'))
      throw new Error(`${zipFile}: unsafe path ${name}`);
    const path = join(target, name);
    if (name.endsWith('/')) {
      mkdirSync(path, { recursive: true });
      continue;
    }
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const raw = data.subarray(start, start + size);
    mkdirSync(dirname(path), { recursive: true });
    if (method === 0) writeFileSync(path, raw);
    else if (method === 8) writeFileSync(path, inflateRawSync(raw));
    else throw new Error(`${zipFile}: ${name} uses compression method ${method}`);
  }
}
