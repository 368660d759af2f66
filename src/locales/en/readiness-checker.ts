import type { StringsOf } from '../../core/i18n.js';
import type fi from '../fi/readiness-checker.js';

export default {
  title: 'readiness-checker (en)',
} satisfies StringsOf<typeof fi>;
