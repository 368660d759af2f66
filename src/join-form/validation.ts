/**
 * The join form's values and its rules, as pure functions: values in, a list of
 * `{ field, key }` out. The element renders the messages (`errors.<field>.<key>` in the
 * join-form strings) and decides when to run them (all on submit, one on blur).
 */
import { email, finnishPhone, maxLength, required, wholeNumber } from '../core/validators.js';

export const ORGANISATION_TYPES = ['municipality', 'joint-authority', 'private-provider', 'other'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** DigiOne areas a municipality may want to start with. */
export const INTERESTS = ['platforms', 'identity', 'data', 'training', 'procurement'] as const;
export type Interest = (typeof INTERESTS)[number];

export const TIMEFRAMES = ['this-term', 'next-term', 'within-year', 'not-known'] as const;
export type Timeframe = (typeof TIMEFRAMES)[number];

export const MESSAGE_MAX = 2000;
/** Names, titles and organisation names; generous, but a bound. */
export const TEXT_MAX = 200;

/** Everything the person can fill in, as the form holds it (text as typed). */
export interface JoinFormValues {
  organisationType: OrganisationType | '';
  /** The chosen municipality's code ('' when none is chosen). */
  municipality: string;
  /** What is typed in the municipality box; tells "nothing typed" from "typed but not chosen". */
  municipalityQuery: string;
  organisationName: string;
  contactName: string;
  title: string;
  email: string;
  phone: string;
  pupils: string;
  interests: Interest[];
  timeframe: Timeframe | '';
  message: string;
  consent: boolean;
  attachReadiness: boolean;
}

export type JoinField = Exclude<keyof JoinFormValues, 'municipalityQuery' | 'attachReadiness'>;

export interface JoinError {
  field: JoinField;
  /** The rule that failed: `required`, `email`, `phone`, `wholeNumber`, `tooLong`, `notChosen`. */
  key: string;
}

export function emptyValues(): JoinFormValues {
  return {
    organisationType: '',
    municipality: '',
    municipalityQuery: '',
    organisationName: '',
    contactName: '',
    title: '',
    email: '',
    phone: '',
    pupils: '',
    interests: [],
    timeframe: '',
    message: '',
    consent: false,
    attachReadiness: false,
  };
}

/** The fields in the order they appear, which is also the error summary's order. */
export const FIELD_ORDER: readonly JoinField[] = [
  'organisationType',
  'municipality',
  'organisationName',
  'contactName',
  'title',
  'email',
  'phone',
  'pupils',
  'interests',
  'timeframe',
  'message',
  'consent',
];

const text = (value: string, ...more: Array<(v: string) => string | undefined>): string | undefined =>
  required(value) ?? more.map((rule) => rule(value)).find(Boolean);

/** The one rule that fails for a field now, or undefined. Fields that do not apply pass. */
export function validateField(values: JoinFormValues, field: JoinField): string | undefined {
  switch (field) {
    case 'organisationType':
      return (ORGANISATION_TYPES as readonly string[]).includes(values.organisationType) ? undefined : 'required';
    case 'municipality':
      if (values.organisationType !== 'municipality' || values.municipality) return undefined;
      return values.municipalityQuery.trim() ? 'notChosen' : 'required';
    case 'organisationName':
      if (!values.organisationType || values.organisationType === 'municipality') return undefined;
      return text(values.organisationName, maxLength(TEXT_MAX));
    case 'contactName':
    case 'title':
      return text(values[field], maxLength(TEXT_MAX));
    case 'email':
      return text(values.email, email);
    case 'phone':
      return finnishPhone(values.phone);
    case 'pupils':
      return wholeNumber(values.pupils);
    case 'interests':
      return required(values.interests.filter((i) => (INTERESTS as readonly string[]).includes(i)));
    case 'timeframe':
      return (TIMEFRAMES as readonly string[]).includes(values.timeframe) ? undefined : 'required';
    case 'message':
      return maxLength(MESSAGE_MAX)(values.message);
    case 'consent':
      return values.consent === true ? undefined : 'required';
  }
}

/** Every failing field, in the form's order. */
export function validateJoinForm(values: JoinFormValues): JoinError[] {
  const errors: JoinError[] = [];
  for (const field of FIELD_ORDER) {
    const key = validateField(values, field);
    if (key) errors.push({ field, key });
  }
  return errors;
}
