/**
 * The `data` of each submission type, as the widgets send it and schema/*.schema.json check it.
 * Widgets import these so what they build and what the receiver validates stay one shape.
 * Optional fields are left out (not `null`) when the person gave nothing.
 */

/** A municipality as the forms offer it: the Statistics Finland code and its name in the UI language. */
export interface MunicipalityRef {
  /** Three-digit code, e.g. "091" (Helsinki). */
  code: string;
  name: string;
}

/** `fi.digione.event.registered`: a registration to an info session from `<digione-event-card>`. */
export interface EventRegistrationData {
  /** The card's `event-id` (stable calendar UID). */
  eventId: string;
  eventTitle: string;
  /** ISO 8601 with offset; for an all-day event the instant its first day begins in the event's zone. */
  eventStart: string;
  /** Present (and true) when the event lasts whole days (a date-only `start`). */
  allDay?: true;
  name: string;
  email: string;
  organisation: string;
  message?: string;
  consent: true;
}

/** An answer to one readiness question: the chosen option's value, or null when skipped. */
export type ReadinessAnswer = string | number | boolean | string[] | null;

export interface ReadinessAreaScore {
  id: string;
  /** 0–100. */
  score: number;
  /** How many of the area's questions were answered. */
  answered: number;
  total: number;
}

/** `fi.digione.readiness.completed`: a readiness self-assessment from `<digione-readiness-checker>`. */
export interface ReadinessData {
  questionnaire: { id: string; version: string };
  municipality?: MunicipalityRef;
  /** Basic-education pupils in the municipality, when the person gave it (the comparison's size band). */
  pupils?: number;
  /** Keyed by question id. */
  answers: Record<string, ReadinessAnswer>;
  scores: {
    /** 0–100. */
    overall: number;
    /** The level's id, e.g. "ready". */
    level: string;
    areas: ReadinessAreaScore[];
  };
  contact?: { name?: string; email?: string };
  consent?: boolean;
}

/** A readiness result attached to a join request (the checker's last result on this device). */
export interface AttachedReadiness {
  questionnaire?: { id: string; version: string };
  overall: number;
  level: string;
  areas?: ReadinessAreaScore[];
  /** When the checker was completed (RFC 3339). */
  completedAt?: string;
}

/** `fi.digione.join.requested`: an expression of interest from `<digione-join-form>`. */
export interface JoinRequestData {
  /** e.g. "municipality", "joint-authority", "private-school", "other". */
  organisationType: string;
  municipality?: MunicipalityRef;
  /** When the organisation is not a municipality itself. */
  organisationName?: string;
  contactName: string;
  /** The contact person's job title. */
  title: string;
  email: string;
  /** Normalised, e.g. "+358401234567". */
  phone?: string;
  /** Number of pupils in the organisation's schools. */
  pupils?: number;
  /** Ids of the DigiOne services of interest (may be empty). */
  interests: string[];
  /** e.g. "now", "this-year", "next-year", "exploring". */
  timeframe: string;
  message?: string;
  consent: true;
  readiness?: AttachedReadiness;
  /** Milliseconds from the form's first render to sending (a bot signal for the receiver). */
  elapsedMs: number;
}

/** The data type that goes with each submission type. */
export interface SubmissionDataMap {
  'fi.digione.readiness.completed': ReadinessData;
  'fi.digione.join.requested': JoinRequestData;
  'fi.digione.event.registered': EventRegistrationData;
}
