import { LANGUAGES, type Language } from '../core/language.js';
import type { LocalizedText, Questionnaire } from './questionnaire.js';

/**
 * A questionnaire's texts by language, for the script tag's per-language parts: the built-in
 * questionnaire ships as a skeleton (ids, points, bands; every text an empty `{}`), and each
 * language's strings part fills in that language's texts. The order of the texts is the order in
 * which `localizedTexts()` meets them, the same at build time and in the browser.
 */
const isText = (value: unknown): value is LocalizedText =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { fi?: unknown }).fi === 'string';

/** Every localized text of the questionnaire, depth first in key order. */
export function localizedTexts(questionnaire: Questionnaire): LocalizedText[] {
  const found: LocalizedText[] = [];
  const walk = (value: unknown): void => {
    if (isText(value)) found.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  walk(questionnaire);
  return found;
}

/** One language's texts, in order (the strings part of that language carries them). */
export function textsIn(questionnaire: Questionnaire, language: Language): string[] {
  return localizedTexts(questionnaire).map((text) => text[language] ?? text.fi);
}

/** The questionnaire with every text emptied (`{}`), its structure and numbers kept. */
export function skeletonOf(questionnaire: Questionnaire): Questionnaire {
  const texts = new Set<unknown>(localizedTexts(questionnaire));
  const copy = (value: unknown): unknown => {
    if (texts.has(value)) return {};
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0)
      throw new Error('questionnaire texts: an empty object would read as a text'); // fillTexts could not tell them apart
    if (Array.isArray(value)) return value.map(copy);
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copy(item)]));
    return value;
  };
  return copy(questionnaire) as Questionnaire;
}

/** Fills one language's texts into a skeleton made by `skeletonOf()`, in place. */
export function fillTexts(skeleton: Questionnaire, language: Language, texts: readonly string[]): void {
  const slots: Array<Record<string, string>> = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value);
      // a text slot: empty, or holding only the languages filled in so far
      if (entries.every(([key, item]) => LANGUAGES.includes(key as Language) && typeof item === 'string')) {
        slots.push(value as Record<string, string>);
        return;
      }
      for (const [, item] of entries) walk(item);
    }
  };
  walk(skeleton);
  if (slots.length !== texts.length) throw new Error(`questionnaire texts: ${texts.length} for ${slots.length} places`);
  slots.forEach((slot, i) => (slot[language] = texts[i]));
}
