import { safeLinkUrl } from '../core/config.js';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../core/format.js';
import type { CalendarEvent } from './calendar.js';
import { DEFAULT_DURATION_MS, eventStatus, parseEventTime, type EventStatus } from './event-time.js';
import type { EventFields } from './event-source.js';

/** A problem with the card's input, shown in the card: its string key and the offending value. */
export interface Problem {
  key: 'timeZone' | 'startMissing' | 'startInvalid' | 'endInvalid' | 'endBeforeStart';
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
  end?: Date;
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
 * a link that is not http(s) is left out. Each of these is a problem shown in the card and a
 * warning naming the attribute.
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
  const start = parseEventTime(fields.start, timeZone);
  let end = parseEventTime(fields.end, timeZone);
  if (!fields.start) {
    if (!options.startMayFollow) {
      problems.push({ key: 'startMissing' });
      warnings.push({ attribute: 'start', why: 'is missing; the card shows no time.' });
    }
  } else if (!start) {
    problems.push({ key: 'startInvalid', value: fields.start });
    warnings.push({ attribute: 'start', value: fields.start, why: 'is not an ISO 8601 date-time.' });
  }
  if (fields.end && !end) {
    problems.push({ key: 'endInvalid', value: fields.end });
    warnings.push({ attribute: 'end', value: fields.end, why: 'is not an ISO 8601 date-time.' });
  } else if (start && end && end < start) {
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
  const view: EventView = { fields, timeZone, start, end, problems, warnings, onlineUrl, registrationUrl };
  if (start) {
    view.status = eventStatus(start, end, options.now);
    view.calendar = {
      title: fields.heading ?? options.untitled,
      start,
      end: end ?? new Date(start.getTime() + DEFAULT_DURATION_MS),
      uid: fields.eventId,
      location: [fields.location, fields.address].filter(Boolean).join(', ') || undefined,
      description: fields.description,
      url: onlineUrl ?? registrationUrl,
    };
  }
  return view;
}
