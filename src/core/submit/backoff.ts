/** When to try again: pure, so the timing is tested without waiting. */
export interface RetryPolicy {
  /** First delay ceiling, ms (1 s). */
  base: number;
  /** Longest delay, ms (30 s); a Retry-After beyond it leaves the entry for a later flush. */
  cap: number;
  /** Tries while the page is open, the first one included (5). */
  tries: number;
}

export const DEFAULT_RETRY: RetryPolicy = { base: 1000, cap: 30_000, tries: 5 };

/**
 * Full-jitter exponential backoff (AWS Architecture Blog, "Exponential Backoff and Jitter"):
 * a random delay in [0, min(cap, base·2^retry)). `retry` counts from 0 after the first failure.
 */
export function backoffDelay(retry: number, policy: RetryPolicy = DEFAULT_RETRY, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(policy.cap, policy.base * 2 ** retry));
}

/** `Retry-After` in ms from now: delay-seconds or an HTTP-date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP-date names its day and month (Date.parse would read "-5" as a year).
  const date = /[a-z]/i.test(text) ? Date.parse(text) : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
