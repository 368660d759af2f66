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

/** True when the IANA zone name is known (to Temporal where the browser has it, else to Intl). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    clockSource.check(timeZone);
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
 * Where wall clocks come from: the zone rules of Temporal, or one Intl formatter per zone.
 * `check` throws a RangeError for a zone it does not know.
 */
export interface ClockSource {
  clock(time: number, timeZone: string): WallClock;
  check(timeZone: string): void;
  /** The viewer's own IANA zone, as the browser reports it. */
  viewerZone(): string;
}

/** The part of Temporal (TC39; Chromium 144+, Firefox 139+) the widgets use; TypeScript's lib has no types for it yet. */
interface TemporalApi {
  Instant: {
    fromEpochMilliseconds(ms: number): {
      toZonedDateTimeISO(timeZone: string): Omit<WallClock, 'weekday'> & { dayOfWeek: number };
    };
  };
  Now: { timeZoneId(): string };
}

/**
 * Temporal, where the browser has it. Its zone rules come without the locale data that the
 * first Intl.DateTimeFormat of a page loads, which costs more than the rest of a card's first
 * render (about 150 ms at 4× CPU throttling).
 */
export function temporalClocks(temporal: TemporalApi): ClockSource {
  const zoned = (time: number, timeZone: string) => temporal.Instant.fromEpochMilliseconds(time).toZonedDateTimeISO(timeZone);
  return {
    clock(time, timeZone) {
      const { year, month, day, hour, minute, second, dayOfWeek } = zoned(time, timeZone);
      return { year, month, day, hour, minute, second, weekday: dayOfWeek % 7 };
    },
    check(timeZone) {
      zoned(0, timeZone);
    },
    viewerZone: () => temporal.Now.timeZoneId(),
  };
}

/** Intl, one `formatToParts` formatter per zone (making one costs far more than using it). */
export function intlClocks(): ClockSource {
  const zoneFormats = new Map<string, Intl.DateTimeFormat>();
  const zoneFormat = (timeZone: string): Intl.DateTimeFormat => {
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
  };
  return {
    clock(time, timeZone) {
      const clock: Partial<Record<string, number>> = {};
      for (const part of zoneFormat(timeZone).formatToParts(time)) {
        if (part.type !== 'literal') clock[part.type] = part.type === 'weekday' ? EN_WEEKDAYS.indexOf(part.value) : Number(part.value);
      }
      return clock as unknown as WallClock;
    },
    check(timeZone) {
      zoneFormat(timeZone);
    },
    viewerZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}

const temporal = (globalThis as { Temporal?: TemporalApi }).Temporal;
const clockSource: ClockSource = temporal ? temporalClocks(temporal) : intlClocks();

/** The wall clock of a zone at an instant; every date and time of the widgets is assembled from it. */
export function wallClock(instant: Date | number, timeZone = DEFAULT_TIME_ZONE): WallClock {
  const time = Number(instant);
  const key = `${timeZone} ${time}`;
  const known = clocks.get(key);
  if (known) return known;
  const clock = clockSource.clock(time, timeZone);
  // the same instants come back (parsing, the date line, the zone note, the calendar): remember a few
  if (clocks.size > 1000) clocks.clear();
  clocks.set(key, clock);
  return clock;
}
const clocks = new Map<string, WallClock>();

/** The viewer's own IANA zone, as the browser reports it (asked once: a hundred cards would ask a hundred times). */
export function viewerTimeZone(): string {
  viewerZone ??= clockSource.viewerZone();
  return viewerZone;
}
let viewerZone: string | undefined;

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

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Grouped in the language's way: `1 234` in fi and sv, `1,234` in en. One formatter per language and options, kept for the page. */
export function formatNumber(value: number, language: Language, options?: Intl.NumberFormatOptions): string {
  const key = `${language} ${JSON.stringify(options ?? {})}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(intlLocale(language), options)));
  return format.format(value);
}
