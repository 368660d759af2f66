import type { LocalizedStrings } from '../core/i18n.js';
import fi from './fi/event-card.js';
import sv from './sv/event-card.js';
import en from './en/event-card.js';

export default { fi, sv, en } satisfies LocalizedStrings;
