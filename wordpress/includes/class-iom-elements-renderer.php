<?php
/**
 * Prints an element from what the library's render API prerendered at build time.
 *
 * PHP never renders the content itself: for every tag, language and combination of the
 * attributes that change the markup, the build (scripts/wordpress-prerender.mjs) wrote the
 * element's inside as a template, checked there against the render API byte for byte. Here the
 * right template is picked, its text tokens are filled with the site's overrides or the bundled
 * words, escaped as the render API escapes them in that place, and the element's tag is written
 * around it.
 *
 * @package IOM_Elements
 */

defined( 'ABSPATH' ) || exit;

/**
 * Picks, fills and prints prerendered templates.
 */
final class IOM_Elements_Renderer {

	/**
	 * Loaded template files, by tag and language.
	 *
	 * @var array<string, array>
	 */
	private static $files = array();

	/**
	 * The inline styles of each shadow root, by tag.
	 *
	 * @var array<string, string>|null
	 */
	private static $styles = null;

	/**
	 * Renders one element.
	 *
	 * @param string $tag        The element, e.g. `iom-faq`.
	 * @param array  $attributes Checked attributes (IOM_Elements_Attributes::check), by attribute name.
	 * @param array  $options    `format` (`dsd` or `html`), `overrides` (the site's, checked),
	 *                           `stylesheets` (a folder URL, or '' for inline styles).
	 * @return string The element's HTML.
	 */
	public static function render( $tag, array $attributes, array $options = array() ) {
		$format      = isset( $options['format'] ) && 'html' === $options['format'] ? 'html' : 'dsd';
		$overrides   = isset( $options['overrides'] ) && is_array( $options['overrides'] ) ? $options['overrides'] : array();
		$stylesheets = isset( $options['stylesheets'] ) ? (string) $options['stylesheets'] : '';
		$lang        = $attributes['lang'];
		$file        = self::file( $tag, $lang );
		if ( null === $file ) {
			return '<!-- ' . esc_html( sprintf( 'IOM elements: the prerendered %s (%s) is missing; reinstall the plugin.', $tag, $lang ) ) . ' -->';
		}
		$shown       = 'iom-overview' === $tag ? self::sections_of( $attributes ) : array( substr( $tag, 4 ) );

		$site_text = self::override_values( $overrides, $lang, $shown, $file['defaults'], $fits );
		$values    = array_merge( $file['defaults'], $site_text );
		// An override the templates cannot hold (a different number of paragraphs, a field that
		// is no token) is shown by the script; meanwhile the plain format shows the rest.
		if ( ! $fits ) {
			$format = 'html';
		}
		if ( isset( $attributes['heading'] ) ) {
			$values[ 'iom-overview' === $tag ? 'heading' : $shown[0] . '.title' ] = $attributes['heading'];
		}

		$inside = self::inside( $tag, $file, $format, $attributes, $shown );
		if ( 'dsd' === $format && ! empty( $attributes['structured-data'] ) && isset( $file['structuredData'] ) ) {
			$inside .= $file['structuredData'];
		}
		$inside = self::fill( $inside, $values );
		if ( 'dsd' === $format ) {
			$inside = self::styles( $inside, $stylesheets );
		}
		// The plain copy is in the light DOM, where the page's direction would reach it: its start
		// tag says the content's own, as the render API's does.
		$dir  = 'html' === $format ? ' dir="' . ( 'rtl' === self::manifest()['directions'][ $lang ] ? 'rtl' : 'ltr' ) . '"' : '';
		$html = '<' . $tag . self::attributes_html( $attributes ) . $dir . '>' . $inside . '</' . $tag . '>';

		$relevant = self::relevant_overrides( $overrides, $shown );
		if ( empty( $relevant ) || ! empty( $options['no_provider'] ) ) {
			return $html;
		}
		// The browser's element shows what the server showed: the same overrides, in a provider.
		// JSON_HEX_TAG writes < and > as \u003C and \u003E, so no text can end the script.
		$json = wp_json_encode( $relevant, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
		return '<iom-provider><script type="application/json">' . $json . '</script>' . $html . '</iom-provider>';
	}

	/**
	 * The languages, sections and tags the build prerendered.
	 *
	 * @return array{languages: string[], sections: string[], tags: string[], attributes: array<string, string[]>, languageNames: array<string, string>}|null
	 *         Null when the plugin's files are damaged (the plugin then stays out of the way).
	 */
	public static function manifest() {
		static $manifest = false;
		if ( false === $manifest ) {
			$manifest = self::read_json( IOM_ELEMENTS_DIR . 'prerendered/manifest.json', false );
		}
		return $manifest;
	}

	/**
	 * The bundled text of a tag in a language, by token path (`faq.questions.<id>.question`).
	 *
	 * @param string $tag  The element.
	 * @param string $lang A language of the manifest.
	 * @return array<string, string>
	 */
	public static function defaults( $tag, $lang ) {
		$file = self::file( $tag, $lang );
		return null === $file ? array() : $file['defaults'];
	}

	/**
	 * The template file of a tag and language.
	 *
	 * @param string $tag  The element.
	 * @param string $lang The language.
	 * @return array|null Null when the file is missing or damaged.
	 */
	private static function file( $tag, $lang ) {
		$key = $tag . '/' . $lang;
		if ( ! array_key_exists( $key, self::$files ) ) {
			self::$files[ $key ] = self::read_json( IOM_ELEMENTS_DIR . 'prerendered/' . $tag . '/' . $lang . '.json.gz', true );
		}
		return self::$files[ $key ];
	}

	/**
	 * Reads one of the build's JSON files.
	 *
	 * @param string $path       The file.
	 * @param bool   $compressed Whether it is gzip-compressed.
	 * @return array|null Null, and a line in PHP's error log, when it is missing or damaged (only
	 *                    a broken installation gets there: the build always writes these files).
	 */
	private static function read_json( $path, $compressed ) {
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin's own.
		$text = is_readable( $path ) ? file_get_contents( $path ) : false;
		if ( false !== $text && $compressed ) {
			$text = function_exists( 'gzdecode' ) ? gzdecode( $text ) : false;
		}
		$data = false === $text ? null : json_decode( $text, true );
		if ( ! is_array( $data ) ) {
			// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- a broken installation, for the site's logs.
			error_log( sprintf( 'IOM elements: %s is missing or damaged; reinstall the plugin.', $path ) );
			return null;
		}
		return $data;
	}

	/**
	 * The sections the overview shows, in order.
	 *
	 * @param array $attributes Checked attributes.
	 * @return string[]
	 */
	private static function sections_of( array $attributes ) {
		return isset( $attributes['sections'] ) ? preg_split( '/\s+/', $attributes['sections'] ) : self::manifest()['sections'];
	}

	/**
	 * The element's inside, from its templates: the variant its attributes name.
	 *
	 * @param string   $tag        The element.
	 * @param array    $file       Its template file.
	 * @param string   $format     `dsd` or `html`.
	 * @param array    $attributes Checked attributes.
	 * @param string[] $shown      The sections it shows.
	 * @return string
	 */
	private static function inside( $tag, array $file, $format, array $attributes, array $shown ) {
		$level = isset( $attributes['heading-level'] ) ? $attributes['heading-level'] : '2';
		if ( 'iom-overview' === $tag ) {
			$theme  = isset( $attributes['theme'] ) ? $attributes['theme'] : '';
			$pieces = $file[ $format ][ $level . '|' . ( isset( $attributes['heading'] ) ? '1' : '0' ) . '|' . $theme ];
			$html   = $file['bodies'][ $pieces['before'] ];
			foreach ( $shown as $section ) {
				$html .= $file['bodies'][ $pieces['sections'][ $section ] ];
			}
			return $html . $file['bodies'][ $pieces['after'] ];
		}
		$key = $level;
		if ( 'iom-faq' === $tag ) {
			$key .= '|' . ( isset( $attributes['open'] ) ? $attributes['open'] : '' ) . '|' . ( empty( $attributes['single'] ) ? '0' : '1' );
		}
		return $file['bodies'][ $file[ $format ][ $key ] ];
	}

	/**
	 * The site's text overrides of the sections shown, in the language, by token path. `$fits`
	 * is false when an override is not text in a place the templates have a token for.
	 *
	 * @param array    $overrides The site's overrides, checked.
	 * @param string   $lang      The element's language.
	 * @param string[] $shown     The sections shown.
	 * @param array    $defaults  The template's tokens and their bundled text.
	 * @param bool     $fits      Set: whether every override fits the templates.
	 * @return array<string, string>
	 */
	private static function override_values( array $overrides, $lang, array $shown, array $defaults, &$fits ) {
		$fits   = true;
		$values = array();
		if ( ! isset( $overrides[ $lang ] ) || ! is_array( $overrides[ $lang ] ) ) {
			return $values;
		}
		foreach ( $shown as $section ) {
			if ( isset( $overrides[ $lang ][ $section ] ) ) {
				self::flatten( $overrides[ $lang ][ $section ], $section, $defaults, $values, $fits );
			}
		}
		return $values;
	}

	/**
	 * Walks an override as the library merges it: lists of entries by `id`, objects field by
	 * field, text and lists of paragraphs whole.
	 *
	 * @param mixed  $value    Part of an override.
	 * @param string $path     Its token path.
	 * @param array  $defaults The tokens.
	 * @param array  $values   Receives text by token path.
	 * @param bool   $fits     Cleared when a part has no token.
	 */
	private static function flatten( $value, $path, array $defaults, array &$values, &$fits ) {
		if ( is_string( $value ) ) {
			if ( array_key_exists( $path, $defaults ) ) {
				$values[ $path ] = $value;
			} else {
				$fits = false;
			}
			return;
		}
		if ( ! is_array( $value ) ) {
			$fits = false;
			return;
		}
		if ( wp_is_numeric_array( $value ) ) {
			$entries = isset( $value[0] ) && is_array( $value[0] ) && isset( $value[0]['id'] );
			if ( ! $entries ) {
				// A list of paragraphs replaces the bundled one whole: it fits only at its length.
				$count = 0;
				while ( array_key_exists( $path . '.' . $count, $defaults ) ) {
					++$count;
				}
				if ( count( $value ) !== $count ) {
					$fits = false;
					return;
				}
			}
			foreach ( $value as $index => $entry ) {
				if ( $entries && is_array( $entry ) && isset( $entry['id'] ) && is_string( $entry['id'] ) ) {
					$id = $entry['id'];
					unset( $entry['id'] );
					self::flatten( $entry, $path . '.' . $id, $defaults, $values, $fits );
				} else {
					self::flatten( $entry, $path . '.' . $index, $defaults, $values, $fits );
				}
			}
			return;
		}
		foreach ( $value as $key => $inner ) {
			self::flatten( $inner, $path . '.' . $key, $defaults, $values, $fits );
		}
	}

	/**
	 * The overrides of the sections shown, in every language (the element may change language).
	 *
	 * @param array    $overrides The site's overrides.
	 * @param string[] $shown     The sections shown.
	 * @return array
	 */
	private static function relevant_overrides( array $overrides, array $shown ) {
		$relevant = array();
		foreach ( $overrides as $lang => $sections ) {
			foreach ( (array) $sections as $section => $override ) {
				if ( in_array( $section, $shown, true ) ) {
					$relevant[ $lang ][ $section ] = $override;
				}
			}
		}
		return $relevant;
	}

	/**
	 * Fills a template's tokens: `U+E000`, the escaping context, the path, `U+E001`.
	 *
	 * @param string $template The template.
	 * @param array  $values   Text by token path.
	 * @return string
	 */
	private static function fill( $template, array $values ) {
		return preg_replace_callback(
			'/\x{E000}([hjta])([^\x{E000}\x{E001}]*)\x{E001}/u',
			static function ( $token ) use ( $values ) {
				$text = isset( $values[ $token[2] ] ) ? (string) $values[ $token[2] ] : '';
				return self::escape( $token[1], $text );
			},
			$template
		);
	}

	/**
	 * Escapes text as the render API does where the token stands.
	 *
	 * @param string $context `h` Lit's text and attributes; `j` a JSON-LD string; `t` the html
	 *                        format's text; `a` its attributes.
	 * @param string $text    The text.
	 * @return string
	 */
	public static function escape( $context, $text ) {
		switch ( $context ) {
			case 'j':
				$json = wp_json_encode( $text, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_LINE_TERMINATORS );
				return str_replace( '<', '\u003c', substr( $json, 1, -1 ) );
			case 't':
				$text = preg_replace( '/[ \t\n\r\f]+/', ' ', $text );
				return strtr(
					$text,
					array(
						'&'      => '&amp;',
						'<'      => '&lt;',
						'>'      => '&gt;',
						"\u{a0}" => '&nbsp;',
					)
				);
			case 'a':
				return strtr(
					$text,
					array(
						'&'      => '&amp;',
						'"'      => '&quot;',
						"\u{a0}" => '&nbsp;',
						'<'      => '&lt;',
						'>'      => '&gt;',
					)
				);
			default:
				return strtr(
					$text,
					array(
						'&' => '&amp;',
						'<' => '&lt;',
						'>' => '&gt;',
						'"' => '&quot;',
						"'" => '&#39;',
					)
				);
		}
	}

	/**
	 * Each shadow root's styles: inline, or linked from the plugin's folder (strict CSP).
	 *
	 * @param string $html        The element's inside.
	 * @param string $stylesheets A folder URL, or '' for inline styles.
	 * @return string
	 */
	private static function styles( $html, $stylesheets ) {
		if ( null === self::$styles && '' === $stylesheets ) {
			self::$styles = (array) self::read_json( IOM_ELEMENTS_DIR . 'prerendered/styles.json', false );
		}
		return preg_replace_callback(
			'/<link rel="stylesheet" href="\x{E002}\/(iom-[a-z]+)\.css">/u',
			static function ( $link ) use ( $stylesheets ) {
				if ( '' === $stylesheets ) {
					return '<style>' . ( isset( self::$styles[ $link[1] ] ) ? self::$styles[ $link[1] ] : '' ) . '</style>';
				}
				// Versioned, so a browser never keeps an old stylesheet after an update.
				return '<link rel="stylesheet" href="' . esc_url( trailingslashit( $stylesheets ) . $link[1] . '.css?ver=' . IOM_ELEMENTS_VERSION ) . '">';
			},
			$html
		);
	}

	/**
	 * The element's attributes as HTML, each escaped.
	 *
	 * @param array $attributes Checked attributes, by name; `true` for a present boolean one.
	 * @return string
	 */
	private static function attributes_html( array $attributes ) {
		$html = '';
		foreach ( $attributes as $name => $value ) {
			if ( true === $value ) {
				$html .= ' ' . $name;
			} elseif ( is_string( $value ) ) {
				// Every character escaped, entities too (esc_attr keeps `&amp;` as it is): the
				// browser then reads back exactly the text the shadow root shows.
				$html .= ' ' . $name . '="' . htmlspecialchars( $value, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8', true ) . '"';
			}
		}
		return $html;
	}
}
