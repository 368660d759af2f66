import type { StringsOf } from '../../core/i18n.js';
import type fi from '../fi/readiness-checker.js';

export default {
  title: 'readiness-checker (sv)',
} satisfies StringsOf<typeof fi>;
