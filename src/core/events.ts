/**
 * Every event the widgets fire, with its `detail`. All are `CustomEvent`s that bubble and are
 * composed (they cross shadow roots); only `digione-submit` is cancelable. The map is merged into
 * the DOM's `HTMLElementEventMap`, so `addEventListener('digione-submitted', (e) => e.detail.id)`
 * is typed wherever an element type of this library is imported, and `DigiOneElement.emit()`
 * accepts only these names with their detail.
 */
import type { Envelope, SubmissionType } from './submit/envelope.js';
import type { SubmissionDataMap } from './submit/types.js';
import type { FieldError } from './submit/transport.js';
import type { ReadinessCompletion } from './readiness-result.js';

/** The calendars the event card offers (core knows no widget, so the type lives here). */
export type CalendarService = 'ics' | 'google' | 'outlook' | 'office365';

/** The envelope of one submission, its `data` typed by its `type`. */
export type SubmissionEnvelope = { [K in SubmissionType]: Envelope<SubmissionDataMap[K]> & { type: K } }[SubmissionType];

/** `digione-submit`: about to be sent; `preventDefault()` hands the submission to the page. */
export interface SubmitDetail {
  envelope: SubmissionEnvelope;
}

/** `digione-submitted`: the endpoint answered 2xx (`status` is 0 when another tab delivered it). */
export interface SubmittedDetail {
  /** The envelope's id; its first 8 characters are the person's reference. */
  id: string;
  status: number;
}

/** `digione-queued`: the first try failed in a way a later one may fix; kept on the device. */
export interface QueuedDetail {
  id: string;
  /** Why, e.g. `offline`, `timeout`, `status-503`, `busy`. */
  reason: string;
}

/** `digione-submit-failed`: rejected by the endpoint (4xx) or expired on the device; not retried. */
export interface SubmitFailedDetail {
  id: string;
  /** The HTTP status; 0 when it expired unsent. */
  status: number;
  /** The server's message, else `rejected` or `expired`. */
  message: string;
  /** Field errors of an RFC 9457 problem details answer (`pointer`, `detail`); empty when none. */
  errors: FieldError[];
}

/** `digione-readiness-complete`: the person reached the results. */
export interface ReadinessCompleteDetail {
  result: ReadinessCompletion;
}

/** `digione-calendar-add`: an add-to-calendar action was chosen. */
export interface CalendarAddDetail {
  service: CalendarService;
}

/** Event name → `detail` type, for every event of the library. */
export interface DigiOneEventDetailMap {
  'digione-submit': SubmitDetail;
  'digione-submitted': SubmittedDetail;
  'digione-queued': QueuedDetail;
  'digione-submit-failed': SubmitFailedDetail;
  'digione-readiness-complete': ReadinessCompleteDetail;
  'digione-calendar-add': CalendarAddDetail;
}

export type DigiOneEventName = keyof DigiOneEventDetailMap;

/** Event name → event type, e.g. `DigiOneEventMap['digione-submitted']`. */
export type DigiOneEventMap = { [K in DigiOneEventName]: CustomEvent<DigiOneEventDetailMap[K]> };

declare global {
  interface HTMLElementEventMap {
    'digione-submit': CustomEvent<SubmitDetail>;
    'digione-submitted': CustomEvent<SubmittedDetail>;
    'digione-queued': CustomEvent<QueuedDetail>;
    'digione-submit-failed': CustomEvent<SubmitFailedDetail>;
    'digione-readiness-complete': CustomEvent<ReadinessCompleteDetail>;
    'digione-calendar-add': CustomEvent<CalendarAddDetail>;
  }
}
