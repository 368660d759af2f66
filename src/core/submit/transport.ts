/** One POST of an envelope, and what its answer means for retrying. No DOM, no storage. */
import { parseRetryAfter } from './backoff.js';

/**
 * A field the receiver refused (RFC 9457 problem details, `errors: [{ pointer, detail }]`):
 * `pointer` is a JSON Pointer into the envelope, e.g. "/data/email".
 */
export interface FieldError {
  pointer: string;
  detail: string;
}

/**
 * 2xx: delivered. retry: kept on the device and tried again later (`hold`: not while this page
 * is open, only on the outbox's next trigger). rejected: the endpoint said no; never retried.
 */
export type Outcome =
  | { kind: 'ok'; status: number }
  | { kind: 'retry'; status: number; reason: string; retryAfter?: number; hold?: boolean; location?: string }
  | { kind: 'rejected'; status: number; message?: string; errors?: FieldError[] };

/**
 * Statuses a later try may fix (RFC 9110, RFC 8470 for 425, RFC 6585 for 429), and 409: in the
 * Idempotency-Key draft it means "the first request with this key is still being processed".
 */
export const RETRYABLE = new Set([408, 409, 425, 429, 500, 502, 503, 504]);

/**
 * CloudEvents structured content mode (HTTP protocol binding 1.0, §3.1): the whole event is the
 * JSON body. With plain application/json a CloudEvents SDK reads the request as binary mode
 * (attributes in ce-* headers) and finds no event.
 */
export const CONTENT_TYPE = 'application/cloudevents+json; charset=utf-8';

export interface PostOptions {
  timeout?: number;
  keepalive?: boolean;
}

/** Bounds on what a receiver's answer can put on the page: the widget shows these texts. */
export const PROBLEM_LIMITS = { message: 500, errors: 20, pointer: 200, detail: 300 };

/**
 * The field errors of a problem details body: only items with a string JSON Pointer and a
 * string `detail`, at most PROBLEM_LIMITS.errors of them, texts cut to their limits.
 */
export function fieldErrorsOf(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  const errors: FieldError[] = [];
  for (const item of value) {
    if (errors.length === PROBLEM_LIMITS.errors) break;
    const { pointer, detail } = (item ?? {}) as { pointer?: unknown; detail?: unknown };
    if (typeof pointer !== 'string' || !/^(\/[^/]*)+$/.test(pointer) || pointer.length > PROBLEM_LIMITS.pointer) continue;
    if (typeof detail !== 'string' || !detail.trim()) continue;
    errors.push({ pointer, detail: detail.trim().slice(0, PROBLEM_LIMITS.detail) });
  }
  return errors;
}

/**
 * Reads an RFC 9457 problem details body: its `detail` (or `title`) as the message, and for
 * 400 and 422 its field errors. Any other body gives nothing.
 */
async function readProblem(response: Response): Promise<{ message: string | undefined; errors?: FieldError[] }> {
  if (!/json/i.test(response.headers.get('Content-Type') ?? '')) return { message: undefined };
  const body = (await response.json().catch(() => ({}))) as { detail?: unknown; title?: unknown; errors?: unknown } | null;
  const message = body?.detail || body?.title;
  const errors = response.status === 400 || response.status === 422 ? fieldErrorsOf(body?.errors) : [];
  return {
    message: typeof message === 'string' ? message.slice(0, PROBLEM_LIMITS.message) : undefined,
    ...(errors.length ? { errors } : {}),
  };
}

export async function classify(response: Response, now: number = Date.now()): Promise<Outcome> {
  const status = response.status;
  // A redirect is never followed (see postEnvelope): the submission did not arrive. In a browser
  // it is an opaque redirect (status 0, no headers); `Location` is read only where it is exposed.
  if (response.type === 'opaqueredirect' || (status >= 300 && status < 400)) {
    return { kind: 'retry', status, reason: 'redirect', hold: true, location: response.headers.get('Location') ?? undefined };
  }
  if (response.ok) return { kind: 'ok', status };
  if (RETRYABLE.has(status)) {
    return { kind: 'retry', status, reason: `http-${status}`, retryAfter: parseRetryAfter(response.headers.get('Retry-After'), now) };
  }
  return { kind: 'rejected', status, ...(await readProblem(response)) };
}

/**
 * POSTs the envelope's JSON text with `Idempotency-Key: "<id>"` (a structured-field string) and
 * no cookies. A network error or the timeout is retryable; so are the statuses in RETRYABLE.
 * `redirect: 'manual'`: a followed 301/302/303 turns the POST into a GET that answers 2xx
 * without the data, and a followed 307/308 re-posts personal data to wherever it points. The
 * browser hides the status and `Location` of a manual redirect, so none is followed, not even
 * to the same origin: the entry waits in the outbox and the page author is told (diagnostics.ts).
 */
export async function postEnvelope(endpoint: string, id: string, body: string, options: PostOptions = {}): Promise<Outcome> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), options.timeout ?? 15_000);
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': CONTENT_TYPE, 'Idempotency-Key': `"${id}"` },
      body,
      credentials: 'omit',
      redirect: 'manual',
      keepalive: options.keepalive,
      signal: abort.signal,
    });
    return await classify(response);
  } catch {
    return { kind: 'retry', status: 0, reason: abort.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}
