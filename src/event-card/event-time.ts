import { intlLocale, type Language } from '../core/language.js';
import { dateTimeFormat, formatDate, formatTime, formatWeekday, wallClock, type WallClock } from '../core/format.js';

/** Where an event stands at a moment: before it, during it, or after it. */
export type EventStatus = 'upcoming' | 'ongoing' | 'ended';

/** Without an `end`, an event is taken to last an hour (for the status and the calendar). */
export const DEFAULT_DURATION_MS = 60 * 60 * 1000;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** The zone's offset from UTC (ms) at an instant, e.g. +3 h for Helsinki in summer. */
export function zoneOffset(instant: number, timeZone: string): number {
  const c = wallClock(instant, timeZone);
  const wall = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The instant a wall-clock time in a zone stands for. The zone's offsets a day before and a
 * day after cover any DST change: a doubled autumn hour takes its first occurrence, a time in
 * the spring-forward gap is read with the offset before the gap (03.30 in Helsinki → 04.30).
 */
export function wallTimeToUtc(wall: number, timeZone: string): number {
  const before = zoneOffset(wall - 86_400_000, timeZone);
  const after = zoneOffset(wall + 86_400_000, timeZone);
  const readings = [wall - before, wall - after].filter((t) => t + zoneOffset(t, timeZone) === wall);
  return readings.length ? Math.min(...readings) : wall - before;
}

/**
 * Reads ISO 8601 (`2022-09-15T09:00`, `2022-09-15`, `…Z`, `…+03:00`). Without an offset the
 * time is wall-clock time in `timeZone`. Returns undefined for anything it cannot read.
 */
export function parseEventTime(value: string | null | undefined, timeZone: string): Date | undefined {
  const match = ISO.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, Number(frac.padEnd(3, '0').slice(0, 3)));
  // Date.UTC rolls 31.2. over to March; a date that does not exist is an error here.
  if (new Date(wall).getUTCDate() !== day) return undefined;
  if (!offset) return new Date(wallTimeToUtc(wall, timeZone));
  if (/^z$/i.test(offset)) return new Date(wall);
  const sign = offset[0] === '-' ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  return new Date(wall - sign * minutes * 60_000);
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a date without a time (`2026-09-15`): an editor's way of writing an all-day event. */
export function isDateOnly(value: string | null | undefined): boolean {
  return DATE_ONLY.test(value?.trim() ?? '');
}

/**
 * The instant a calendar day (`2026-09-15`) begins in a zone, or the day `later` days on: the
 * start of an all-day event, and with `later = 1` the start of the day after its last one (the
 * exclusive end RFC 5545 uses). Local midnight, so a DST change in between moves the offset.
 */
export function dayStart(value: string | null | undefined, timeZone: string, later = 0): Date | undefined {
  const day = value?.trim() ?? '';
  // parseEventTime refuses 2026-02-30; the day after a real day is always real
  return isDateOnly(day) && parseEventTime(day, timeZone) ? parseEventTime(addDays(day, later), timeZone) : undefined;
}

/** The calendar day `days` after a `YYYY-MM-DD` day: `2026-09-30` + 1 → `2026-10-01`. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** `2026-09-15`: the calendar day of a wall clock. */
function calendarDay(clock: WallClock): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${clock.year}-${pad(clock.month)}-${pad(clock.day)}`;
}

/** The status at `now`: ongoing from the start up to (not including) the end. */
export function eventStatus(start: Date, end: Date | undefined, now: Date): EventStatus {
  const until = end ?? new Date(start.getTime() + DEFAULT_DURATION_MS);
  if (now < start) return 'upcoming';
  return now < until ? 'ongoing' : 'ended';
}

/** The multi-day ranges (`15.–16.9.2022`) are Intl's formatRange, one formatter per language and zone. */
function rangeFormat(language: Language, timeZone: string): Intl.DateTimeFormat {
  return dateTimeFormat(intlLocale(language), {
    day: 'numeric',
    month: language === 'en' ? 'long' : 'numeric',
    year: 'numeric',
    timeZone,
  });
}

/** The word before a time: `klo 9.00`, `kl. 9.00`, and none in English (`09:00`). */
const TIME_WORD: Record<Language, string> = { fi: 'klo ', sv: 'kl. ', en: '' };

/**
 * The date and time of an event as people write it:
 * fi `to 15.9.2022 klo 9.00–9.45`, sv `to 15.9.2022 kl. 9.00–9.45`,
 * en `Thu 15 September 2022, 09:00–09:45`; several days `15.–16.9.2022, to klo 9.00 – pe klo 16.00`.
 */
export function formatEventTime(start: Date, end: Date | undefined, language: Language, timeZone: string): string {
  const word = TIME_WORD[language];
  const comma = language === 'en' ? ',' : '';
  const from = wallClock(start, timeZone);
  const until = end && wallClock(end, timeZone);
  if (!end || !until || calendarDay(from) === calendarDay(until)) {
    const to = end && until && end.getTime() !== start.getTime() ? `–${formatTime(until, language)}` : '';
    return `${formatWeekday(from, language)} ${formatDate(from, language)}${comma} ${word}${formatTime(from, language)}${to}`;
  }
  const range = rangeFormat(language, timeZone).formatRange(start, end);
  const at = (clock: WallClock) => `${formatWeekday(clock, language)} ${word}${formatTime(clock, language)}`;
  return `${range}, ${at(from)} – ${at(until)}`;
}

/**
 * The days of an all-day event, without times: fi `ti 15.9.2026`, sv `ti 15.9.2026`,
 * en `Tue 15 September 2026`; several days `15.–16.9.2026` (sv `15–16.9.2026`,
 * en `15–16 September 2026`). `start` and `end` are the instants the first day and the day
 * after the last begin in `timeZone` (the end is exclusive, as in the calendar file).
 */
export function formatEventDays(start: Date, end: Date, language: Language, timeZone: string): string {
  const last = new Date(end.getTime() - 1);
  const first = wallClock(start, timeZone);
  if (calendarDay(first) === calendarDay(wallClock(last, timeZone))) return `${formatWeekday(first, language)} ${formatDate(first, language)}`;
  return rangeFormat(language, timeZone).formatRange(start, last);
}

/**
 * True when a viewer in `viewerZone` would read other clock times than the event's zone
 * gives for this event: a zone with another name but the same offset (Mariehamn) needs no note.
 */
export function zoneDiffers(start: Date, end: Date | undefined, eventZone: string, viewerZone: string): boolean {
  if (!viewerZone || viewerZone === eventZone) return false;
  return [start, end ?? start].some((d) => zoneOffset(d.getTime(), eventZone) !== zoneOffset(d.getTime(), viewerZone));
}
