import type { StringsOf } from '../../core/i18n.js';
import type fi from '../fi/event-card.js';

export default {
  title: 'event-card (sv)',
} satisfies StringsOf<typeof fi>;
