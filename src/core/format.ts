import { intlLocale, type Language } from './language.js';

export const DEFAULT_TIME_ZONE = 'Europe/Helsinki';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A cached Intl.DateTimeFormat: making one costs far more than using it, and a page with a
 * hundred event cards would otherwise make thousands.
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** True when Intl knows the IANA zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    zoneFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** A moment as the clock on the wall of a zone shows it; `weekday` 0 is Sunday. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** The weekday names the widgets write (Finland-Swedish with two letters: må, ti, on, to, fr, lö, sö; CLDR has `tors`). */
const WEEKDAYS: Record<Language, readonly string[]> = {
  fi: ['su', 'ma', 'ti', 'ke', 'to', 'pe', 'la'],
  sv: ['sö', 'må', 'ti', 'on', 'to', 'fr', 'lö'],
  en: EN_WEEKDAYS,
};
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The wall clock of a zone at an instant, from the one formatter per zone every date and time
 * of the widgets is assembled from (making an Intl.DateTimeFormat costs far more than using it).
 */
export function wallClock(instant: Date | number, timeZone = DEFAULT_TIME_ZONE): WallClock {
  const time = Number(instant);
  const key = `${timeZone} ${time}`;
  const known = clocks.get(key);
  if (known) return known;
  const clock: Partial<Record<string, number>> = {};
  for (const part of zoneFormat(timeZone).formatToParts(time)) {
    clock[part.type] = part.type === 'weekday' ? EN_WEEKDAYS.indexOf(part.value) : Number(part.value);
  }
  // the same instants come back (parsing, the date line, the zone note, the calendar): remember a few
  if (clocks.size > 1000) clocks.clear();
  clocks.set(key, clock as unknown as WallClock);
  return clock as unknown as WallClock;
}
const clocks = new Map<string, WallClock>();
const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** The one formatter of a zone (it throws a RangeError for a zone Intl does not know). */
function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    zoneFormats.set(timeZone, format);
  }
  return format;
}

/** `to` in fi and sv, `Thu` in en. */
export function formatWeekday(clock: WallClock, language: Language): string {
  return WEEKDAYS[language][clock.weekday];
}

/** `15.9.2022` in fi and sv, `15 September 2022` in en. */
export function formatDate(date: Date | WallClock, language: Language, timeZone = DEFAULT_TIME_ZONE): string {
  const { day, month, year } = date instanceof Date ? wallClock(date, timeZone) : date;
  return language === 'en' ? `${day} ${EN_MONTHS[month - 1]} ${year}` : `${day}.${month}.${year}`;
}

/** `9.00` in fi and sv (the Finnish standard's dot), `09:00` in en. */
export function formatTime(date: Date | WallClock, language: Language, timeZone = DEFAULT_TIME_ZONE): string {
  const { hour, minute } = date instanceof Date ? wallClock(date, timeZone) : date;
  const mm = String(minute).padStart(2, '0');
  return language === 'en' ? `${String(hour).padStart(2, '0')}:${mm}` : `${hour}.${mm}`;
}

/** Grouped in the language's way: `1 234` in fi and sv, `1,234` in en. */
export function formatNumber(value: number, language: Language, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(language), options).format(value);
}
