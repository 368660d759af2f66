/**
 * The join form's values and its rules, as pure functions: values in, a list of
 * `{ field, key }` out. The element renders the messages (`errors.<field>.<key>` in the
 * join-form strings) and decides when to run them (all on submit, one on blur).
 */
import {
  checkField,
  email,
  finnishPhone,
  maxLength,
  MESSAGE_MAX,
  oneOf,
  required,
  validate,
  when,
  wholeNumber,
  type FieldMessage,
  type Rule,
  type Rules,
  type Validator,
} from '../core/validators.js';

export const ORGANISATION_TYPES = ['municipality', 'joint-authority', 'private-provider', 'other'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** DigiOne areas a municipality may want to start with. */
export const INTERESTS = ['platforms', 'identity', 'data', 'training', 'procurement'] as const;
export type Interest = (typeof INTERESTS)[number];

export const TIMEFRAMES = ['this-term', 'next-term', 'within-year', 'not-known'] as const;
export type Timeframe = (typeof TIMEFRAMES)[number];

export { MESSAGE_MAX };
/** Names, titles and organisation names; generous, but a bound. */
export const TEXT_MAX = 200;

/** Everything the person can fill in, as the form holds it (text as typed). */
export interface JoinFormValues {
  organisationType: OrganisationType | '';
  /** The chosen municipality's code ('' when none is chosen); its name is derived from the code. */
  municipality: string;
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

export type JoinField = Exclude<keyof JoinFormValues, 'attachReadiness'>;

/** A failing field and its rule: `required`, `email`, `phone`, `wholeNumber`, `tooLong`, `notChosen`. */
export type JoinError = FieldMessage<JoinField>;

export function emptyValues(): JoinFormValues {
  return {
    organisationType: '',
    municipality: '',
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

const isMunicipality = (values: JoinFormValues): boolean => values.organisationType === 'municipality';
const isOtherOrganisation = (values: JoinFormValues): boolean => !!values.organisationType && !isMunicipality(values);
/** A municipality is chosen from the list; text typed in the box (`typed`) but not chosen is its own error. */
const chosen =
  (typed: () => string): Rule<string, JoinFormValues> =>
  (code) =>
    code ? undefined : typed().trim() ? 'notChosen' : 'required';
const agreed: Validator<boolean> = (value) => (value === true ? undefined : 'required');
const someInterest: Validator<Interest[]> = (value) => required(value.filter((i) => (INTERESTS as readonly string[]).includes(i)));

/**
 * The join form's rules: per field, the validators in order (fields that do not apply pass).
 * `typed` tells what is in the municipality box now (the box keeps the text; the values only the code).
 */
export const joinRules = (typed: () => string = () => ''): Rules<JoinFormValues> => ({
  organisationType: [oneOf(ORGANISATION_TYPES)],
  municipality: [when(isMunicipality, chosen(typed))],
  organisationName: [when(isOtherOrganisation, required, maxLength(TEXT_MAX))],
  contactName: [required, maxLength(TEXT_MAX)],
  title: [required, maxLength(TEXT_MAX)],
  email: [required, email],
  phone: [finnishPhone],
  pupils: [wholeNumber],
  interests: [someInterest],
  timeframe: [oneOf(TIMEFRAMES)],
  message: [maxLength(MESSAGE_MAX)],
  consent: [agreed],
});

/** The one rule that fails for a field now, or undefined (`typed`: the text in the municipality box). */
export function validateField(values: JoinFormValues, field: JoinField, typed = ''): string | undefined {
  return checkField(
    values,
    joinRules(() => typed),
    field,
  );
}

/** Every failing field, in the form's order. */
export function validateJoinForm(values: JoinFormValues, typed = ''): JoinError[] {
  return validate(
    values,
    joinRules(() => typed),
    FIELD_ORDER,
  );
}
