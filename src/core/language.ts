/** The languages the widgets speak. Finnish is the default everywhere. */
export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fi';

/**
 * Maps a BCP 47 tag to a supported language: `sv-FI` → `sv`, `en-GB` → `en`.
 * Returns undefined for an empty or unsupported tag, so the caller can keep looking.
 */
export function supportedLanguage(tag: string | null | undefined): Language | undefined {
  if (!tag) return undefined;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : undefined;
}

/** The Intl locale used for formatting: Finland's variants, so sv gets Finland-Swedish forms. */
export function intlLocale(language: Language): string {
  return language === 'en' ? 'en-GB' : `${language}-FI`;
}
