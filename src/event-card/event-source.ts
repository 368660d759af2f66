import type { Language } from '../core/language.js';

/** The event as the card's attributes describe it (every value a plain string). */
export interface EventFields {
  heading?: string;
  start?: string;
  end?: string;
  timeZone?: string;
  location?: string;
  address?: string;
  onlineUrl?: string;
  registrationUrl?: string;
  description?: string;
  organizer?: string;
  eventId?: string;
}

/** Attribute name → field, for the card's own JSON shape (`"time-zone"` or `"timeZone"`). */
export const FIELD_ATTRIBUTES: Record<keyof EventFields, string> = {
  heading: 'heading',
  start: 'start',
  end: 'end',
  timeZone: 'time-zone',
  location: 'location',
  address: 'address',
  onlineUrl: 'online-url',
  registrationUrl: 'registration-url',
  description: 'description',
  organizer: 'organizer',
  eventId: 'event-id',
};

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One language of a Linked Events multilingual object (`{ fi, sv, en }`): the element's own,
 * then fi → en → sv, then any. A plain string is taken as it is.
 */
export function pickLanguage(value: unknown, language: Language): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (!isObject(value)) return undefined;
  for (const key of [language, 'fi', 'en', 'sv', ...Object.keys(value)]) {
    const text = value[key];
    if (typeof text === 'string' && text.trim()) return text.trim();
  }
  return undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Plain text from the HTML of a Linked Events description, by text extraction only: the markup
 * is never parsed into a document or rendered. Block ends become line breaks, tags go, and
 * character references are decoded.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6])\s*>/gi, '\n')
    .replace(/<[^>]*>?/g, '')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** True for a Linked Events API event (multilingual `name`, `start_time`). */
function isLinkedEvent(json: Json): boolean {
  return 'start_time' in json || isObject(json.name);
}

function fromLinkedEvents(json: Json, language: Language): EventFields {
  const pick = (value: unknown) => pickLanguage(value, language);
  const place = isObject(json.location) ? json.location : {};
  const address = [pick(place.street_address), [place.postal_code, pick(place.address_locality)].filter((p) => typeof p === 'string' && p).join(' ')]
    .filter(Boolean)
    .join(', ');
  const offers = Array.isArray(json.offers) ? json.offers : [];
  const registration = offers.map((offer) => (isObject(offer) ? pick(offer.info_url) : undefined)).find(Boolean);
  const description = pick(json.description) ?? pick(json.short_description);
  const organizer = pick(json.provider) ?? (isObject(json.publisher_name) ? pick(json.publisher_name) : undefined);
  const links = Array.isArray(json.external_links) ? json.external_links : [];
  const online =
    isObject(json.location) && [place['@id'], place.id].some((id) => typeof id === 'string' && id.includes(':internet'))
      ? links.map((link) => (isObject(link) && typeof link.link === 'string' ? link.link : undefined)).find(Boolean)
      : undefined;
  return clean({
    heading: pick(json.name),
    start: typeof json.start_time === 'string' ? json.start_time : undefined,
    end: typeof json.end_time === 'string' ? json.end_time : undefined,
    location: pick(place.name),
    address: address || undefined,
    onlineUrl: online,
    registrationUrl: registration,
    description: description ? htmlToText(description) : undefined,
    organizer,
    eventId: typeof json.id === 'string' ? json.id : undefined,
  });
}

function clean(fields: EventFields): EventFields {
  const out: EventFields = {};
  for (const [key, value] of Object.entries(fields) as Array<[keyof EventFields, string | undefined]>) {
    if (typeof value === 'string' && value.trim()) out[key] = value.trim();
  }
  return out;
}

/**
 * The fields of fetched event JSON: the card's own shape (attribute names as keys, kebab- or
 * camelCase; a value may be a `{ fi, sv, en }` object) or a Linked Events API event. Anything else gives no fields.
 */
export function normaliseEvent(json: unknown, language: Language): EventFields {
  if (!isObject(json)) return {};
  if (isLinkedEvent(json)) return fromLinkedEvents(json, language);
  const fields: EventFields = {};
  for (const [field, attribute] of Object.entries(FIELD_ATTRIBUTES) as Array<[keyof EventFields, string]>) {
    const value = json[attribute] ?? json[field];
    fields[field] = typeof value === 'number' ? String(value) : pickLanguage(value, language);
  }
  return clean(fields);
}
