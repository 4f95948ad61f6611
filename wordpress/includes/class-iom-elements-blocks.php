<?php
/**
 * One dynamic block per element, registered from its block.json (blocks/<name>/block.json,
 * written by the build), rendered on the server from the prerendered templates.
 *
 * @package IOM_Elements
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the blocks and the editor's script.
 */
final class IOM_Elements_Blocks {

	/** The editor's script handle (block.json `editorScript`). */
	const EDITOR_HANDLE = 'iom-elements-editor';

	/**
	 * Hooks the registration.
	 */
	public static function init() {
		add_action( 'init', array( __CLASS__, 'register' ) );
		add_action( 'enqueue_block_assets', array( __CLASS__, 'editor_canvas' ) );
		add_action( 'enqueue_block_editor_assets', array( __CLASS__, 'editor_data_script' ) );
	}

	/**
	 * Registers the editor's script, then each block.
	 */
	public static function register() {
		if ( null === IOM_Elements_Renderer::manifest() ) {
			return;
		}
		$asset = require IOM_ELEMENTS_DIR . 'editor/blocks.asset.php';
		wp_register_script( self::EDITOR_HANDLE, IOM_ELEMENTS_URL . 'editor/blocks.js', $asset['dependencies'], $asset['version'], false );
		wp_set_script_translations( self::EDITOR_HANDLE, 'iom-elements', IOM_ELEMENTS_DIR . 'languages' );

		foreach ( IOM_Elements_Renderer::manifest()['tags'] as $tag ) {
			register_block_type(
				IOM_ELEMENTS_DIR . 'blocks/' . substr( $tag, 4 ),
				array(
					'render_callback' => static function ( $attributes ) use ( $tag ) {
						// The block's wrapper carries its alignment and class names, as core's blocks do.
						return '<div ' . get_block_wrapper_attributes() . '>' . IOM_Elements_Output::element( $tag, self::given( $attributes ) ) . '</div>';
					},
				)
			);
		}
	}

	/**
	 * What the editor's script needs, given to it in the editor alone (reading it costs a few
	 * milliseconds: not on every request). JSON_HEX_TAG: no override text can end the script.
	 */
	public static function editor_data_script() {
		if ( null === IOM_Elements_Renderer::manifest() ) {
			return;
		}
		$json = wp_json_encode( self::editor_data(), JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
		wp_add_inline_script( self::EDITOR_HANDLE, 'window.iomElementsEditor = ' . $json . ';', 'before' );
	}

	/**
	 * In the editor, the library itself draws each block: the real element, as it will look.
	 * (`enqueue_block_assets` reaches the editor's canvas, framed or not.)
	 */
	public static function editor_canvas() {
		if ( is_admin() ) {
			wp_enqueue_script( IOM_Elements_Assets::HANDLE );
		}
	}

	/**
	 * The element's attributes from the block's.
	 *
	 * @param array $attributes The block's attributes.
	 * @return array
	 */
	private static function given( array $attributes ) {
		$names = array(
			'lang'           => 'lang',
			'heading'        => 'heading',
			'headingLevel'   => 'heading-level',
			'theme'          => 'theme',
			'open'           => 'open',
			'single'         => 'single',
			'structuredData' => 'structured-data',
			'sections'       => 'sections',
		);
		$given = array();
		foreach ( $names as $block => $element ) {
			if ( ! array_key_exists( $block, $attributes ) ) {
				continue;
			}
			$value = $attributes[ $block ];
			if ( is_array( $value ) ) {
				$value = implode( ' ', array_filter( $value, 'is_string' ) );
			}
			if ( is_bool( $value ) ) {
				if ( $value ) {
					$given[ $element ] = true;
				}
			} elseif ( is_scalar( $value ) && '' !== (string) $value ) {
				$given[ $element ] = (string) $value;
			}
		}
		return $given;
	}

	/**
	 * What the editor's controls list and its previews need: languages, the default one (the
	 * settings', or the site's), the default theme, the FAQ's questions and the sections' titles
	 * in that language, and the site's overrides.
	 *
	 * @return array
	 */
	private static function editor_data() {
		$manifest = IOM_Elements_Renderer::manifest();
		$settings = IOM_Elements_Settings::get();
		$lang     = IOM_Elements_Attributes::default_language( $settings );
		$faq      = IOM_Elements_Renderer::defaults( 'iom-faq', $lang );
		$overview = IOM_Elements_Renderer::defaults( 'iom-overview', $lang );
		$data     = array(
			'blocks'       => array_map(
				static function ( $tag ) {
					return 'iom-elements/' . substr( $tag, 4 );
				},
				$manifest['tags']
			),
			'languages'    => $manifest['languageNames'],
			'siteLanguage' => $lang,
			'theme'        => $settings['theme'],
			'questions'    => array(),
			'sections'     => array(),
			'overrides'    => $settings['overrides'],
		);
		foreach ( IOM_Elements_Attributes::question_ids( $lang ) as $id ) {
			$data['questions'][] = array(
				'id'    => $id,
				'label' => $faq[ 'faq.questions.' . $id . '.question' ],
			);
		}
		foreach ( $manifest['sections'] as $section ) {
			$data['sections'][] = array(
				'name'  => $section,
				'label' => $overview[ $section . '.title' ],
			);
		}
		return $data;
	}
}
