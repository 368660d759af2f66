<?php
/**
 * Server-side rendering: a block or a shortcode becomes the custom element, every attribute
 * escaped. The widgets do the rest (validation messages, sending) in the browser.
 *
 * @package DigiOneWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The widgets: block folder => the element and the site defaults it takes.
 *
 * The event card takes no site-wide endpoint on purpose: a card shows its registration form
 * only with its own endpoint (as the library's configure() does).
 *
 * @return array<string, array{tag: string, defaults: string[]}>
 */
function digione_widgets_blocks() {
	return array(
		'readiness-checker' => array(
			'tag'      => 'digione-readiness-checker',
			'defaults' => array( 'endpoint', 'privacyUrl', 'municipality' ),
		),
		'event-card'        => array(
			'tag'      => 'digione-event-card',
			'defaults' => array( 'privacyUrl' ),
		),
		'join-form'         => array(
			'tag'      => 'digione-join-form',
			'defaults' => array( 'endpoint', 'privacyUrl', 'municipality' ),
		),
	);
}

/**
 * A block attribute's name as the element's attribute: privacyUrl => privacy-url.
 *
 * @param string $name Block attribute name (camelCase).
 * @return string
 */
function digione_widgets_attribute_name( $name ) {
	return strtolower( preg_replace( '/([a-z])([A-Z])/', '$1-$2', $name ) );
}

/**
 * Render callback of the three blocks.
 *
 * @param array    $attributes Attributes, already checked against block.json by WordPress.
 * @param string   $content    Inner content (none).
 * @param WP_Block $block      The block.
 * @return string
 */
function digione_widgets_render_block( $attributes, $content, $block ) {
	unset( $content );
	$widget = substr( $block->name, strlen( 'digione/' ) );
	return digione_widgets_render( $widget, $attributes, $block->block_type->attributes, get_block_wrapper_attributes() );
}

/**
 * The element of one widget.
 *
 * @param string $widget     Block folder name (join-form, …).
 * @param array  $attributes Checked attribute values.
 * @param array  $schema     The block type's attribute schema.
 * @param string $wrapper    Extra attributes (already escaped), e.g. the block's class.
 * @return string
 */
function digione_widgets_render( $widget, $attributes, $schema, $wrapper = '' ) {
	$blocks = digione_widgets_blocks();
	if ( ! isset( $blocks[ $widget ] ) ) {
		return '';
	}
	$defaults = digione_widgets_defaults();
	foreach ( $blocks[ $widget ]['defaults'] as $name ) {
		if ( empty( $attributes[ $name ] ) && '' !== $defaults[ $name ] ) {
			$attributes[ $name ] = $defaults[ $name ];
		}
	}

	$tag     = $blocks[ $widget ]['tag'];
	$html    = '<' . $tag . ( '' === $wrapper ? '' : ' ' . $wrapper );
	$allowed = array( 'class' => true );
	foreach ( $schema as $name => $rule ) {
		$attribute             = digione_widgets_attribute_name( $name );
		$allowed[ $attribute ] = true;
		$value                 = isset( $attributes[ $name ] ) ? $attributes[ $name ] : null;
		if ( 'boolean' === $rule['type'] ) {
			$html .= $value ? ' ' . $attribute : '';
			continue;
		}
		if ( null === $value || '' === $value ) {
			continue;
		}
		$is_url = isset( $rule['format'] ) && 'uri' === $rule['format'];
		$value  = $is_url ? esc_url( (string) $value ) : esc_attr( (string) $value );
		if ( '' !== $value ) {
			$html .= sprintf( ' %s="%s"', $attribute, $value );
		}
	}
	$html .= '></' . $tag . '>';

	digione_widgets_enqueue();
	return wp_kses( $html, array( $tag => $allowed ) );
}

/**
 * The [digione widget="join-form" privacy-url="…"] shortcode: the same attributes as the
 * element (no-draft="1" for the boolean), checked by the same rules as the block's.
 *
 * @param array|string $atts Shortcode attributes.
 * @return string
 */
function digione_widgets_shortcode( $atts ) {
	$atts   = is_array( $atts ) ? $atts : array();
	$widget = isset( $atts['widget'] ) ? sanitize_key( $atts['widget'] ) : '';
	$type   = WP_Block_Type_Registry::get_instance()->get_registered( 'digione/' . $widget );
	if ( ! $type ) {
		return '';
	}
	$given = array();
	foreach ( $type->attributes as $name => $rule ) {
		$key = digione_widgets_attribute_name( $name );
		if ( ! isset( $atts[ $key ] ) ) {
			continue;
		}
		$value = $atts[ $key ];
		if ( 'boolean' === $rule['type'] ) {
			$value = in_array( strtolower( (string) $value ), array( '1', 'true', 'yes', $key ), true );
		} elseif ( 'integer' === $rule['type'] ) {
			$value = is_numeric( $value ) ? (int) $value : null;
		} else {
			$value = sanitize_text_field( $value );
		}
		$given[ $name ] = $value;
	}
	$class = 'class="wp-block-digione-' . esc_attr( $widget ) . '"';
	return digione_widgets_render( $widget, $type->prepare_attributes_for_render( $given ), $type->attributes, $class );
}
