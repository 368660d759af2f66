<?php
/**
 * Removes the plugin's settings when it is deleted.
 *
 * @package DigiOneWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'digione_widgets' );
