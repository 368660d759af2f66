import { VERSION } from '../version.js';

export const SUBMISSION_TYPES = {
  readiness: 'fi.digione.readiness.completed',
  join: 'fi.digione.join.requested',
  registration: 'fi.digione.event.registered',
} as const;
export type SubmissionType = (typeof SUBMISSION_TYPES)[keyof typeof SUBMISSION_TYPES];

/** The `$id` of each type's data schema (schema/*.schema.json). */
export const DATA_SCHEMAS: Record<SubmissionType, string> = {
  'fi.digione.readiness.completed': 'https://digione.fi/schema/v1/readiness-completed.schema.json',
  'fi.digione.join.requested': 'https://digione.fi/schema/v1/join-requested.schema.json',
  'fi.digione.event.registered': 'https://digione.fi/schema/v1/event-registered.schema.json',
};

/** A CloudEvents 1.0 envelope as posted (see schema/envelope.schema.json). */
export interface Envelope<T = Record<string, unknown>> {
  specversion: '1.0';
  id: string;
  source: string;
  type: SubmissionType;
  time: string;
  datacontenttype: 'application/json';
  dataschema: string;
  widget: string;
  widgetversion: string;
  locale: string;
  data: T;
}

export interface EnvelopeInput<T> {
  type: SubmissionType;
  widget: string;
  locale: string;
  data: T;
  /** The page URL; its query and fragment are dropped (they may hold personal data). */
  pageUrl: string;
  id?: string;
  now?: Date;
}

export function pageSource(pageUrl: string): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = '';
  return url.href;
}

export function buildEnvelope<T>(input: EnvelopeInput<T>): Envelope<T> {
  return {
    specversion: '1.0',
    id: input.id ?? crypto.randomUUID(),
    source: pageSource(input.pageUrl),
    type: input.type,
    time: (input.now ?? new Date()).toISOString(),
    datacontenttype: 'application/json',
    dataschema: DATA_SCHEMAS[input.type],
    widget: input.widget,
    widgetversion: VERSION,
    locale: input.locale,
    data: input.data,
  };
}
