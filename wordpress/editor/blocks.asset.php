<?php
/**
 * The editor script's dependencies and version, as WordPress reads a script's asset file.
 *
 * @package IOM_Elements
 */

defined( 'ABSPATH' ) || exit;

return array(
	'dependencies' => array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n' ),
	'version'      => '{{VERSION}}',
);
