<?php
/**
 * The library's override rules on the server: the JSON Schema the library derives from its
 * content (prerendered/override-schema.json, written by the build), checked before the settings
 * are saved. The settings page runs the library's own checker in the browser first, with its
 * words; this is the same rule set, for a request that did not come through that page.
 *
 * @package IOM_Elements
 */

defined( 'ABSPATH' ) || exit;

/**
 * A checker of the JSON Schema keywords the override rules use.
 */
final class IOM_Elements_Override_Rules {

	/**
	 * The schema.
	 *
	 * @var array
	 */
	private $schema;

	/**
	 * Problems found, one sentence each.
	 *
	 * @var string[]
	 */
	private $problems = array();

	/**
	 * Checks overrides against the rules.
	 *
	 * @param mixed $value The overrides, as `json_decode` gives them without `$associative`:
	 *                     objects as stdClass, lists as arrays (so `{}` and `[]` stay apart).
	 * @return string[] The problems, each naming its path; none when they follow the rules.
	 */
	public static function check( $value ) {
		$path    = IOM_ELEMENTS_DIR . 'prerendered/override-schema.json';
		$checker = new self();
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin's own.
		$checker->schema = json_decode( (string) file_get_contents( $path ), true );
		if ( ! is_array( $checker->schema ) ) {
			return array( __( 'overrides: the plugin\'s rules are missing; reinstall the plugin.', 'iom-elements' ) );
		}
		$checker->value( $value, $checker->schema, 'overrides' );
		return $checker->problems;
	}

	/**
	 * Checks one value against one schema.
	 *
	 * @param mixed  $value  The value.
	 * @param array  $schema The schema.
	 * @param string $path   Where the value stands.
	 */
	private function value( $value, array $schema, $path ) {
		if ( isset( $schema['$ref'] ) ) {
			$name = substr( $schema['$ref'], strlen( '#/$defs/' ) );
			$this->value( $value, $this->schema['$defs'][ $name ], $path );
			return;
		}
		if ( isset( $schema['enum'] ) && ! in_array( $value, $schema['enum'], true ) ) {
			/* translators: 1: where, 2: the values allowed. */
			$this->problems[] = sprintf( __( '%1$s: is none of %2$s', 'iom-elements' ), $path, implode( ', ', $schema['enum'] ) );
			return;
		}
		$type = isset( $schema['type'] ) ? $schema['type'] : null;
		if ( 'object' === $type ) {
			$this->object( $value, $schema, $path );
		} elseif ( 'array' === $type ) {
			if ( ! is_array( $value ) ) {
				/* translators: %s: where. */
				$this->problems[] = sprintf( __( '%s: expected a list', 'iom-elements' ), $path );
				return;
			}
			if ( isset( $schema['minItems'] ) && count( $value ) < $schema['minItems'] ) {
				/* translators: 1: where, 2: a number. */
				$this->problems[] = sprintf( __( '%1$s: expected at least %2$d entries', 'iom-elements' ), $path, $schema['minItems'] );
			}
			foreach ( $value as $index => $item ) {
				$this->value( $item, $schema['items'], $path . '[' . $index . ']' );
			}
		} elseif ( 'string' === $type ) {
			$this->text( $value, $schema, $path );
		}
	}

	/**
	 * Checks an object: its keys, then each field.
	 *
	 * @param mixed  $value  The value.
	 * @param array  $schema The schema.
	 * @param string $path   Where it stands.
	 */
	private function object( $value, array $schema, $path ) {
		if ( ! is_object( $value ) ) {
			/* translators: %s: where. */
			$this->problems[] = sprintf( __( '%s: expected an object', 'iom-elements' ), $path );
			return;
		}
		$value = get_object_vars( $value );
		foreach ( isset( $schema['required'] ) ? $schema['required'] : array() as $name ) {
			if ( ! array_key_exists( $name, $value ) ) {
				/* translators: 1: where, 2: a field's name. */
				$this->problems[] = sprintf( __( '%1$s: needs %2$s', 'iom-elements' ), $path, $name );
			}
		}
		if ( isset( $schema['minProperties'] ) && count( $value ) < $schema['minProperties'] ) {
			/* translators: %s: where. */
			$this->problems[] = sprintf( __( '%s: is empty', 'iom-elements' ), $path );
		}
		$properties = isset( $schema['properties'] ) ? $schema['properties'] : array();
		foreach ( $value as $key => $inner ) {
			$where = $path . '.' . $key;
			if ( isset( $schema['propertyNames']['enum'] ) && ! in_array( (string) $key, $schema['propertyNames']['enum'], true ) ) {
				/* translators: 1: where, 2: the names allowed. */
				$this->problems[] = sprintf( __( '%1$s: is not one of %2$s', 'iom-elements' ), $where, implode( ', ', $schema['propertyNames']['enum'] ) );
			} elseif ( isset( $properties[ $key ] ) ) {
				$this->value( $inner, $properties[ $key ], $where );
			} elseif ( isset( $schema['additionalProperties'] ) && is_array( $schema['additionalProperties'] ) ) {
				$this->value( $inner, $schema['additionalProperties'], $where );
			} elseif ( isset( $schema['additionalProperties'] ) && false === $schema['additionalProperties'] ) {
				/* translators: 1: where, 2: the names allowed. */
				$this->problems[] = sprintf( __( '%1$s: is not expected here (expected: %2$s)', 'iom-elements' ), $where, implode( ', ', array_keys( $properties ) ) );
			}
		}
	}

	/**
	 * Checks text.
	 *
	 * @param mixed  $value  The value.
	 * @param array  $schema The schema.
	 * @param string $path   Where it stands.
	 */
	private function text( $value, array $schema, $path ) {
		if ( ! is_string( $value ) ) {
			/* translators: %s: where. */
			$this->problems[] = sprintf( __( '%s: expected text', 'iom-elements' ), $path );
			return;
		}
		$length = mb_strlen( $value );
		if ( isset( $schema['minLength'] ) && $length < $schema['minLength'] ) {
			/* translators: %s: where. */
			$this->problems[] = sprintf( __( '%s: expected non-empty text', 'iom-elements' ), $path );
		} elseif ( isset( $schema['maxLength'] ) && $length > $schema['maxLength'] ) {
			/* translators: 1: where, 2: a number. */
			$this->problems[] = sprintf( __( '%1$s: is longer than %2$d characters', 'iom-elements' ), $path, $schema['maxLength'] );
		} elseif ( isset( $schema['pattern'] ) && ! preg_match( self::pcre( $schema['pattern'] ), $value ) ) {
			/* translators: %s: where. */
			$this->problems[] = sprintf( __( '%s: does not have the form it needs (no white space at either end; addresses start with https:, http: or mailto:; dates are written 1951 or 1951-12-05)', 'iom-elements' ), $path );
		}
	}

	/**
	 * A JavaScript pattern (what the rules are written in) as PHP's: Unicode `\S`, `.` that stops
	 * at every line terminator JavaScript's does, and `$` at the very end only.
	 *
	 * @param string $pattern The pattern.
	 * @return string
	 */
	private static function pcre( $pattern ) {
		$pattern = preg_replace( '/(?<!\\\\)\./', '[^\\n\\r\\x{2028}\\x{2029}]', $pattern );
		return '/(*UCP)' . str_replace( '/', '\/', $pattern ) . '/uD';
	}
}
