// The plugin's PHP is valid for every PHP it claims: `php -l` on this machine's PHP (8.2), and a
// parse by PHP 7.4 itself (its WebAssembly build from Playground's packages), which refuses the
// syntax 7.4 lacks (match, union types, `?->`, named arguments…).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { PLUGIN_DIR } from './plugin.mjs';
import { ensurePlayground, PLAYGROUND_DIR } from './site.mjs';

const files = (function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.php') ? [path] : [];
  });
})(PLUGIN_DIR);

test('there are PHP files to check', () => assert.ok(files.length >= 10, `${files.length} files`));

test('php -l passes on every PHP file', () => {
  for (const file of files) {
    const out = execFileSync('php', ['-l', file], { encoding: 'utf8' });
    assert.match(out, /No syntax errors/, relative(PLUGIN_DIR, file));
  }
});

test('PHP 7.4 parses every PHP file, and the plugin calls no function 7.4 lacks', async () => {
  await ensurePlayground();
  const modules = join(PLAYGROUND_DIR, 'node_modules', '@php-wasm');
  const { loadNodeRuntime } = await import(pathToFileURL(join(modules, 'node', 'index.js')).href);
  const { PHP } = await import(pathToFileURL(join(modules, 'universal', 'index.js')).href);
  const php = new PHP(await loadNodeRuntime('7.4', { emscriptenOptions: { processId: 1 } }));
  try {
    assert.match((await php.run({ code: '<?php echo PHP_VERSION;' })).text, /^7\.4\./);
    // The check itself refuses 8.0 syntax.
    const probe = await php.run({
      code: `<?php try { token_get_all('<?php $a = match(1) { 1 => 2 };', TOKEN_PARSE); echo 'parsed'; } catch (ParseError $e) { echo 'refused'; }`,
    });
    assert.equal(probe.text, 'refused');
    for (const file of files) {
      php.writeFile('/tmp/check.php', readFileSync(file, 'utf8'));
      const result = await php.run({
        code: `<?php try { token_get_all(file_get_contents('/tmp/check.php'), TOKEN_PARSE); echo 'ok'; } catch (ParseError $e) { echo $e->getMessage(), ' on line ', $e->getLine(); }`,
      });
      assert.equal(result.text, 'ok', relative(PLUGIN_DIR, file));
      // Functions PHP 8 added, which 7.4 would only refuse when the line runs.
      assert.doesNotMatch(
        readFileSync(file, 'utf8'),
        /\b(str_contains|str_starts_with|str_ends_with|array_is_list|get_debug_type|fdiv)\s*\(/,
        relative(PLUGIN_DIR, file),
      );
    }
  } finally {
    php.exit();
  }
});
