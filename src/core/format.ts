import { intlLocale, type Language } from './language.js';

export const DEFAULT_TIME_ZONE = 'Europe/Helsinki';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A cached Intl.DateTimeFormat: making one costs far more than using it, and a page with a
 * hundred event cards would otherwise make thousands.
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** True when Intl knows the IANA zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    dateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** `15.9.2022` in fi and sv, `15 September 2022` in en. */
export function formatDate(date: Date, language: Language, timeZone = DEFAULT_TIME_ZONE): string {
  return dateTimeFormat(intlLocale(language), {
    day: 'numeric',
    month: language === 'en' ? 'long' : 'numeric',
    year: 'numeric',
    timeZone,
  }).format(date);
}

/** `9.00` in fi and sv (the Finnish standard's dot), `09:00` in en. */
export function formatTime(date: Date, language: Language, timeZone = DEFAULT_TIME_ZONE): string {
  const parts = dateTimeFormat(intlLocale(language), {
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(date);
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '';
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '';
  return language === 'en' ? `${hour.padStart(2, '0')}:${minute}` : `${Number(hour)}.${minute}`;
}

/** Grouped in the language's way: `1 234` in fi and sv, `1,234` in en. */
export function formatNumber(value: number, language: Language, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(language), options).format(value);
}
