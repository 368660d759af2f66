/**
 * The join form's draft on the device: what the person has typed, kept in localStorage so a
 * reload or a closed tab loses nothing. Stored under `digione-join-form:draft:<page path>` as
 * `{ savedAt, values }`; a draft older than 7 days is dropped when read. The honeypot and the
 * consent are never stored: consent is given anew each time.
 */
import { readJson, removeKey, writeJson } from '../core/storage.js';
import { emptyValues, type JoinFormValues } from './validation.js';

export const DRAFT_PREFIX = 'digione-join-form:draft:';
export const DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

export interface StoredDraft {
  savedAt: number;
  values: Partial<JoinFormValues>;
}

export const draftKey = (pathname: string): string => DRAFT_PREFIX + pathname;

export function saveDraft(key: string, values: JoinFormValues, now = Date.now()): void {
  const kept: Partial<JoinFormValues> = { ...values };
  delete kept.consent;
  writeJson(key, { savedAt: now, values: kept } satisfies StoredDraft);
}

export function clearDraft(key: string): void {
  removeKey(key);
}

/**
 * The saved values merged over empty ones, or undefined when there is none, it is older than
 * 7 days (then it is removed) or unreadable. Only known fields of the right type come back.
 */
export function loadDraft(key: string, now = Date.now()): JoinFormValues | undefined {
  const stored = readJson(key) as StoredDraft | undefined;
  if (!stored || typeof stored.savedAt !== 'number' || typeof stored.values !== 'object' || !stored.values) return undefined;
  if (now - stored.savedAt > DRAFT_MAX_AGE_MS || stored.savedAt > now + 60_000) {
    clearDraft(key);
    return undefined;
  }
  return mergeValues(emptyValues(), stored.values);
}

/** `base` with those fields of `patch` whose type matches (host prefill and drafts are untrusted). */
export function mergeValues(base: JoinFormValues, patch: Partial<Record<keyof JoinFormValues, unknown>>): JoinFormValues {
  const next: Record<string, unknown> = { ...base };
  for (const [field, value] of Object.entries(patch)) {
    const current = next[field];
    if (current === undefined) continue;
    if (Array.isArray(current) ? Array.isArray(value) && value.every((v) => typeof v === 'string') : typeof value === typeof current) {
      next[field] = Array.isArray(value) ? [...(value as unknown[])] : value;
    }
  }
  return next as unknown as JoinFormValues;
}
