import { safeLinkUrl } from '../core/config.js';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../core/format.js';
import type { CalendarEvent } from './calendar.js';
import type { Language } from '../core/language.js';
import {
  addDays,
  dayStart,
  DEFAULT_DURATION_MS,
  eventStatus,
  formatEventDays,
  formatEventTime,
  isDateOnly,
  parseEventTime,
  type EventStatus,
} from './event-time.js';
import type { EventFields } from './event-source.js';

/** A problem with the card's input, shown in the card: its string key and the offending value. */
export interface Problem {
  key: 'timeZone' | 'startMissing' | 'startInvalid' | 'endInvalid' | 'endBeforeStart' | 'endMixed';
  value?: string;
}

/** One console warning for the page author: the attribute, its value, and what was done. */
export interface InputWarning {
  attribute: string;
  value?: string;
  why: string;
}

/** Everything the card shows, worked out from attributes, fetched JSON and the clock. */
export interface EventView {
  fields: EventFields;
  timeZone: string;
  start?: Date;
  /** For an all-day event, the instant the day after its last begins (exclusive); always set. */
  end?: Date;
  /** A date-only `start`: the event lasts whole days in its zone and shows no time. */
  allDay: boolean;
  status?: EventStatus;
  problems: Problem[];
  warnings: InputWarning[];
  onlineUrl?: string;
  registrationUrl?: string;
  /** What goes into a calendar; absent without a usable start. */
  calendar?: CalendarEvent;
}

export interface DescribeOptions {
  now: Date;
  /** The page's URL, for relative links. */
  base: string;
  /** The title when the event has none (localized). */
  untitled: string;
  /** The event JSON is still loading, or failed: a missing start is not the author's mistake yet. */
  startMayFollow: boolean;
}

/**
 * Checks an event's fields and works out what the card shows: a bad time zone falls back to
 * Helsinki, an unparsable or missing start shows no time, an end before the start is ignored,
 * an end that mixes a date with a time (date-only start, timed end, or the reverse) is ignored,
 * a link that is not http(s) is left out. Each of these is a problem shown in the card and a
 * warning naming the attribute. A date-only start (`2026-09-15`) is an all-day event in the
 * event's zone, lasting to the end of the date-only end (or of its one day).
 */
export function describeEvent(fields: EventFields, options: DescribeOptions): EventView {
  const problems: Problem[] = [];
  const warnings: InputWarning[] = [];
  let timeZone = fields.timeZone ?? DEFAULT_TIME_ZONE;
  if (!isValidTimeZone(timeZone)) {
    problems.push({ key: 'timeZone', value: timeZone });
    warnings.push({ attribute: 'time-zone', value: timeZone, why: 'is not an IANA time zone; using Europe/Helsinki.' });
    timeZone = DEFAULT_TIME_ZONE;
  }
  const allDay = isDateOnly(fields.start);
  const start = allDay ? dayStart(fields.start, timeZone) : parseEventTime(fields.start, timeZone);
  // an all-day event's end is the start of the day after its last day
  let end = allDay ? dayStart(fields.end, timeZone, 1) : parseEventTime(fields.end, timeZone);
  if (!fields.start) {
    if (!options.startMayFollow) {
      problems.push({ key: 'startMissing' });
      warnings.push({ attribute: 'start', why: 'is missing; the card shows no time.' });
    }
  } else if (!start) {
    problems.push({ key: 'startInvalid', value: fields.start });
    warnings.push({ attribute: 'start', value: fields.start, why: 'is not an ISO 8601 date-time.' });
  }
  const mixed = !!start && !!fields.end && isDateOnly(fields.end) !== allDay && !!parseEventTime(fields.end, timeZone);
  if (mixed) {
    problems.push({ key: 'endMixed', value: fields.end });
    warnings.push({ attribute: 'end', value: fields.end, why: 'and start must both be dates or both date-times; it is ignored.' });
    end = undefined;
  } else if (fields.end && !end) {
    problems.push({ key: 'endInvalid', value: fields.end });
    warnings.push({ attribute: 'end', value: fields.end, why: 'is not an ISO 8601 date-time.' });
  } else if (start && end && (allDay ? end <= start : end < start)) {
    problems.push({ key: 'endBeforeStart' });
    warnings.push({ attribute: 'end', value: fields.end, why: 'is before start; it is ignored.' });
    end = undefined;
  }
  const link = (attribute: string, value: string | undefined) => {
    const url = safeLinkUrl(value, options.base);
    if (value && !url) warnings.push({ attribute, value, why: 'is not an http(s) link; it is left out.' });
    return url;
  };
  const onlineUrl = link('online-url', fields.onlineUrl);
  const registrationUrl = link('registration-url', fields.registrationUrl);
  // an all-day event without a usable end is its start's one day
  const lastDay = allDay && start ? (end ? fields.end! : fields.start!).trim() : undefined;
  if (lastDay) end = dayStart(lastDay, timeZone, 1);
  const view: EventView = { fields, timeZone, start, end, allDay: !!lastDay, problems, warnings, onlineUrl, registrationUrl };
  if (start) {
    view.status = eventStatus(start, end, options.now);
    view.calendar = {
      title: fields.heading ?? options.untitled,
      start,
      end: end ?? new Date(start.getTime() + DEFAULT_DURATION_MS),
      ...(lastDay ? { days: { first: fields.start!.trim(), after: addDays(lastDay, 1) } } : {}),
      uid: fields.eventId,
      location: [fields.location, fields.address].filter(Boolean).join(', ') || undefined,
      description: fields.description,
      url: onlineUrl ?? registrationUrl,
    };
  }
  return view;
}

/** The card's time text in a zone: the days of an all-day event, else its date and time. */
export function whenText(view: EventView, language: Language, timeZone = view.timeZone): string {
  if (!view.start) return '';
  return view.allDay && view.end ? formatEventDays(view.start, view.end, language, timeZone) : formatEventTime(view.start, view.end, language, timeZone);
}

/** The `datetime` of the card's `<time>`: the first day of an all-day event (`2026-09-15`), else the start instant. */
export function whenDatetime(view: EventView): string {
  return view.calendar?.days?.first ?? view.start?.toISOString() ?? '';
}
