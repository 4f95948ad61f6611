<?php
/**
 * Shortcodes for the classic editor and page builders, one per element, named as its tag and
 * taking its attributes: `[iom-faq lang="fr" heading-level="3"]`.
 *
 * @package IOM_Elements
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the shortcodes.
 */
final class IOM_Elements_Shortcodes {

	/**
	 * Adds a shortcode per element.
	 */
	public static function init() {
		if ( null === IOM_Elements_Renderer::manifest() ) {
			return;
		}
		foreach ( IOM_Elements_Renderer::manifest()['tags'] as $tag ) {
			add_shortcode(
				$tag,
				static function ( $attributes ) use ( $tag ) {
					return IOM_Elements_Output::element( $tag, self::given( $attributes ) );
				}
			);
		}
	}

	/**
	 * The shortcode's attributes by name; a bare word (`[iom-faq single]`) is a present boolean.
	 * WordPress lowercases the names.
	 *
	 * @param array|string $attributes As WordPress parsed them ('' when there are none).
	 * @return array
	 */
	private static function given( $attributes ) {
		$given = array();
		if ( ! is_array( $attributes ) ) {
			return $given;
		}
		foreach ( $attributes as $name => $value ) {
			if ( is_int( $name ) && '' !== trim( (string) $value ) ) {
				$given[ strtolower( trim( (string) $value ) ) ] = true;
			} elseif ( is_string( $name ) ) {
				$given[ $name ] = $value;
			}
		}
		return $given;
	}
}
