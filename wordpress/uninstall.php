<?php
/**
 * Removes the plugin's settings when the plugin is deleted (on every site of a network).
 *
 * @package IOM_Elements
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'iom_elements_settings' );
if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $iom_elements_site ) {
		switch_to_blog( $iom_elements_site );
		delete_option( 'iom_elements_settings' );
		restore_current_blog();
	}
}
