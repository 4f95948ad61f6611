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
	 * Elements printed during a post's content filters, held back until they are done.
	 *
	 * @var string[]
	 */
	private static $held = array();

	/**
	 * Hooks the release of held elements, after every other content filter.
	 */
	public static function init() {
		add_filter( 'the_content', array( __CLASS__, 'release' ), PHP_INT_MAX );
	}

	/**
	 * Puts the held elements in place of their markers. WordPress runs filters over a post's
	 * content after its blocks and shortcodes (curly quotes, smilies, shortcodes, "WordPress"'s
	 * capital P), and they would change the elements' text: so they see a marker instead.
	 *
	 * @param string $content The filtered content.
	 * @return string
	 */
	public static function release( $content ) {
		return preg_replace_callback(
			'/<!--iom-elements:(\d+)-->/',
			static function ( $marker ) {
				return isset( self::$held[ (int) $marker[1] ] ) ? self::$held[ (int) $marker[1] ] : '';
			},
			(string) $content
		);
	}

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
		$html = self::notice( $tag, $problems, $scripts ) . $html;
		if ( ! doing_filter( 'the_content' ) ) {
			return $html;
		}
		self::$held[] = $html;
		return '<!--iom-elements:' . ( count( self::$held ) - 1 ) . '-->';
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
