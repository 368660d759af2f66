/**
 * The one catalogue of the elements' attributes: per widget its tag and every attribute (names
 * and order as in the README and the custom elements manifest), each with the kind of rule its
 * value follows, and `acceptedValue()`, which applies that rule as the element does.
 *
 * Used by the tools around the elements (the iframe embed's query, the snippet builder, the
 * WordPress block sidebar); the elements keep their own attribute handling, so this module is
 * not in the script-tag bundle or the npm build. It lives beside core, not in it, because the
 * date rule is the event card's own (`parseEventTime`); it imports rules, never an element.
 */
import { checkEndpoint, fetchableUrl, safeLinkUrl } from './core/config.js';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from './core/format.js';
import { headingLevel } from './core/heading-level.js';
import { supportedLanguage } from './core/language.js';
import { TAGS } from './core/tags.js';
import { findMunicipality } from './data/municipality.js';
import { parseEventTime } from './event-card/event-time.js';

/**
 * How an attribute's value is checked: `endpoint` as the widgets' endpoint rule, `link` as a
 * link they render (http, https, mailto), `fetch` as a URL they load (http, https), `date` as the
 * event card reads it (ISO 8601, in the `time-zone`), `time-zone` an IANA zone, `level` a heading
 * level 2–6, `lang` fi/sv/en, `municipality` a code or a name in the municipality list,
 * `boolean` a switch (`1`, `true`, or empty), `text` any text (set as an attribute, shown as text).
 */
export type AttributeKind = 'endpoint' | 'link' | 'fetch' | 'date' | 'time-zone' | 'level' | 'lang' | 'municipality' | 'boolean' | 'text';

/** Each widget (by the name the embed query and the builder use): its tag and attributes in the manifest's order. */
export const WIDGET_ATTRIBUTES = {
  'join-form': {
    tag: TAGS.joinForm,
    attributes: { endpoint: 'endpoint', 'privacy-url': 'link', municipality: 'municipality', 'no-draft': 'boolean', lang: 'lang' },
  },
  'event-card': {
    tag: TAGS.eventCard,
    attributes: {
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
      lang: 'lang',
    },
  },
  'readiness-checker': {
    tag: TAGS.readinessChecker,
    attributes: {
      src: 'fetch',
      endpoint: 'endpoint',
      municipality: 'municipality',
      'privacy-url': 'link',
      'compare-src': 'fetch',
      'heading-level': 'level',
      lang: 'lang',
    },
  },
} as const satisfies Record<string, { tag: string; attributes: Record<string, AttributeKind> }>;

export type WidgetName = keyof typeof WIDGET_ATTRIBUTES;

export const isWidgetName = (name: string | null | undefined): name is WidgetName => !!name && Object.hasOwn(WIDGET_ATTRIBUTES, name);

/** The kind of a widget's attribute, or undefined when the element has no such attribute. */
export function attributeKind(widget: WidgetName, attribute: string): AttributeKind | undefined {
  const kinds: Record<string, AttributeKind> = WIDGET_ATTRIBUTES[widget].attributes;
  return Object.hasOwn(kinds, attribute) ? kinds[attribute] : undefined;
}

/**
 * The value the element takes for an attribute of this kind, or undefined when it would refuse
 * it. `base` is the page the element is on (a relative URL resolves against it, as in the
 * element); `timeZone` is the `time-zone` a date without an offset is read in (when missing or
 * not a zone, the element's default, as the element reads it).
 */
export function acceptedValue(kind: AttributeKind, value: string, base: string, timeZone?: string): string | undefined {
  switch (kind) {
    case 'endpoint': {
      const check = checkEndpoint(value, base);
      return check.ok ? check.url : undefined;
    }
    case 'link':
      return safeLinkUrl(value, base);
    case 'fetch':
      return fetchableUrl(value, base);
    case 'date': {
      const zone = timeZone?.trim();
      return parseEventTime(value, zone && isValidTimeZone(zone) ? zone : DEFAULT_TIME_ZONE) ? value.trim() : undefined;
    }
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
