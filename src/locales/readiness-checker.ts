import type { LocalizedStrings } from '../core/i18n.js';
import fi from './fi/readiness-checker.js';
import sv from './sv/readiness-checker.js';
import en from './en/readiness-checker.js';

export default { fi, sv, en } satisfies LocalizedStrings;
