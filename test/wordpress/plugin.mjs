// The built plugin on a test site: copied into wp-content/plugins and activated (the browser test
// installs the zip through the admin screen instead).
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const PLUGIN_DIR = join(import.meta.dirname, '..', '..', 'dist', 'wordpress', 'iom-elements');
export const PLUGIN_ZIP = join(import.meta.dirname, '..', '..', 'dist', 'wordpress', 'iom-elements.zip');

/** Copies the built plugin into the site and activates it. */
export async function installPlugin(site) {
  if (!existsSync(PLUGIN_DIR)) throw new Error('No dist/wordpress/iom-elements: run `npm run build` first.');
  cpSync(PLUGIN_DIR, join(site.root, 'wp-content', 'plugins', 'iom-elements'), { recursive: true });
  const result = await site.php(`
    $result = activate_plugin('iom-elements/iom-elements.php');
    echo is_wp_error($result) ? $result->get_error_message() : 'active';
  `);
  if (result.trim() !== 'active') throw new Error(`The plugin did not activate: ${result}`);
}
