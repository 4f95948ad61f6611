<?php
/**
 * The elements' script: served from the plugin's folder, printed as a module only on pages that
 * show an element, and once however many they show.
 *
 * @package IOM_Elements
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers and enqueues the library's script.
 */
final class IOM_Elements_Assets {

	/** The script's handle (a script module's id on WordPress 6.5+). */
	const HANDLE = 'iom-elements';

	/**
	 * Hooks the registration.
	 */
	public static function init() {
		add_action( 'init', array( __CLASS__, 'register' ) );
		add_filter( 'script_loader_tag', array( __CLASS__, 'module_tag' ), 10, 2 );
	}

	/**
	 * The URL of the library's file, `assets/iom-elements.js` (it loads its language and
	 * hydration chunks from beside it).
	 *
	 * @return string
	 */
	public static function script_url() {
		return IOM_ELEMENTS_URL . 'assets/iom-elements.js';
	}

	/**
	 * Whether this WordPress has script modules (6.5+).
	 *
	 * @return bool
	 */
	public static function has_script_modules() {
		return function_exists( 'wp_enqueue_script_module' );
	}

	/**
	 * Registers the script: a script module where WordPress has them; otherwise a script whose
	 * tag `module_tag` marks `type="module"`. The classic handle is also what the block editor
	 * loads, into its canvas.
	 */
	public static function register() {
		if ( self::has_script_modules() ) {
			wp_register_script_module( self::HANDLE, self::script_url(), array(), IOM_ELEMENTS_VERSION );
		}
		wp_register_script( self::HANDLE, self::script_url(), array(), IOM_ELEMENTS_VERSION, true );
	}

	/**
	 * Enqueues the script for this page; WordPress prints it once however often this is called.
	 */
	public static function enqueue() {
		if ( self::has_script_modules() ) {
			wp_enqueue_script_module( self::HANDLE );
		} else {
			wp_enqueue_script( self::HANDLE );
		}
	}

	/**
	 * Marks the classic handle's tag as a module (WordPress before 6.5 has no other way).
	 *
	 * @param string $tag    The script tag.
	 * @param string $handle Its handle.
	 * @return string
	 */
	public static function module_tag( $tag, $handle ) {
		if ( self::HANDLE !== $handle ) {
			return $tag;
		}
		// Only the library's own tag: `$tag` may also hold the handle's inline scripts.
		return preg_replace_callback(
			'/<script\b[^>]*\bid=(["\'])' . self::HANDLE . '-js\1[^>]*>/',
			static function ( $open ) {
				if ( false !== strpos( $open[0], 'type="module"' ) ) {
					return $open[0];
				}
				$open = preg_replace( '/\stype=(["\'])text\/javascript\1/', '', $open[0] );
				return str_replace( '<script ', '<script type="module" ', $open );
			},
			$tag,
			1
		);
	}
}
