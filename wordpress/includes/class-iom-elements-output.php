<?php
/**
 * What readers get for a block or a shortcode: the element, prerendered, and the script.
 *
 * @package IOM_Elements
 */

defined( 'ABSPATH' ) || exit;

/**
 * Prints elements for blocks and shortcodes alike.
 */
final class IOM_Elements_Output {

	/**
	 * The HTML of one element, from attributes as an author gave them.
	 *
	 * @param string $tag   The element.
	 * @param array  $given Attribute name => raw value.
	 * @return string
	 */
	public static function element( $tag, array $given ) {
		$settings   = IOM_Elements_Settings::get();
		$problems   = array();
		$attributes = IOM_Elements_Attributes::check( $tag, $given, $settings, $problems );
		// Feeds (and whatever a site marks with the filter) run no script: plain HTML alone.
		$scripts = ! is_feed();
		/**
		 * Whether a page's elements are prerendered for the script to take over (true), or
		 * written as plain HTML with no script (false), as for feeds.
		 *
		 * @param bool   $scripts Whether the context runs scripts.
		 * @param string $tag     The element.
		 */
		$scripts = (bool) apply_filters( 'iom_elements_with_script', $scripts, $tag );
		$html    = IOM_Elements_Renderer::render(
			$tag,
			$attributes,
			array(
				'format'      => $scripts ? 'dsd' : 'html',
				'overrides'   => $settings['overrides'],
				'stylesheets' => $settings['csp'] ? IOM_ELEMENTS_URL . 'assets/styles/' : '',
				'no_provider' => ! $scripts,
			)
		);
		if ( $scripts ) {
			IOM_Elements_Assets::enqueue();
		}
		return self::notice( $tag, $problems, $scripts ) . $html;
	}

	/**
	 * A notice about values that were replaced by defaults, for those who can edit the post
	 * alone, never for readers.
	 *
	 * @param string   $tag      The element.
	 * @param string[] $problems The problems.
	 * @param bool     $scripts  Whether this is a page (not a feed).
	 * @return string
	 */
	private static function notice( $tag, array $problems, $scripts ) {
		$post = get_the_ID();
		if ( empty( $problems ) || ! $scripts || ! $post || ! current_user_can( 'edit_post', $post ) ) {
			return '';
		}
		$items = '';
		foreach ( $problems as $problem ) {
			$items .= '<li>' . esc_html( $problem ) . '</li>';
		}
		return '<div class="iom-elements-notice" role="note" style="border:2px solid #d63638;padding:.5em 1em;margin:1em 0;background:#fff;color:#1d2327">'
			/* translators: %s: an element's tag. */
			. '<p><strong>' . esc_html( sprintf( __( 'IOM elements: %s has values it does not take', 'iom-elements' ), '<' . $tag . '>' ) ) . '</strong> '
			. esc_html__( '(only editors of this post see this note)', 'iom-elements' ) . '</p><ul>' . $items . '</ul></div>';
	}
}
