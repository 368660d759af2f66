/**
 * The script tag's shared part (dist/parts/shared-*.js): lit, i18next and the library's core,
 * loaded once for every kind of widget. Its exports are what the loader (src/loader/) replays
 * the page's early `DigiOneWidgets.configure` / `addResources` / `configureSubmissions` into.
 */
export { configure } from '../core/config.js';
export { addResources } from '../core/i18n.js';
export { configureSubmissions } from '../core/submit/outbox.js';
