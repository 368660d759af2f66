// The snippet builder page's one script: the three widgets (for the live preview) and the builder.
import '../../src/define.js';
import { DigiOneSnippetBuilder } from './snippet-builder.js';

if (!customElements.get('digione-snippet-builder')) customElements.define('digione-snippet-builder', DigiOneSnippetBuilder);
