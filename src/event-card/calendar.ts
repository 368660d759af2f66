/**
 * Add-to-calendar builders: an iCalendar (RFC 5545) file and the compose links of Google
 * Calendar, Outlook.com and Microsoft 365. Pure functions, no DOM.
 */

/** An event as calendars need it: instants, not wall times. */
export interface CalendarEvent {
  title: string;
  start: Date;
  end: Date;
  /** Stable UID; without one a hash of title and start is used, so re-adding updates. */
  uid?: string;
  location?: string;
  description?: string;
  url?: string;
}

export type CalendarService = 'ics' | 'google' | 'outlook' | 'office365';

/** `20220915T060000Z`: the UTC form iCalendar and Google use. */
export function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A short stable hash (cyrb53) as hex: the same heading and start give the same UID. */
export function stableHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The UID of an event: its own id, else a hash of its title and start. */
export function eventUid(event: Pick<CalendarEvent, 'uid' | 'title' | 'start'>): string {
  return event.uid?.trim() || `${stableHash(`${event.title}\n${event.start.toISOString()}`)}@digione-widgets`;
}

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and newline as `\n`. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space,
 * which counts toward their 75, and a cut never falls inside a UTF-8 character.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/**
 * A one-event iCalendar file (`METHOD:PUBLISH`), CRLF line ends, folded, times in UTC.
 * `now` is the DTSTAMP (injectable for tests).
 */
export function buildIcs(event: CalendarEvent, now: Date = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//DigiOne//digione-widgets//FI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(eventUid(event))}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART:${utcStamp(event.start)}`,
    `DTEND:${utcStamp(event.end)}`,
    `SUMMARY:${escapeText(event.title)}`,
  ];
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** The description calendars show: the text and, when there is one, the event's page. */
function details(event: CalendarEvent): string {
  return [event.description, event.url].filter(Boolean).join('\n\n');
}

/** `a=1&b=2` with %20 for spaces: Outlook shows a `+` literally. */
function query(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}

/** Google Calendar's "create event" template link. */
export function googleCalendarUrl(event: CalendarEvent): string {
  const params = query({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${utcStamp(event.start)}/${utcStamp(event.end)}`,
    details: details(event),
    location: event.location ?? '',
  });
  return `https://calendar.google.com/calendar/render?${params}`;
}

/**
 * Outlook's compose deep link: Outlook.com (personal accounts) or, with `office365`,
 * Microsoft 365 work and school accounts on outlook.office.com.
 */
export function outlookCalendarUrl(event: CalendarEvent, service: 'outlook' | 'office365' = 'outlook'): string {
  const host = service === 'office365' ? 'outlook.office.com' : 'outlook.live.com';
  const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const params = query({
    rru: 'addevent',
    startdt: iso(event.start),
    enddt: iso(event.end),
    subject: event.title,
    body: details(event),
    location: event.location ?? '',
  });
  return `https://${host}/calendar/0/action/compose?${params}`;
}

/** A file name for the event's .ics: its title in lower-case ASCII words (`tietoisku-digione`). */
export function icsFileName(event: Pick<CalendarEvent, 'title'>): string {
  const name = event.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return `${name || 'event'}.ics`;
}
