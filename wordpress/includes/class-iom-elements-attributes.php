<?php
/**
 * Checks an element's attributes, from a block or a shortcode, as the element itself would read
 * them: a value the element would not take is replaced by its default, and a problem is
 * described for the post's editors.
 *
 * @package IOM_Elements
 */

defined( 'ABSPATH' ) || exit;

/**
 * The attributes each element takes, and their checks.
 */
final class IOM_Elements_Attributes {

	/** The longest heading text taken (a longer one is a mistake, or an attack). */
	const HEADING_MAX = 300;

	/**
	 * Whether an element takes an attribute: the render API's own list, which the build writes
	 * into the manifest.
	 *
	 * @param string $tag  The element.
	 * @param string $name The attribute.
	 * @return bool
	 */
	public static function takes( $tag, $name ) {
		$attributes = IOM_Elements_Renderer::manifest()['attributes'];
		return isset( $attributes[ $tag ] ) && in_array( $name, $attributes[ $tag ], true );
	}

	/**
	 * The language of the site the library has: `fr_FR` and `fr_CA` read as `fr`, a locale the
	 * library lacks as English. The site's locale, not the admin's own (a French admin on an
	 * English site previews what readers get); a multilingual plugin sets it per page.
	 *
	 * @return string
	 */
	public static function site_language() {
		$found = self::language( str_replace( '_', '-', get_locale() ) );
		return null === $found ? 'en' : $found;
	}

	/**
	 * The language of blocks and shortcodes that do not choose one: the settings', or the site's.
	 *
	 * @param array $settings The site settings.
	 * @return string
	 */
	public static function default_language( array $settings ) {
		$chosen = isset( $settings['language'] ) && 'site' !== $settings['language'] ? self::language( $settings['language'] ) : null;
		return null === $chosen ? self::site_language() : $chosen;
	}

	/**
	 * A language of the library for a language tag (`fr-CA` → `fr`, `zh-CN` → `zh`; none for
	 * Traditional Chinese), as the element reads `lang`.
	 *
	 * @param string $tag A language tag.
	 * @return string|null
	 */
	public static function language( $tag ) {
		$languages = IOM_Elements_Renderer::manifest()['languages'];
		$lower     = strtolower( trim( (string) $tag ) );
		$subtags   = preg_split( '/[-_]/', $lower );
		// The library's Chinese is Simplified: Traditional Chinese (zh-Hant, zh-TW, zh-HK, zh-MO)
		// reads as English, as in the elements, rather than in a script its readers did not ask for.
		if ( 'zh' === $subtags[0] ) {
			$script = preg_grep( '/^[a-z]{4}$/', $subtags );
			$script = $script ? reset( $script ) : null;
			if ( null !== $script ? 'hans' !== $script : array_intersect( $subtags, array( 'tw', 'hk', 'mo' ) ) ) {
				return null;
			}
		}
		if ( in_array( $lower, $languages, true ) ) {
			return $lower;
		}
		return in_array( $subtags[0], $languages, true ) ? $subtags[0] : null;
	}

	/**
	 * Checks attributes given by name (`heading-level`, `single` …), raw as an author wrote them.
	 * Returns the attributes to print, with `lang` always set; problems go to `$problems`.
	 *
	 * @param string   $tag      The element.
	 * @param array    $given    Attribute name => value (`true` for a bare boolean attribute).
	 * @param array    $settings The site settings (default theme and language).
	 * @param string[] $problems Receives one sentence per problem.
	 * @return array
	 */
	public static function check( $tag, array $given, array $settings, array &$problems ) {
		$checked = array();
		foreach ( $given as $name => $value ) {
			if ( ! is_string( $name ) || ! self::takes( $tag, $name ) ) {
				/* translators: 1: an attribute's name, 2: an element's tag. */
				$problems[] = sprintf( __( '%1$s is not an attribute of %2$s; it is ignored.', 'iom-elements' ), (string) $name, $tag );
			}
		}
		$text = static function ( $name ) use ( $given ) {
			return isset( $given[ $name ] ) && is_scalar( $given[ $name ] ) && true !== $given[ $name ] ? trim( (string) $given[ $name ] ) : null;
		};

		$lang = $text( 'lang' );
		if ( null !== $lang && '' !== $lang && 'site' !== $lang && null === self::language( $lang ) ) {
			/* translators: 1: a language tag, 2: the languages the plugin has. */
			$problems[] = sprintf( __( 'lang "%1$s" has no content (languages: %2$s); the site language is used.', 'iom-elements' ), $lang, implode( ', ', IOM_Elements_Renderer::manifest()['languages'] ) );
			$lang       = null;
		}
		$checked['lang'] = null === $lang || '' === $lang || 'site' === $lang ? self::default_language( $settings ) : self::language( $lang );

		$heading = $text( 'heading' );
		if ( null !== $heading && ! preg_match( '//u', $heading ) ) {
			$problems[] = __( 'heading is not valid text (UTF-8); the section\'s own title is used.', 'iom-elements' );
			$heading    = null;
		}
		if ( null !== $heading ) {
			// WordPress stores `&` as `&amp;` in what Authors write; the element reads text. And
			// a heading of white space alone is no heading, as the element trims it (Unicode's too).
			$heading = preg_replace( '/^[\s\x{FEFF}]+|[\s\x{FEFF}]+$/u', '', wp_specialchars_decode( $heading, ENT_QUOTES ) );
		}
		if ( null !== $heading && '' !== $heading ) {
			if ( mb_strlen( $heading ) > self::HEADING_MAX ) {
				/* translators: %d: a number of characters. */
				$problems[] = sprintf( __( 'heading is longer than %d characters; the section\'s own title is used.', 'iom-elements' ), self::HEADING_MAX );
			} else {
				$checked['heading'] = $heading;
			}
		}

		$level = $text( 'heading-level' );
		if ( null !== $level && '' !== $level ) {
			if ( preg_match( '/^[1-6]$/', $level ) ) {
				$checked['heading-level'] = $level;
			} else {
				/* translators: %s: the value given. */
				$problems[] = sprintf( __( 'heading-level "%s" is not a whole number from 1 to 6; 2 is used.', 'iom-elements' ), self::shorten( $level ) );
			}
		}

		$theme = $text( 'theme' );
		if ( null === $theme || '' === $theme ) {
			$theme = isset( $settings['theme'] ) ? $settings['theme'] : '';
		} elseif ( 'light' !== $theme && 'dark' !== $theme ) {
			/* translators: %s: the value given. */
			$problems[] = sprintf( __( 'theme "%s" is not light or dark; the page\'s colour scheme is followed.', 'iom-elements' ), self::shorten( $theme ) );
			$theme      = '';
		}
		if ( 'light' === $theme || 'dark' === $theme ) {
			$checked['theme'] = $theme;
		}

		if ( self::takes( $tag, 'open' ) ) {
			$open = $text( 'open' );
			if ( null !== $open && '' !== $open ) {
				$ids   = self::question_ids( $checked['lang'] );
				$names = preg_split( '/[\s,]+/', $open, -1, PREG_SPLIT_NO_EMPTY );
				$wrong = array_diff( $names, $ids, array( 'all' ) );
				if ( $wrong ) {
					/* translators: 1: the unknown values, 2: the questions there are. */
					$problems[] = sprintf( __( 'open: "%1$s" is not a question of iom-faq (%2$s); every answer starts closed.', 'iom-elements' ), self::shorten( implode( ' ', $wrong ) ), implode( ', ', $ids ) );
				} elseif ( in_array( 'all', $names, true ) ) {
					$checked['open'] = 'all';
				} else {
					$checked['open'] = implode( ' ', array_values( array_intersect( $ids, $names ) ) );
				}
			}
		}
		foreach ( array( 'single', 'structured-data' ) as $name ) {
			if ( self::takes( $tag, $name ) && array_key_exists( $name, $given ) ) {
				$on = self::boolean( $given[ $name ] );
				if ( null === $on ) {
					/* translators: 1: an attribute's name, 2: the value given. */
					$problems[] = sprintf( __( '%1$s "%2$s" is not true or false; it is off.', 'iom-elements' ), $name, self::shorten( (string) $given[ $name ] ) );
				} elseif ( $on ) {
					$checked[ $name ] = true;
				}
			}
		}

		if ( self::takes( $tag, 'sections' ) ) {
			$sections = $text( 'sections' );
			if ( null !== $sections && '' !== $sections ) {
				$known = IOM_Elements_Renderer::manifest()['sections'];
				$names = preg_split( '/[\s,]+/', $sections, -1, PREG_SPLIT_NO_EMPTY );
				$wrong = array_diff( $names, $known );
				if ( $wrong || count( array_unique( $names ) ) !== count( $names ) ) {
					/* translators: 1: the value given, 2: the sections there are. */
					$problems[] = sprintf( __( 'sections: "%1$s" is not a list of different sections (%2$s); every section is shown.', 'iom-elements' ), self::shorten( $sections ), implode( ', ', $known ) );
				} else {
					$checked['sections'] = implode( ' ', $names );
				}
			}
		}
		return $checked;
	}

	/**
	 * The FAQ's question ids, in order.
	 *
	 * @param string $lang A language of the library.
	 * @return string[]
	 */
	public static function question_ids( $lang ) {
		$ids = array();
		foreach ( array_keys( IOM_Elements_Renderer::defaults( 'iom-faq', $lang ) ) as $path ) {
			if ( preg_match( '/^faq\.questions\.([a-z0-9-]+)\.question$/', $path, $match ) ) {
				$ids[] = $match[1];
			}
		}
		return $ids;
	}

	/**
	 * A boolean attribute's value: present, `true`, `1`, `yes` are on; `false`, `0`, `no` off.
	 *
	 * @param mixed $value The value.
	 * @return bool|null Null when it is neither.
	 */
	private static function boolean( $value ) {
		if ( is_bool( $value ) ) {
			return $value;
		}
		$value = strtolower( trim( (string) $value ) );
		if ( in_array( $value, array( '', 'true', '1', 'yes', 'on', 'single', 'structured-data' ), true ) ) {
			return true;
		}
		return in_array( $value, array( 'false', '0', 'no', 'off' ), true ) ? false : null;
	}

	/**
	 * A value quoted in a message, cut short.
	 *
	 * @param string $value The value.
	 * @return string
	 */
	private static function shorten( $value ) {
		return mb_strlen( $value ) > 40 ? mb_substr( $value, 0, 40 ) . '…' : $value;
	}
}
