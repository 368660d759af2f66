import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { shared } from './global.js';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from './language.js';

export type Strings = { [key: string]: string | Strings };
/** The same keys as another language's strings: sv and en must match fi, checked by tsc. */
export type StringsOf<T> = { [K in keyof T]: T[K] extends string ? string : StringsOf<T[K]> };
/** One namespace's strings in every language: `{ fi: {...}, sv: {...}, en: {...} }`. */
export type LocalizedStrings = Record<Language, Strings>;

/**
 * The library's one i18next instance. `createInstance` keeps it apart from any i18next the page
 * itself uses; the Symbol.for key makes two copies of the bundle share it, so strings added
 * through one copy's `addResources` reach elements defined by the other.
 */
export const i18n: I18n = shared('i18n', () => {
  const instance = i18next.createInstance();
  void instance.init({
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: [],
    resources: {},
    initAsync: false,
    interpolation: { escapeValue: false }, // Lit escapes; i18next must not double-escape
    returnNull: false,
  });
  return instance;
});

const registered = shared<Set<string>>('i18n-namespaces', () => new Set());

/**
 * Adds a widget's built-in strings once. They go in without overwriting, so strings a page
 * added earlier through `addResources` keep priority.
 */
export function registerStrings(namespace: string, strings: LocalizedStrings): void {
  if (registered.has(namespace)) return;
  registered.add(namespace);
  // (the script tag's build has none here: its loader brings each language apart)
  for (const [language, bundle] of Object.entries(strings)) addBuiltinStrings(language as Language, namespace, bundle);
}

/**
 * The script tag's loader (src/loader/) brings each widget's strings one language at a time: it
 * registers here how to ask for a language, and each language part it loads calls
 * `addBuiltinStrings`. The npm build has no loader and every language built in.
 */
interface StringsSource {
  load?: (language: Language, namespace: string) => void;
}
const source = shared<StringsSource>('strings-source', () => ({}));
const builtin = shared<Set<string>>('strings-builtin', () => new Set());

/** Adds one language of a namespace's built-in strings, under any the page added itself. */
export function addBuiltinStrings(language: Language, namespace: string, strings: Strings): void {
  builtin.add(`${language} ${namespace}`);
  i18n.addResourceBundle(language, namespace, strings, true, false);
}

/**
 * Whether the built-in strings of a language still have to arrive before a widget can show it
 * (only ever true under the loader). Strings a page added with `addResources` do not count:
 * they may cover a few keys only.
 */
export function stringsMissing(language: Language, namespace: string): boolean {
  return !!source.load && !(builtin.has(`${language} common`) && builtin.has(`${language} ${namespace}`));
}

/** Asks the loader for a language's strings; they arrive as an `onStringsAdded` call. */
export function requestStrings(language: Language, namespace: string): void {
  source.load?.(language, namespace);
}

/** `DigiOneWidgets.addResources(lang, namespace, resources)`: override or add strings. */
export function addResources(language: string, namespace: string, resources: Strings): void {
  i18n.addResourceBundle(language, namespace, resources, true, true);
}

/**
 * The page's translators, one per language and namespace, which remember what they translated
 * (key and values): an i18next lookup costs more than the rest of a card's template, and a
 * hundred cards ask for the same labels. What they remember is forgotten whenever strings are
 * added (a language arriving, `addResources`); the elements re-render then.
 */
const translators = new Map<string, TFunction>();
const translated = new Map<string, string>();
let forgetOnAdd: (() => void) | undefined;

/** Translates in `language`, from `namespace` and then `common`. */
export function translator(language: Language, namespace: string): TFunction {
  const id = `${language} ${namespace}`;
  let t = translators.get(id);
  if (t) return t;
  forgetOnAdd ??= onStringsAdded(() => translated.clear());
  const lookup = i18n.getFixedT(language, [namespace, 'common']) as unknown as (key: string | string[], options?: unknown) => string;
  const remembering = (key: string | string[], options?: unknown): string => {
    const asked = `${id} ${JSON.stringify(key)} ${JSON.stringify(options)}`;
    let text = translated.get(asked);
    if (text === undefined) {
      text = lookup(key, options);
      if (translated.size > 2000) translated.clear(); // values differ per card (times): keep it small
      translated.set(asked, text);
    }
    return text;
  };
  t = remembering as unknown as TFunction;
  translators.set(id, t);
  return t;
}

/** Called whenever strings are added, so elements can re-render. */
export function onStringsAdded(listener: () => void): () => void {
  i18n.store.on('added', listener);
  return () => i18n.store.off('added', listener);
}
