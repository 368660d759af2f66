/**
 * Small, named validators shared by every form. Each returns an error key (looked up in the
 * widget's or the common strings) or undefined; no DOM here, so they are tested directly.
 * A validator gets the field's value and, second, all the form's values, for a rule that
 * depends on another field (a field that applies only for some choices).
 */
export type Validator<T = string> = (value: T) => string | undefined;
/** A validator that also looks at the form's other values (every `Validator` is one). */
export type Rule<T, V> = (value: T, values: V) => string | undefined;

/** A form's rules: per field, validators run in order; the first error key wins. */
export type Rules<V> = { readonly [F in keyof V]?: ReadonlyArray<Rule<V[F], V>> };

/**
 * A message that a widget shows, kept as its key and values and translated only when rendered,
 * so it follows a language change at once. `field` is the field it belongs to.
 */
export interface FieldMessage<F extends string = string> {
  field: F;
  /** The string key; `receiver` when the message is the receiver's own text (`detail`). */
  key: string;
  values?: Record<string, unknown>;
  /** The receiver's words for a field it refused and the widget has no rule for (shown as they are). */
  detail?: string;
}

/** The longest message a person can write in any form. */
export const MESSAGE_MAX = 2000;

/** Runs a field's validators only while `applies(values)` holds; otherwise the field passes. */
export const when =
  <T, V>(applies: (values: V) => boolean, ...validators: ReadonlyArray<Rule<T, V>>): Rule<T, V> =>
  (value, values) =>
    applies(values) ? firstError(value, validators, values) : undefined;

/** One of a fixed set of choices (`required` when nothing or something else is chosen). */
export const oneOf =
  (allowed: readonly string[]): Validator =>
  (value) =>
    allowed.includes(value) ? undefined : 'required';

export const required: Validator<string | boolean | readonly unknown[] | null | undefined> = (value) => {
  if (typeof value === 'string') return value.trim() ? undefined : 'required';
  if (Array.isArray(value)) return value.length ? undefined : 'required';
  return value ? undefined : 'required';
};

// One @, something before it, a dotted domain with a 2+ letter top level; no spaces.
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)*\.[a-z]{2,}$/i;

export const email: Validator = (value) => {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  return EMAIL.test(trimmed) && trimmed.length <= 254 ? undefined : 'email';
};

export const maxLength =
  (max: number): Validator =>
  (value) =>
    value.length > max ? 'tooLong' : undefined;

/**
 * Finnish phone numbers as people write them (`040 123 4567`, `09-310 1234`, `+358 40 1234567`,
 * `00358…`) normalised to E.164 `+358401234567`. Returns undefined when it is not one.
 */
export function normalizeFinnishPhone(value: string): string | undefined {
  let digits = value.trim().replace(/[\s\-().]/g, '');
  if (!digits) return undefined;
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  if (digits.startsWith('+')) {
    if (!/^\+\d{7,15}$/.test(digits)) return undefined;
    if (digits.startsWith('+358')) {
      const national = digits.slice(4).replace(/^0/, '');
      return /^\d{5,12}$/.test(national) ? `+358${national}` : undefined;
    }
    return digits; // a foreign number, already international
  }
  if (!/^0\d{5,11}$/.test(digits)) return undefined;
  return `+358${digits.slice(1)}`;
}

export const finnishPhone: Validator = (value) => (!value.trim() || normalizeFinnishPhone(value) ? undefined : 'phone');

/** A whole number 0…max written with optional spaces (`1 200`). */
export function parseWholeNumber(value: string, max = 10_000_000): number | undefined {
  const compact = value.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d+$/.test(compact)) return undefined;
  const number = Number(compact);
  return number <= max ? number : undefined;
}

export const wholeNumber: Validator = (value) => (!value.trim() || parseWholeNumber(value) !== undefined ? undefined : 'wholeNumber');

/** Runs validators in order and returns the first error key. */
export function firstError<T, V = unknown>(value: T, validators: ReadonlyArray<Rule<T, V>>, values?: V): string | undefined {
  for (const validate of validators) {
    const error = validate(value, values as V);
    if (error) return error;
  }
  return undefined;
}

/** The error key of one field under a form's rules, or undefined. */
export function checkField<V, F extends keyof V>(values: V, rules: Rules<V>, field: F): string | undefined {
  const validators = rules[field];
  return validators ? firstError(values[field], validators, values) : undefined;
}

/** Every failing field, in the order of `fields`. */
export function validate<V, F extends keyof V & string>(values: V, rules: Rules<V>, fields: readonly F[]): Array<FieldMessage<F>> {
  return fields.flatMap((field) => {
    const key = checkField(values, rules, field);
    return key ? [{ field, key }] : [];
  });
}
