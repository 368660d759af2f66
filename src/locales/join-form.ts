import type { LocalizedStrings } from '../core/i18n.js';
import fi from './fi/join-form.js';
import sv from './sv/join-form.js';
import en from './en/join-form.js';

export default { fi, sv, en } satisfies LocalizedStrings;
