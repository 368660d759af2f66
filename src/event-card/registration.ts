import { email, maxLength, MESSAGE_MAX, required, validate, type FieldMessage, type Rules } from '../core/validators.js';
import type { EventRegistrationData } from '../core/submit/types.js';
import { eventUid, type CalendarEvent } from './calendar.js';

export const emptyRegistration = (): RegistrationValues => ({ name: '', email: '', organisation: '', message: '', consent: false });

/** What the person typed into the inline registration form. */
export interface RegistrationValues {
  name: string;
  email: string;
  organisation: string;
  message: string;
  consent: boolean;
}
export type RegistrationField = keyof RegistrationValues;

export const REGISTRATION_FIELDS: readonly RegistrationField[] = ['name', 'email', 'organisation', 'message', 'consent'];

export const REGISTRATION_RULES: Rules<RegistrationValues> = {
  name: [required],
  email: [required, email],
  organisation: [required],
  message: [maxLength(MESSAGE_MAX)],
  consent: [required],
};

/** Every failing field in form order, with its error key (`required`, `email`, `tooLong`). */
export function validateRegistration(values: RegistrationValues): Array<FieldMessage<RegistrationField>> {
  return validate(values, REGISTRATION_RULES, REGISTRATION_FIELDS);
}

/** The `fi.digione.event.registered` data for a valid registration to an event. */
export function buildRegistration(values: RegistrationValues, event: CalendarEvent): EventRegistrationData {
  return {
    eventId: eventUid(event),
    eventTitle: event.title,
    // an all-day event starts at the start of its first day in its zone
    eventStart: event.start.toISOString(),
    ...(event.days ? { allDay: true as const } : {}),
    name: values.name.trim(),
    email: values.email.trim(),
    organisation: values.organisation.trim(),
    ...(values.message.trim() ? { message: values.message.trim() } : {}),
    consent: true,
  };
}
