<?php
/**
 * Settings → IOM elements: the default theme and language, the strict-CSP mode, and the
 * site's content overrides, for administrators alone.
 *
 * @package IOM_Elements
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings page and the stored settings.
 */
final class IOM_Elements_Settings {

	/** The option the settings are kept in (uninstall.php removes it). */
	const OPTION = 'iom_elements_settings';

	/** The settings page's slug, and its settings group. */
	const PAGE = 'iom-elements';

	/** What a site starts with. */
	const DEFAULTS = array(
		'theme'     => '',
		'language'  => 'site',
		'csp'       => false,
		'overrides' => array(),
	);

	/**
	 * Hooks the page and the setting.
	 */
	public static function init() {
		add_action( 'admin_init', array( __CLASS__, 'register' ) );
		add_action( 'admin_menu', array( __CLASS__, 'menu' ) );
		add_action( 'admin_enqueue_scripts', array( __CLASS__, 'assets' ) );
	}

	/**
	 * The settings, with defaults for whatever is missing.
	 *
	 * @return array
	 */
	public static function get() {
		$stored = get_option( self::OPTION, array() );
		return array_merge( self::DEFAULTS, is_array( $stored ) ? array_intersect_key( $stored, self::DEFAULTS ) : array() );
	}

	/**
	 * Registers the setting; options.php checks the nonce and `manage_options` when it is saved.
	 */
	public static function register() {
		register_setting(
			self::PAGE,
			self::OPTION,
			array(
				'type'              => 'object',
				'sanitize_callback' => array( __CLASS__, 'sanitize' ),
				'default'           => self::DEFAULTS,
			)
		);
	}

	/**
	 * Adds the page under Settings.
	 */
	public static function menu() {
		add_options_page(
			__( 'IOM elements', 'iom-elements' ),
			__( 'IOM elements', 'iom-elements' ),
			'manage_options',
			self::PAGE,
			array( __CLASS__, 'page' )
		);
	}

	/**
	 * The settings page's script: the library's own override checker, run as the admin types.
	 *
	 * @param string $hook The admin page.
	 */
	public static function assets( $hook ) {
		if ( 'settings_page_' . self::PAGE !== $hook ) {
			return;
		}
		wp_enqueue_script( 'iom-elements-settings', IOM_ELEMENTS_URL . 'admin/settings.js', array( 'wp-i18n' ), IOM_ELEMENTS_VERSION, true );
		wp_set_script_translations( 'iom-elements-settings', 'iom-elements', IOM_ELEMENTS_DIR . 'languages' );
		wp_add_inline_script( 'iom-elements-settings', 'window.iomElementsSettings = ' . wp_json_encode( array( 'checker' => IOM_ELEMENTS_URL . 'admin/check-overrides.js?ver=' . IOM_ELEMENTS_VERSION ) ) . ';', 'before' );
	}

	/**
	 * Checks what the form sent. Bad overrides refuse the whole save: the stored settings stay.
	 *
	 * @param mixed $input The form's fields, or settings saved by code.
	 * @return array
	 */
	public static function sanitize( $input ) {
		$current = self::get();
		if ( ! is_array( $input ) ) {
			return $current;
		}
		// Settings saved by code may give only some fields: the others stay. (The form sends every
		// field but an unticked checkbox.)
		$input = array_merge( array_intersect_key( $current, array_flip( array( 'theme', 'language', 'overrides' ) ) ), $input );
		$theme    = isset( $input['theme'] ) && in_array( $input['theme'], array( '', 'light', 'dark' ), true ) ? $input['theme'] : '';
		$language = isset( $input['language'] ) && ( 'site' === $input['language'] || in_array( $input['language'], IOM_Elements_Renderer::manifest()['languages'], true ) ) ? $input['language'] : 'site';

		$overrides = isset( $input['overrides'] ) ? $input['overrides'] : array();
		if ( is_string( $overrides ) ) {
			// options.php has already unslashed what the form sent.
			$text    = trim( $overrides );
			$decoded = '' === $text ? new stdClass() : json_decode( $text );
			if ( null === $decoded && 'null' !== $text ) {
				/* translators: %s: the JSON parser's message. */
				self::refuse( array( sprintf( __( 'overrides: is not valid JSON: %s', 'iom-elements' ), json_last_error_msg() ) ) );
				return $current;
			}
		} else {
			// Settings saved by code come as arrays: empty means none.
			$decoded = empty( $overrides ) ? new stdClass() : json_decode( wp_json_encode( $overrides ) );
		}
		// Checked as decoded JSON (objects apart from lists), kept as arrays.
		$problems = IOM_Elements_Override_Rules::check( $decoded );
		if ( $problems ) {
			self::refuse( $problems );
			return $current;
		}
		return array(
			'theme'     => $theme,
			'language'  => $language,
			'csp'       => ! empty( $input['csp'] ),
			'overrides' => json_decode( wp_json_encode( $decoded ), true ),
		);
	}

	/**
	 * Tells the admin why nothing was saved.
	 *
	 * @param string[] $problems The problems.
	 */
	private static function refuse( array $problems ) {
		if ( function_exists( 'add_settings_error' ) ) {
			add_settings_error(
				self::OPTION,
				'iom-elements-overrides',
				// WordPress prints these messages as HTML: what the admin typed is escaped here.
				esc_html( __( 'Nothing was saved: the overrides break the library\'s rules.', 'iom-elements' ) . ' ' . implode( '; ', $problems ) )
			);
		}
	}

	/**
	 * The page.
	 */
	public static function page() {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		$settings  = self::get();
		$languages = IOM_Elements_Renderer::manifest()['languageNames'];
		$json      = empty( $settings['overrides'] ) ? '' : wp_json_encode( $settings['overrides'], JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
		$name      = self::OPTION;
		?>
		<div class="wrap">
			<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
			<form method="post" action="options.php" id="iom-elements-settings">
				<?php settings_fields( self::PAGE ); ?>
				<table class="form-table" role="presentation">
					<tr>
						<th scope="row"><label for="iom-elements-theme"><?php esc_html_e( 'Colour scheme', 'iom-elements' ); ?></label></th>
						<td>
							<select id="iom-elements-theme" name="<?php echo esc_attr( $name ); ?>[theme]">
								<option value="" <?php selected( $settings['theme'], '' ); ?>><?php esc_html_e( 'Follow the page', 'iom-elements' ); ?></option>
								<option value="light" <?php selected( $settings['theme'], 'light' ); ?>><?php esc_html_e( 'Light', 'iom-elements' ); ?></option>
								<option value="dark" <?php selected( $settings['theme'], 'dark' ); ?>><?php esc_html_e( 'Dark', 'iom-elements' ); ?></option>
							</select>
							<p class="description"><?php esc_html_e( 'For blocks and shortcodes that do not choose one.', 'iom-elements' ); ?></p>
						</td>
					</tr>
					<tr>
						<th scope="row"><label for="iom-elements-language"><?php esc_html_e( 'Language', 'iom-elements' ); ?></label></th>
						<td>
							<select id="iom-elements-language" name="<?php echo esc_attr( $name ); ?>[language]">
								<option value="site" <?php selected( $settings['language'], 'site' ); ?>><?php esc_html_e( 'The site\'s language (English where the library lacks it)', 'iom-elements' ); ?></option>
								<?php foreach ( $languages as $code => $label ) : ?>
									<option value="<?php echo esc_attr( $code ); ?>" lang="<?php echo esc_attr( $code ); ?>" <?php selected( $settings['language'], $code ); ?>><?php echo esc_html( $label ); ?></option>
								<?php endforeach; ?>
							</select>
							<p class="description"><?php esc_html_e( 'For blocks and shortcodes that do not choose one.', 'iom-elements' ); ?></p>
						</td>
					</tr>
					<tr>
						<th scope="row"><?php esc_html_e( 'Strict Content Security Policy', 'iom-elements' ); ?></th>
						<td>
							<label><input type="checkbox" name="<?php echo esc_attr( $name ); ?>[csp]" value="1" <?php checked( $settings['csp'] ); ?>> <?php esc_html_e( 'Link the elements\' styles from the plugin\'s folder instead of inline style elements', 'iom-elements' ); ?></label>
							<p class="description"><?php esc_html_e( 'For a site whose policy has style-src \'self\' without \'unsafe-inline\'.', 'iom-elements' ); ?></p>
						</td>
					</tr>
					<tr>
						<th scope="row"><label for="iom-elements-overrides"><?php esc_html_e( 'Content overrides (JSON)', 'iom-elements' ); ?></label></th>
						<td>
							<textarea id="iom-elements-overrides" name="<?php echo esc_attr( $name ); ?>[overrides]" rows="12" cols="80" class="large-text code" aria-describedby="iom-elements-overrides-help iom-elements-overrides-problems" spellcheck="false"><?php echo esc_textarea( $json ); ?></textarea>
							<p class="description" id="iom-elements-overrides-help"><?php esc_html_e( 'By language and section, as <iom-provider> takes them, e.g. {"en": {"presence": {"figures": [{"id": "member-states", "value": "175"}]}}}. Checked with the library\'s rules; nothing is saved while they break them.', 'iom-elements' ); ?></p>
							<div id="iom-elements-overrides-problems" role="alert"></div>
						</td>
					</tr>
				</table>
				<?php submit_button(); ?>
			</form>
		</div>
		<?php
	}
}
