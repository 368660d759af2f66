import { MUNICIPALITIES_PACKED } from './municipalities.js';
import type { Language } from '../core/language.js';

/** A municipality of Finland: its official code and names. */
export interface Municipality {
  code: string;
  fi: string;
  /** The Swedish name; equal to `fi` where the municipality has none of its own. */
  sv: string;
  /** Bilingual (Finnish and Swedish) municipalities show both names. */
  bilingual: boolean;
  /** Swedish-speaking municipality (Åland, parts of Ostrobothnia). */
  swedish: boolean;
}

let cache: Municipality[] | undefined;

/** Every municipality, in code order (unpacked once from the generated data). */
export function municipalities(): Municipality[] {
  cache ??= MUNICIPALITIES_PACKED.split(';').map((row) => {
    const [code, fi, sv, lang] = row.split('|');
    return { code, fi, sv: sv || fi, bilingual: lang === '2', swedish: lang === '4' };
  });
  return cache;
}

/**
 * The name to show in a language: the Swedish name in Swedish, the Finnish one otherwise (a
 * Swedish-speaking municipality keeps its Swedish name). Bilingual ones get both, the shown
 * language's first: "Espoo – Esbo" / "Esbo – Espoo".
 */
export function municipalityName(m: Municipality, language: Language): string {
  const primary = language === 'sv' || m.swedish ? m.sv : m.fi;
  const secondary = primary === m.fi ? m.sv : m.fi;
  return m.bilingual && secondary !== primary ? `${primary} – ${secondary}` : primary;
}

/** Lower case, accents off (ä→a, ö→o, å→a), for searching and matching. */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/** A municipality by its code (`091`, `91`) or a name in Finnish or Swedish, any case or accents. */
export function findMunicipality(codeOrName: string | null | undefined): Municipality | undefined {
  const query = codeOrName?.trim();
  if (!query) return undefined;
  if (/^\d{1,3}$/.test(query)) return municipalities().find((m) => m.code === query.padStart(3, '0'));
  const folded = foldForSearch(query);
  return municipalities().find((m) => foldForSearch(m.fi) === folded || foldForSearch(m.sv) === folded);
}

/**
 * Municipalities whose Finnish or Swedish name contains the query (case and accents ignored),
 * names that start with it first.
 */
export function searchMunicipalities(query: string, language: Language): Municipality[] {
  const folded = foldForSearch(query);
  const list = municipalities();
  if (!folded) return [...list].sort((a, b) => municipalityName(a, language).localeCompare(municipalityName(b, language), language));
  const scored: Array<[number, Municipality]> = [];
  for (const m of list) {
    const names = [foldForSearch(m.fi), foldForSearch(m.sv)];
    if (names.some((n) => n.startsWith(folded))) scored.push([0, m]);
    else if (names.some((n) => n.includes(folded))) scored.push([1, m]);
  }
  return scored.sort((a, b) => a[0] - b[0] || municipalityName(a[1], language).localeCompare(municipalityName(b[1], language), language)).map(([, m]) => m);
}

/** How both forms send a municipality: its code and its name as shown in the language. */
export function municipalityRef(codeOrName: string | null | undefined, language: Language): { code: string; name: string } | undefined {
  const m = findMunicipality(codeOrName);
  return m && { code: m.code, name: municipalityName(m, language) };
}
