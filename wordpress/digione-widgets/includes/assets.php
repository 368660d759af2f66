<?php
/**
 * The bundled widget library, the theme tokens and the block editor script.
 *
 * @package DigiOneWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * What the plugin build recorded about the bundled library: its version and the
 * Subresource Integrity hash of its entry script.
 *
 * @return array{version: string, integrity: string}
 */
function digione_widgets_library() {
	static $library = null;
	if ( null === $library ) {
		$library = require DIGIONE_WIDGETS_DIR . 'build/library.asset.php';
	}
	return $library;
}

/**
 * Registers the library (footer script, versioned), the inline style holder of the theme
 * tokens, and the block editor script. Nothing is enqueued here.
 */
function digione_widgets_register_assets() {
	$library = digione_widgets_library();
	wp_register_script(
		'digione-widgets',
		plugins_url( 'assets/digione-widgets.js', DIGIONE_WIDGETS_FILE ),
		array(),
		$library['version'],
		true
	);
	wp_register_style( 'digione-widgets-tokens', false, array(), $library['version'] );
	wp_register_script(
		'digione-widgets-editor',
		plugins_url( 'build/editor.js', DIGIONE_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'digione-widgets' ),
		$library['version'],
		true
	);
	wp_set_script_translations( 'digione-widgets-editor', 'digione-widgets', DIGIONE_WIDGETS_DIR . 'languages' );
}

/**
 * Puts the library and the site's theme tokens on the page. Called only when a block or the
 * shortcode is rendered, so pages without a widget load nothing.
 */
function digione_widgets_enqueue() {
	wp_enqueue_script( 'digione-widgets' );
	$css = digione_widgets_tokens_css();
	if ( '' !== $css && ! wp_style_is( 'digione-widgets-tokens', 'enqueued' ) ) {
		wp_add_inline_style( 'digione-widgets-tokens', $css );
		wp_enqueue_style( 'digione-widgets-tokens' );
	}
}

/**
 * The block editor: the library for the live preview, the tokens, and the site defaults
 * (shown as placeholders in the sidebar and used by the preview).
 */
function digione_widgets_editor_assets() {
	digione_widgets_enqueue();
	wp_localize_script( 'digione-widgets-editor', 'digioneWidgetsDefaults', digione_widgets_defaults() );
}

/**
 * Adds the integrity hash of the bundled library (and crossorigin, which SRI needs) to its tag.
 *
 * @param string $tag    The script tag.
 * @param string $handle The script handle.
 * @return string
 */
function digione_widgets_script_tag( $tag, $handle ) {
	if ( 'digione-widgets' !== $handle ) {
		return $tag;
	}
	$library = digione_widgets_library();
	$extra   = sprintf( ' integrity="%s" crossorigin="anonymous"', esc_attr( $library['integrity'] ) );
	return preg_replace( '/<script(?=[^>]*\ssrc=)/', '<script' . $extra, $tag, 1 );
}
