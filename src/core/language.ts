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

/**
 * The language an element shows: its own `lang`, else the closest ancestor's (crossing shadow
 * roots to their hosts), else the page's configured `locale`, else `<html lang>`, else Finnish.
 * Region tags map to their language; unsupported ones to Finnish. The elements and the script
 * tag's loader (which must guess the same language before the element exists) both use it.
 */
export function elementLanguage(element: Element, configured: Language | undefined): Language {
  const own = element.getAttribute('lang');
  if (own) return supportedLanguage(own) ?? DEFAULT_LANGUAGE;
  const above = (node: Element): Element | null => {
    const root = node.getRootNode();
    return node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  };
  for (let node = above(element); node && node !== document.documentElement; node = above(node)) {
    if (node.hasAttribute('lang')) return supportedLanguage(node.getAttribute('lang')) ?? DEFAULT_LANGUAGE;
  }
  return configured ?? supportedLanguage(document.documentElement.getAttribute('lang')) ?? DEFAULT_LANGUAGE;
}
