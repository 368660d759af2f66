import { email, firstError, maxLength, required, type Validator } from '../core/validators.js';
import type { EventRegistrationData } from '../core/submit/types.js';
import { eventUid, type CalendarEvent } from './calendar.js';

export const REGISTRATION_MESSAGE_MAX = 2000;

/** What the person typed into the inline registration form. */
export interface RegistrationValues {
  name: string;
  email: string;
  organisation: string;
  message: string;
  consent: boolean;
}
export type RegistrationField = keyof RegistrationValues;

const VALIDATORS: { [F in RegistrationField]: ReadonlyArray<Validator<RegistrationValues[F]>> } = {
  name: [required],
  email: [required, email],
  organisation: [required],
  message: [maxLength(REGISTRATION_MESSAGE_MAX)],
  consent: [required],
};

/** Every failing field in form order, with its error key (`required`, `email`, `tooLong`). */
export function validateRegistration(values: RegistrationValues): Array<{ field: RegistrationField; key: string }> {
  return (Object.keys(VALIDATORS) as RegistrationField[]).flatMap((field) => {
    const key = firstError(values[field] as never, VALIDATORS[field] as ReadonlyArray<Validator<never>>);
    return key ? [{ field, key }] : [];
  });
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
