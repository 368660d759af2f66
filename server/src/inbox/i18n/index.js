// The inbox's languages: one module of strings per language, Finnish first (the default).
import fi from './fi.js';
import sv from './sv.js';
import en from './en.js';

/** @typedef {typeof fi} Strings */
export const LANGUAGES = { fi, sv, en };
/** @typedef {keyof typeof LANGUAGES} Lang */

/** @param {unknown} lang @returns {Lang} */
export const pickLang = (lang) => (lang === 'sv' || lang === 'en' ? lang : 'fi');
