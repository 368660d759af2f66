// The block sidebar's fields, one per attribute of the element (names as in the README), and the
// widgets' own rules for their values (src/core, src/event-card), so the sidebar says what the
// widget would refuse before the preview does.
import { checkEndpoint, fetchableUrl } from '../../../src/core/config.js';
import { parseEventTime } from '../../../src/event-card/event-time.js';

export type Kind = 'text' | 'textarea' | 'url' | 'endpoint' | 'date' | 'level' | 'lang' | 'toggle';

export interface Field {
  /** The block attribute (camelCase); the element's attribute is its kebab-case form. */
  name: string;
  kind: Kind;
  label: string;
  help?: string;
}

/** privacyUrl → privacy-url */
export const attributeName = (name: string): string => name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

/**
 * What the widget would refuse in a value, as a message key, or undefined when it accepts it.
 * `base` is the page the element will be on (the site), for relative paths.
 */
export function problem(kind: Kind, value: unknown, base: string, timeZone = 'Europe/Helsinki'): 'endpoint' | 'url' | 'date' | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (kind === 'endpoint' && !checkEndpoint(value, base).ok) return 'endpoint';
  if (kind === 'url' && !fetchableUrl(value, base)) return 'url';
  if (kind === 'date') {
    try {
      return parseEventTime(value, timeZone) ? undefined : 'date';
    } catch {
      return undefined; // an unknown time zone: the card itself says so; the date is not the problem
    }
  }
  return undefined;
}
