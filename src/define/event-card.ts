/** `import 'digione-widgets/define/event-card'`: defines <digione-event-card> once per page (duplicate-safe) and brings its types. */
import { defineElement } from '../core/define.js';
import { VERSION } from '../core/version.js';
import { TAGS } from '../core/tags.js';
import { DigiOneEventCard } from '../event-card/event-card.js';

export { DigiOneEventCard };

defineElement(TAGS.eventCard, DigiOneEventCard, VERSION);
