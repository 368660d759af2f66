/**
 * The iframe embed's query (dist/embed/index.html?widget=join-form&endpoint=…&lang=fi): which
 * widget to render and which of its attributes to set. Each parameter is checked by the rule the
 * element applies to that attribute (src/core, the event card's date reading, the municipality
 * list); a value the element would refuse is dropped, a parameter that is not one of the
 * widget's attributes is ignored. No DOM here: the page (page.ts) only sets what this returns.
 */
import { checkEndpoint, fetchableUrl, safeLinkUrl } from '../core/config.js';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../core/format.js';
import { headingLevel } from '../core/heading-level.js';
import { DEFAULT_LANGUAGE, supportedLanguage, type Language } from '../core/language.js';
import { TAGS } from '../core/tags.js';
import { findMunicipality } from '../data/municipality.js';
import { parseEventTime } from '../event-card/event-time.js';

/**
 * How an attribute's value is checked: `endpoint` as the widgets' endpoint rule, `link` as a
 * link they render (http, https, mailto), `fetch` as a URL they load (http, https), `date` as the
 * event card reads it (ISO 8601, in the `time-zone`), `level` a heading level 2–6, `boolean` a
 * switch (`1`, `true`, or empty), `text` any text (set as an attribute, shown as text).
 */
export type AttributeKind = 'endpoint' | 'link' | 'fetch' | 'date' | 'time-zone' | 'level' | 'lang' | 'municipality' | 'boolean' | 'text';

/** The widgets the embed page renders, by the `widget` parameter: their tag and attributes (as in the README). */
export const EMBED_WIDGETS = {
  'join-form': {
    tag: TAGS.joinForm,
    attributes: { lang: 'lang', endpoint: 'endpoint', 'privacy-url': 'link', municipality: 'municipality', 'no-draft': 'boolean' },
  },
  'event-card': {
    tag: TAGS.eventCard,
    attributes: {
      lang: 'lang',
      heading: 'text',
      'heading-level': 'level',
      start: 'date',
      end: 'date',
      'time-zone': 'time-zone',
      location: 'text',
      address: 'text',
      'online-url': 'link',
      'registration-url': 'link',
      description: 'text',
      organizer: 'text',
      'event-id': 'text',
      src: 'fetch',
      endpoint: 'endpoint',
      'privacy-url': 'link',
    },
  },
  'readiness-checker': {
    tag: TAGS.readinessChecker,
    attributes: {
      lang: 'lang',
      src: 'fetch',
      endpoint: 'endpoint',
      municipality: 'municipality',
      'privacy-url': 'link',
      'compare-src': 'fetch',
      'heading-level': 'level',
    },
  },
} as const satisfies Record<string, { tag: string; attributes: Record<string, AttributeKind> }>;

export type EmbedWidget = keyof typeof EMBED_WIDGETS;

export const isEmbedWidget = (name: string | null | undefined): name is EmbedWidget => !!name && Object.hasOwn(EMBED_WIDGETS, name);

/** What the embed page renders: one widget with checked attributes, or a message why not. */
export type EmbedRequest =
  | {
      ok: true;
      widget: EmbedWidget;
      tag: string;
      language: Language;
      /** Attribute name and value, in the order of the query; each one the element accepts. */
      attributes: Array<[name: string, value: string]>;
      /** Parameters of the widget whose value the element would refuse (dropped; the page logs them). */
      refused: string[];
    }
  | { ok: false; reason: 'widget-missing' | 'widget-unknown'; widget: string; language: Language };

/**
 * The value to set for an attribute, or undefined when the element would refuse it. `base` is
 * the embed page's URL (a relative URL resolves against it, as in the element); `timeZone` is
 * the zone a date without an offset is read in.
 */
export function acceptedValue(kind: AttributeKind, value: string, base: string, timeZone = DEFAULT_TIME_ZONE): string | undefined {
  switch (kind) {
    case 'endpoint': {
      const check = checkEndpoint(value, base);
      return check.ok ? check.url : undefined;
    }
    case 'link':
      return safeLinkUrl(value, base);
    case 'fetch':
      return fetchableUrl(value, base);
    case 'date':
      return parseEventTime(value, timeZone) ? value.trim() : undefined;
    case 'time-zone':
      return value.trim() && isValidTimeZone(value.trim()) ? value.trim() : undefined;
    case 'level': {
      const level = headingLevel(value.trim() || Number.NaN, 0);
      return level ? String(level) : undefined;
    }
    case 'lang':
      return supportedLanguage(value);
    case 'municipality':
      return findMunicipality(value)?.code;
    case 'boolean':
      return ['', '1', 'true'].includes(value.trim().toLowerCase()) ? '' : undefined;
    case 'text':
      return value;
  }
}

/** Reads the embed page's query (`location.search`) against the page's URL `base`. */
export function readEmbedQuery(search: string, base: string): EmbedRequest {
  const query = new URLSearchParams(search);
  const language = supportedLanguage(query.get('lang')) ?? DEFAULT_LANGUAGE;
  const widget = query.get('widget')?.trim() ?? '';
  if (!isEmbedWidget(widget)) return { ok: false, reason: widget ? 'widget-unknown' : 'widget-missing', widget, language };

  const kinds: Record<string, AttributeKind> = EMBED_WIDGETS[widget].attributes;
  const zone = query.get('time-zone')?.trim();
  const timeZone = zone && isValidTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
  const attributes: Array<[string, string]> = [];
  const refused: string[] = [];
  const seen = new Set<string>();
  for (const [name, value] of query) {
    // the first occurrence counts, as URLSearchParams.get reads it; unknown names are ignored
    if (seen.has(name) || !Object.hasOwn(kinds, name)) continue;
    seen.add(name);
    const accepted = acceptedValue(kinds[name], value, base, timeZone);
    if (accepted === undefined) refused.push(name);
    else attributes.push([name, accepted]);
  }
  return { ok: true, widget, tag: EMBED_WIDGETS[widget].tag, language, attributes, refused };
}
