<?php
/**
 * Plugin Name:       DigiOne widgets
 * Description:       Blocks and a shortcode for the DigiOne readiness checker, info session card and join form. The widget library is bundled: no third-party request.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            DigiOne widgets contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       digione-widgets
 * Domain Path:       /languages
 *
 * @package DigiOneWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'DIGIONE_WIDGETS_FILE', __FILE__ );
define( 'DIGIONE_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once DIGIONE_WIDGETS_DIR . 'includes/assets.php';
require_once DIGIONE_WIDGETS_DIR . 'includes/render.php';
require_once DIGIONE_WIDGETS_DIR . 'includes/settings.php';

add_action( 'init', 'digione_widgets_init' );
add_action( 'enqueue_block_editor_assets', 'digione_widgets_editor_assets' );
add_filter( 'script_loader_tag', 'digione_widgets_script_tag', 10, 2 );
add_action( 'admin_init', 'digione_widgets_register_settings' );
add_action( 'admin_menu', 'digione_widgets_settings_menu' );

/**
 * Loads the translations, registers the scripts and the three blocks, and adds the shortcode.
 */
function digione_widgets_init() {
	load_plugin_textdomain( 'digione-widgets', false, dirname( plugin_basename( DIGIONE_WIDGETS_FILE ) ) . '/languages' );
	digione_widgets_register_assets();
	foreach ( array_keys( digione_widgets_blocks() ) as $widget ) {
		register_block_type(
			DIGIONE_WIDGETS_DIR . 'blocks/' . $widget,
			array( 'render_callback' => 'digione_widgets_render_block' )
		);
	}
	add_shortcode( 'digione', 'digione_widgets_shortcode' );
}
