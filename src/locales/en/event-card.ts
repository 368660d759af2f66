import type { StringsOf } from '../../core/i18n.js';
import type fi from '../fi/event-card.js';

export default {
  title: 'event-card (en)',
} satisfies StringsOf<typeof fi>;
