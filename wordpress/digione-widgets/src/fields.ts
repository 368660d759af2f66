// The block sidebar's fields, one per attribute of the element (names as in the README), and the
// rules the widget applies to them, so the sidebar says what is wrong before the preview does.

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

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/** The widgets' endpoint rule: https, http on localhost/127.0.0.1, or a path on the same site. */
export function endpointAllowed(value: string): boolean {
  if (value.startsWith('/') && !value.startsWith('//')) return true;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
  } catch {
    return false;
  }
}

/** A link the widgets follow: http(s) or a path on the site. */
export function urlAllowed(value: string): boolean {
  if (value.startsWith('/') && !value.startsWith('//')) return true;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** The problem with a value as a message key, or undefined when the widget accepts it. */
export function problem(kind: Kind, value: unknown): 'endpoint' | 'url' | 'date' | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  if (kind === 'endpoint' && !endpointAllowed(value)) return 'endpoint';
  if (kind === 'url' && !urlAllowed(value)) return 'url';
  if (kind === 'date' && !(ISO.test(value) && !Number.isNaN(Date.parse(value.length === 10 ? `${value}T00:00` : value.replace(/(Z|[+-]\d{2}:\d{2})$/, ''))))) {
    return 'date';
  }
  return undefined;
}
