/**
 * Small, named validators shared by every form. Each returns an error key (looked up in the
 * widget's or the common strings) or undefined; no DOM here, so they are tested directly.
 */
export type Validator<T = string> = (value: T) => string | undefined;

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

export const finnishPhone: Validator = (value) =>
  !value.trim() || normalizeFinnishPhone(value) ? undefined : 'phone';

/** A whole number 0…max written with optional spaces (`1 200`). */
export function parseWholeNumber(value: string, max = 10_000_000): number | undefined {
  const compact = value.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d+$/.test(compact)) return undefined;
  const number = Number(compact);
  return number <= max ? number : undefined;
}

export const wholeNumber: Validator = (value) =>
  !value.trim() || parseWholeNumber(value) !== undefined ? undefined : 'wholeNumber';

/** Runs validators in order and returns the first error key. */
export function firstError<T>(value: T, validators: ReadonlyArray<Validator<T>>): string | undefined {
  for (const validate of validators) {
    const error = validate(value);
    if (error) return error;
  }
  return undefined;
}
