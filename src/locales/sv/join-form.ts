import type { StringsOf } from '../../core/i18n.js';
import type fi from '../fi/join-form.js';

export default {
  title: 'join-form (sv)',
} satisfies StringsOf<typeof fi>;
