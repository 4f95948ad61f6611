<?php
/**
 * Plugin Name:       IOM elements
 * Plugin URI:        https://www.npmjs.com/package/iom-elements
 * Description:       The profile of the International Organization for Migration (IOM) — introduction, mission, activities, presence, key issues, partners, recent developments and FAQ — as blocks and shortcodes, in English, French and Spanish. Not affiliated with IOM.
 * Version:           {{VERSION}}
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            iom-elements contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       iom-elements
 * Domain Path:       /languages
 *
 * @package IOM_Elements
 */

defined( 'ABSPATH' ) || exit;

define( 'IOM_ELEMENTS_VERSION', '{{VERSION}}' );
define( 'IOM_ELEMENTS_DIR', plugin_dir_path( __FILE__ ) );
define( 'IOM_ELEMENTS_URL', plugin_dir_url( __FILE__ ) );

require_once IOM_ELEMENTS_DIR . 'includes/class-iom-elements-renderer.php';
require_once IOM_ELEMENTS_DIR . 'includes/class-iom-elements-attributes.php';
require_once IOM_ELEMENTS_DIR . 'includes/class-iom-elements-override-rules.php';
require_once IOM_ELEMENTS_DIR . 'includes/class-iom-elements-settings.php';
require_once IOM_ELEMENTS_DIR . 'includes/class-iom-elements-assets.php';
require_once IOM_ELEMENTS_DIR . 'includes/class-iom-elements-output.php';
require_once IOM_ELEMENTS_DIR . 'includes/class-iom-elements-blocks.php';
require_once IOM_ELEMENTS_DIR . 'includes/class-iom-elements-shortcodes.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'iom-elements', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	},
	5
);
IOM_Elements_Assets::init();
IOM_Elements_Output::init();
IOM_Elements_Blocks::init();
IOM_Elements_Settings::init();
add_action( 'init', array( 'IOM_Elements_Shortcodes', 'init' ) );
