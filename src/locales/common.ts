import type { LocalizedStrings } from '../core/i18n.js';
import fi from './fi/common.js';
import sv from './sv/common.js';
import en from './en/common.js';

export default { fi, sv, en } satisfies LocalizedStrings;
