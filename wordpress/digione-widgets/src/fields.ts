// The block sidebar's fields: one per attribute of the element, with the sidebar's own labels and
// help texts. The attributes' names, kinds and rules are the catalogue's (src/attributes.ts), so
// the sidebar says what the widget would refuse before the preview does.
import { acceptedValue, attributeKind, type AttributeKind, type WidgetName } from '../../../src/attributes.js';

export interface Field {
  /** The block attribute (camelCase); the element's attribute is its kebab-case form. */
  name: string;
  label: string;
  help?: string;
  /** Several lines of text (a textarea) rather than one. */
  multiline?: boolean;
}

/** privacyUrl → privacy-url */
export const attributeName = (name: string): string => name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

/** The catalogue's kind of a block's field (`digione/event-card`, `timeZone` → `time-zone`). */
export function fieldKind(block: string, field: string): AttributeKind {
  const kind = attributeKind(block.replace(/^digione\//, '') as WidgetName, attributeName(field));
  if (!kind) throw new Error(`${block} has no attribute ${attributeName(field)}`);
  return kind;
}

/** The problems the sidebar has a message for, by the kind of the value. */
const MESSAGE_OF: Partial<Record<AttributeKind, 'endpoint' | 'url' | 'date'>> = { endpoint: 'endpoint', link: 'url', fetch: 'url', date: 'date' };

/**
 * What the widget would refuse in a value, as a message key, or undefined when it accepts it (or
 * the sidebar offers only valid choices, as for a language or a heading level).
 * `base` is the page the element will be on (the site), for relative paths.
 */
export function problem(kind: AttributeKind, value: unknown, base: string, timeZone?: string): 'endpoint' | 'url' | 'date' | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return acceptedValue(kind, value, base, timeZone) === undefined ? MESSAGE_OF[kind] : undefined;
}
