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
  /**
   * Set for an all-day event: its first day and the day after its last, `YYYY-MM-DD` in the
   * event's zone (the end is exclusive, as RFC 5545 has it). `start` and `end` are then the
   * instants those days begin in the zone.
   */
  days?: AllDays;
}

export interface AllDays {
  first: string;
  after: string;
}

export type { CalendarService } from '../core/events.js';

/** `20220915T060000Z`: the UTC form iCalendar and Google use. */
export function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
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

/** `20260915`: an iCalendar DATE (and Google's all-day form) from `2026-09-15`. */
const compactDay = (day: string) => day.replace(/-/g, '');

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
 * A one-event iCalendar file (`METHOD:PUBLISH`), CRLF line ends, folded, times in UTC; an
 * all-day event gets `DTSTART;VALUE=DATE` and an exclusive `DTEND;VALUE=DATE`.
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
    ...(event.days
      ? [`DTSTART;VALUE=DATE:${compactDay(event.days.first)}`, `DTEND;VALUE=DATE:${compactDay(event.days.after)}`]
      : [`DTSTART:${utcStamp(event.start)}`, `DTEND:${utcStamp(event.end)}`]),
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

/** Google Calendar's "create event" template link; all-day `dates=20260915/20260917` (end exclusive). */
export function googleCalendarUrl(event: CalendarEvent): string {
  const params = query({
    action: 'TEMPLATE',
    text: event.title,
    dates: event.days ? `${compactDay(event.days.first)}/${compactDay(event.days.after)}` : `${utcStamp(event.start)}/${utcStamp(event.end)}`,
    details: details(event),
    location: event.location ?? '',
  });
  return `https://calendar.google.com/calendar/render?${params}`;
}

/**
 * Outlook's compose deep link: Outlook.com (personal accounts) or, with `office365`,
 * Microsoft 365 work and school accounts on outlook.office.com. Microsoft documents none of
 * it; this is the form add-to-calendar-button sends from desktop browsers (its source, July 2026)
 * after `/calendar/0/deeplink/compose` stopped loading on outlook.office.com (its issues #412,
 * #486): `/calendar/0/action/compose?rru=addevent`, `startdt`/`enddt` in UTC as
 * `2026-09-15T06:00:00Z`, and for an all-day event the dates `2026-09-15`/`2026-09-17`
 * (end exclusive) with `allday=true`.
 */
export function outlookCalendarUrl(event: CalendarEvent, service: 'outlook' | 'office365' = 'outlook'): string {
  const host = service === 'office365' ? 'outlook.office.com' : 'outlook.live.com';
  const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const params = query({
    rru: 'addevent',
    startdt: event.days ? event.days.first : iso(event.start),
    enddt: event.days ? event.days.after : iso(event.end),
    ...(event.days ? { allday: 'true' } : {}),
    subject: event.title,
    body: details(event),
    location: event.location ?? '',
  });
  return `https://${host}/calendar/0/action/compose?${params}`;
}

/**
 * In-app browsers that are known not to save a generated file (an `<a download>` of a blob
 * does nothing or shows a blank page): Facebook and Messenger (FBAN/FBAV/FB_IAB), Instagram,
 * LINE, WeChat, LinkedIn, Snapchat, TikTok, any Android WebView (`; wv)`) and an iOS WebView
 * (WebKit without `Safari`). A page cannot see that a download failed, so this goes by the user
 * agent; a browser missing from the list is offered the file as usual.
 */
const IN_APP_BROWSER =
  /\b(?:FBAN|FBAV|FB_IAB|Instagram|MicroMessenger|LinkedInApp|Snapchat|BytedanceWebview|musical_ly)\b|\bLine\/\d|; wv\)|\b(?:iPhone|iPod|iPad)\b.*AppleWebKit(?!.*\bSafari\/)/;

/** True when the browser (by its user agent) is an in-app browser that cannot save the .ics file. */
export function downloadBlocked(userAgent: string): boolean {
  return IN_APP_BROWSER.test(userAgent);
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
