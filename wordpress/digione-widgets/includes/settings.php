<?php
/**
 * Settings → DigiOne: the site-wide defaults (endpoint, privacy notice, municipality) and the
 * theme colours as the widgets' --digione-* tokens. Saved through the Settings API (its nonce
 * and the manage_options capability).
 *
 * @package DigiOneWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The colour tokens offered on the settings page: token => label.
 *
 * @return array<string, string>
 */
function digione_widgets_colour_tokens() {
	return array(
		'color-primary'    => __( 'Primary (buttons, links, chart bars)', 'digione-widgets' ),
		'color-on-primary' => __( 'Text on primary', 'digione-widgets' ),
		'color-text'       => __( 'Text', 'digione-widgets' ),
		'color-text-muted' => __( 'Secondary text', 'digione-widgets' ),
		'color-background' => __( 'Background', 'digione-widgets' ),
		'color-surface'    => __( 'Cards and notices', 'digione-widgets' ),
		'color-border'     => __( 'Borders', 'digione-widgets' ),
		'color-focus'      => __( 'Focus ring', 'digione-widgets' ),
		'color-error'      => __( 'Errors', 'digione-widgets' ),
		'color-success'    => __( 'Success', 'digione-widgets' ),
	);
}

/**
 * The saved settings, every key present.
 *
 * @return array{endpoint: string, privacy_url: string, municipality: string, colours: array<string, string>}
 */
function digione_widgets_settings() {
	$saved = get_option( 'digione_widgets', array() );
	$saved = is_array( $saved ) ? $saved : array();
	return array(
		'endpoint'     => isset( $saved['endpoint'] ) ? (string) $saved['endpoint'] : '',
		'privacy_url'  => isset( $saved['privacy_url'] ) ? (string) $saved['privacy_url'] : '',
		'municipality' => isset( $saved['municipality'] ) ? (string) $saved['municipality'] : '',
		'colours'      => isset( $saved['colours'] ) && is_array( $saved['colours'] ) ? $saved['colours'] : array(),
	);
}

/**
 * The defaults by block attribute name.
 *
 * @return array{endpoint: string, privacyUrl: string, municipality: string}
 */
function digione_widgets_defaults() {
	$settings = digione_widgets_settings();
	return array(
		'endpoint'     => $settings['endpoint'],
		'privacyUrl'   => $settings['privacy_url'],
		'municipality' => $settings['municipality'],
	);
}

/**
 * The tokens the site set, as CSS for the three elements ('' when none is set).
 *
 * @return string
 */
function digione_widgets_tokens_css() {
	$declarations = '';
	foreach ( digione_widgets_settings()['colours'] as $token => $colour ) {
		$colour = sanitize_hex_color( $colour );
		if ( $colour && array_key_exists( $token, digione_widgets_colour_tokens() ) ) {
			$declarations .= sprintf( '--digione-%s:%s;', $token, $colour );
		}
	}
	return '' === $declarations ? '' : 'digione-event-card,digione-readiness-checker,digione-join-form{' . $declarations . '}';
}

/**
 * Whether an endpoint follows the widgets' rule: https, http on localhost or 127.0.0.1
 * (development), or a path on the same site.
 *
 * @param string $url The endpoint.
 * @return bool
 */
function digione_widgets_endpoint_allowed( $url ) {
	if ( '/' === substr( $url, 0, 1 ) && '//' !== substr( $url, 0, 2 ) ) {
		return true;
	}
	$scheme = wp_parse_url( $url, PHP_URL_SCHEME );
	$host   = wp_parse_url( $url, PHP_URL_HOST );
	if ( 'https' === $scheme && $host ) {
		return true;
	}
	return 'http' === $scheme && in_array( $host, array( 'localhost', '127.0.0.1' ), true );
}

/**
 * Sanitises the settings form. A value that breaks a rule is not saved: the old one stays and
 * the page says why.
 *
 * @param mixed $input The posted values.
 * @return array
 */
function digione_widgets_sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	$text  = function ( $key ) use ( $input ) {
		return isset( $input[ $key ] ) && is_string( $input[ $key ] ) ? trim( $input[ $key ] ) : '';
	};
	$clean = digione_widgets_settings();

	// options.php has unslashed the values already.
	$endpoint = esc_url_raw( $text( 'endpoint' ) );
	if ( '' === $endpoint || digione_widgets_endpoint_allowed( $endpoint ) ) {
		$clean['endpoint'] = $endpoint;
	} else {
		add_settings_error( 'digione_widgets', 'endpoint', __( 'The endpoint must be an https:// address or a path on this site (/api/submissions). It was not changed.', 'digione-widgets' ) );
	}

	$clean['privacy_url']  = esc_url_raw( $text( 'privacy_url' ) );
	$clean['municipality'] = sanitize_text_field( $text( 'municipality' ) );

	$colours          = isset( $input['colours'] ) && is_array( $input['colours'] ) ? $input['colours'] : array();
	$clean['colours'] = array();
	foreach ( array_keys( digione_widgets_colour_tokens() ) as $token ) {
		$value = isset( $colours[ $token ] ) && is_string( $colours[ $token ] ) ? trim( $colours[ $token ] ) : '';
		if ( '' === $value ) {
			continue;
		}
		$colour = sanitize_hex_color( $value );
		if ( $colour ) {
			$clean['colours'][ $token ] = $colour;
		} else {
			add_settings_error(
				'digione_widgets',
				$token,
				/* translators: %s: the name of a colour setting */
				sprintf( __( '%s: give the colour as #rrggbb. It was not saved.', 'digione-widgets' ), digione_widgets_colour_tokens()[ $token ] )
			);
		}
	}
	return $clean;
}

/**
 * Registers the option and its form fields.
 */
function digione_widgets_register_settings() {
	register_setting(
		'digione_widgets',
		'digione_widgets',
		array(
			'type'              => 'object',
			'sanitize_callback' => 'digione_widgets_sanitize_settings',
			'default'           => array(),
		)
	);
	add_settings_section( 'digione_widgets_defaults', __( 'Defaults for every widget', 'digione-widgets' ), '__return_false', 'digione-widgets' );
	$fields = array(
		'endpoint'     => array( __( 'Endpoint', 'digione-widgets' ), __( 'Where join forms and readiness checkers send (https:// or a path on this site). Info session cards take only their own.', 'digione-widgets' ) ),
		'privacy_url'  => array( __( 'Privacy notice URL', 'digione-widgets' ), __( 'The privacy notice every consent links to.', 'digione-widgets' ) ),
		'municipality' => array( __( 'Default municipality', 'digione-widgets' ), __( 'A code (091) or a name in Finnish or Swedish.', 'digione-widgets' ) ),
	);
	foreach ( $fields as $key => $field ) {
		add_settings_field(
			'digione_widgets_' . $key,
			$field[0],
			'digione_widgets_text_field',
			'digione-widgets',
			'digione_widgets_defaults',
			array(
				'label_for' => 'digione_widgets_' . $key,
				'key'       => $key,
				'help'      => $field[1],
			)
		);
	}
	add_settings_section( 'digione_widgets_colours', __( 'Theme colours', 'digione-widgets' ), 'digione_widgets_colours_intro', 'digione-widgets' );
	foreach ( digione_widgets_colour_tokens() as $token => $label ) {
		add_settings_field(
			'digione_widgets_' . $token,
			$label,
			'digione_widgets_colour_field',
			'digione-widgets',
			'digione_widgets_colours',
			array(
				'label_for' => 'digione_widgets_' . $token,
				'token'     => $token,
			)
		);
	}
}

/**
 * The colour section's introduction.
 */
function digione_widgets_colours_intro() {
	echo '<p>' . esc_html__( 'Leave a colour empty to keep the widgets’ default. Text needs a contrast of 4.5:1 against its background, borders and the focus ring 3:1.', 'digione-widgets' ) . '</p>';
}

/**
 * A text field of the defaults section.
 *
 * @param array $args Field arguments.
 */
function digione_widgets_text_field( $args ) {
	$settings = digione_widgets_settings();
	printf(
		'<input type="text" class="regular-text" id="%1$s" name="digione_widgets[%2$s]" value="%3$s" aria-describedby="%1$s-help"><p class="description" id="%1$s-help">%4$s</p>',
		esc_attr( $args['label_for'] ),
		esc_attr( $args['key'] ),
		esc_attr( $settings[ $args['key'] ] ),
		esc_html( $args['help'] )
	);
}

/**
 * A colour field (#rrggbb).
 *
 * @param array $args Field arguments.
 */
function digione_widgets_colour_field( $args ) {
	$colours = digione_widgets_settings()['colours'];
	printf(
		'<input type="text" class="small-text code" id="%1$s" name="digione_widgets[colours][%2$s]" value="%3$s" placeholder="#rrggbb" pattern="#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?" aria-describedby="%1$s-token"> <code id="%1$s-token">--digione-%4$s</code>',
		esc_attr( $args['label_for'] ),
		esc_attr( $args['token'] ),
		esc_attr( isset( $colours[ $args['token'] ] ) ? $colours[ $args['token'] ] : '' ),
		esc_html( $args['token'] )
	);
}

/**
 * Settings → DigiOne.
 */
function digione_widgets_settings_menu() {
	add_options_page( __( 'DigiOne widgets', 'digione-widgets' ), __( 'DigiOne', 'digione-widgets' ), 'manage_options', 'digione-widgets', 'digione_widgets_settings_page' );
}

/**
 * The settings page.
 */
function digione_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<form action="options.php" method="post">';
	settings_fields( 'digione_widgets' );
	do_settings_sections( 'digione-widgets' );
	submit_button();
	echo '</form></div>';
}
