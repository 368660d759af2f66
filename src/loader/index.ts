/**
 * The script tag (dist/digione-widgets.js, a few kB): the one line a municipality pastes. It
 * loads only what the page shows: the shared part (lit, i18next, the library's core) and, for
 * each kind of DigiOne element on the page, that widget's part and its strings in the languages
 * the elements show, all from `parts/` beside its own URL, each script with the `integrity` the
 * build computed (scripts/build-parts.mjs). Elements added later, and a language asked for later
 * (an element's `lang` changing), load what they need then. A file that does not arrive leaves a
 * short notice in the element, one console error naming the file, and is tried again on the
 * `online` event or when such an element is added again.
 *
 * `window.DigiOneWidgets` is here at once: `version`; `configure`, `addResources` and
 * `configureSubmissions` are queued until the shared part has arrived (before any widget
 * renders); the pure functions (`buildIcs`, `scoreReadiness`, …) after `await DigiOneWidgets.ready`.
 */
import { TAGS } from '../core/tags.js';
import { VERSION } from '../core/version.js';
import { elementLanguage, supportedLanguage, type Language } from '../core/language.js';
import { createRegistry, type Factory } from './registry.js';
import { POLICY_NAME, trustedScriptUrl } from './trusted.js';

/** Written by the build: each file with its SRI hash, each entry as the files it needs (itself last). */
declare const __DIGIONE_PARTS__: { files: Array<[string, string]>; entries: Record<string, number[]>; api: string[] };
const parts = __DIGIONE_PARTS__;

const NOTICE: Record<Language, string> = {
  fi: 'Tätä osaa ei voitu ladata. Tarkista verkkoyhteys: sivu yrittää uudelleen, kun yhteys palaa.',
  sv: 'Den här delen kunde inte laddas. Kontrollera nätverksanslutningen: sidan försöker igen när anslutningen är tillbaka.',
  en: 'This part could not be loaded. Check your connection: the page tries again when it is back.',
};
const QUEUED = ['configure', 'addResources', 'configureSubmissions'];

type Exports = Record<string, (...args: unknown[]) => unknown>;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function start(): void {
  // its own tag: the one running now, else (a page that ran it some other way) the tag that names it
  const script =
    (document.currentScript as HTMLScriptElement | null) ??
    [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((tag) => /\/digione-widgets\.js(\?|#|$)/.test(tag.src)) ??
    null;
  const folder = new URL('parts/', script?.src || document.baseURI).href;
  const crossOrigin = script?.getAttribute('crossorigin') ?? null;
  // SRI needs CORS across origins: verify where the browser can (same origin, or crossorigin set).
  const verify = crossOrigin !== null || new URL(folder).origin === location.origin;
  const registry = createRegistry();
  (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('digione-widgets.parts')] = {
    define: (file: string, factory: Factory) => registry.define(file, factory),
  };

  /** Every file asked for, once: its arrival (rejected with its URL when it does not arrive). */
  const arriving = new Map<string, Promise<void>>();
  const fetchFile = ([file, integrity]: [string, string]): Promise<void> => {
    if (registry.has(file)) return Promise.resolve();
    let arrival = arriving.get(file);
    if (!arrival) {
      const url = folder + file;
      arrival = new Promise<void>((resolve, reject) => {
        const element = document.createElement('script');
        if (verify) element.integrity = integrity;
        if (crossOrigin !== null) element.crossOrigin = crossOrigin;
        // an added script is "low" priority, which Chromium holds back while the page is still
        // loading; these are what the widgets on screen wait for
        element.fetchPriority = 'high';
        element.onload = () => (registry.has(file) ? resolve() : reject(new Error(url)));
        element.onerror = () => {
          element.remove();
          reject(new Error(url));
        };
        try {
          (element as unknown as { src: unknown }).src = trustedScriptUrl(url, folder);
        } catch {
          reject(new TypeError(url)); // Trusted Types refused it: name the file (reported with the policy)
          return;
        }
        document.head.append(element);
      });
      arrival.catch(() => arriving.delete(file)); // asked again later: a new try
      arriving.set(file, arrival);
    }
    return arrival;
  };

  let core: Exports | undefined;
  let pure: Exports | undefined;
  const queue: Array<[string, unknown[]]> = [];
  let locale: Language | undefined;

  /** Loads the entries' files (in parallel), then runs the entries in the order given. */
  const load = async (entries: string[]): Promise<void> => {
    const files = [...new Set(entries.flatMap((entry) => parts.entries[entry] ?? []))];
    const results = await Promise.allSettled(files.map((i) => fetchFile(parts.files[i])));
    const missing = results.flatMap((result) => (result.status === 'rejected' ? [(result.reason as Error).message] : []));
    const refused = results.some((result) => result.status === 'rejected' && result.reason instanceof TypeError);
    if (missing.length) throw new (refused ? TypeError : Error)(missing.join(', '));
    for (const entry of entries) {
      const list = parts.entries[entry];
      const exports = registry.require(parts.files[list[list.length - 1]][0]) as Exports;
      if (entry === 'shared' && !core) {
        core = exports;
        for (const [name, args] of queue.splice(0)) {
          try {
            exports[name](...args);
          } catch (error) {
            console.error(`digione-widgets: DigiOneWidgets.${name}() failed`, error); // as it would have at once
          }
        }
        await nextTask(); // the shared part's first run (lit, i18next, core) in a task of its own
      }
      if (entry === 'api') pure = exports;
    }
  };
  const report = (what: string, error: unknown): void => {
    const detail = error instanceof TypeError ? ` (with Trusted Types, allow the policy '${POLICY_NAME}')` : '';
    console.error(`digione-widgets: could not load ${what}: ${(error as Error).message}${detail}. Trying again when the connection returns.`);
  };

  // Strings of a language an element asks for later (core/i18n.ts requestStrings).
  const stringsAsked = new Set<string>();
  const loadStrings = (language: Language, namespace: string): void => {
    const key = `${namespace}.${language}`;
    if (stringsAsked.has(key)) return;
    stringsAsked.add(key);
    load(['shared', `common.${language}`, key]).catch((error: unknown) => {
      stringsAsked.delete(key);
      retries.add(() => loadStrings(language, namespace));
      report(`the ${language} strings of ${namespace}`, error);
    });
  };
  (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('digione-widgets.strings-source')] = { load: loadStrings };

  const languageOf = (element: Element): Language => elementLanguage(element, locale);

  const widgets = new Map<string, Promise<void>>();
  const retries = new Set<() => void>();
  const loadWidget = (tag: string, language: Language): Promise<void> => {
    const kind = tag.slice('digione-'.length);
    const key = `${kind}.${language}`;
    const known = widgets.get(key);
    if (known) return known;
    const notices = `${tag} > [data-digione-notice]`;
    const loading = load(['shared', `common.${language}`, key, kind]).then(
      () => document.querySelectorAll(notices).forEach((notice) => notice.remove()),
      (error: unknown) => {
        widgets.delete(key);
        report(`<${tag}>`, error);
        for (const element of document.querySelectorAll(tag)) {
          if (customElements.get(tag) || element.querySelector(':scope > [data-digione-notice]')) continue;
          const notice = document.createElement('p');
          notice.dataset.digioneNotice = '';
          notice.textContent = NOTICE[languageOf(element)];
          element.prepend(notice);
        }
        retries.add(() => scan(document));
        throw error;
      },
    );
    loading.catch(() => undefined); // reported above; DigiOneWidgets.load() hands it on
    widgets.set(key, loading);
    return loading;
  };

  const tags: string[] = Object.values(TAGS);
  const scan = (root: ParentNode | Element): void => {
    for (const tag of tags) {
      if (customElements.get(tag)) continue;
      if (root instanceof Element && root.localName === tag) void loadWidget(tag, languageOf(root));
      root.querySelectorAll(tag).forEach((element) => void loadWidget(tag, languageOf(element)));
    }
  };
  scan(document); // first: the requests go out before the rest is set up
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
  addEventListener('online', () => {
    const again = [...retries];
    retries.clear();
    again.forEach((retry) => retry());
  });

  let ready: Promise<unknown> | undefined;
  const api: Record<string, unknown> = {
    version: VERSION,
    /** What the page shows is loaded by itself; this loads every widget (e.g. for elements inside a shadow root). */
    load: (): Promise<void> => Promise.all(tags.map((tag) => loadWidget(tag, languageOf(document.body)))).then(() => undefined),
  };
  Object.defineProperty(api, 'ready', {
    enumerable: true,
    get: () =>
      (ready ??= load(['shared', 'api']).then(
        () => page.DigiOneWidgets,
        (error: unknown) => {
          ready = undefined;
          report('DigiOneWidgets.ready', error);
          throw error;
        },
      )),
  });
  for (const name of QUEUED) {
    api[name] = (...args: unknown[]): void => {
      if (name === 'configure') locale = supportedLanguage((args[0] as { locale?: string } | undefined)?.locale) ?? locale;
      if (core) core[name](...args);
      else queue.push([name, args]);
    };
  }
  for (const name of parts.api) {
    if (name in api) continue;
    api[name] = (...args: unknown[]): unknown => {
      if (pure) return pure[name](...args);
      (api.ready as Promise<unknown>).catch(() => undefined); // starts the loading
      throw new Error(`digione-widgets: DigiOneWidgets.${name} can be called after \`await DigiOneWidgets.ready\`.`);
    };
  }
  const page = globalThis as unknown as { DigiOneWidgets?: object };
  if (!page.DigiOneWidgets) page.DigiOneWidgets = Object.freeze(api);
}

start();
