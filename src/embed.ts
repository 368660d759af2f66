/**
 * The script-tag entry (dist/digione-widgets.js): defines the elements and publishes the API as
 * `window.DigiOneWidgets`. When the page already has a copy, the first one's API stays.
 */
import './define.js';
import * as api from './api.js';

const page = globalThis as unknown as { DigiOneWidgets?: typeof api };
if (!page.DigiOneWidgets) page.DigiOneWidgets = Object.freeze({ ...api });
