/** One POST of an envelope, and what its answer means for retrying. No DOM, no storage. */
import { parseRetryAfter } from './backoff.js';

/** 2xx: delivered. retry: try again later. rejected: the endpoint said no; never retried. */
export type Outcome =
  | { kind: 'ok'; status: number }
  | { kind: 'retry'; status: number; reason: string; retryAfter?: number }
  | { kind: 'rejected'; status: number; message?: string };

/**
 * Statuses a later try may fix (RFC 9110, RFC 8470 for 425, RFC 6585 for 429), and 409: in the
 * Idempotency-Key draft it means "the first request with this key is still being processed".
 */
export const RETRYABLE = new Set([408, 409, 425, 429, 500, 502, 503, 504]);

export interface PostOptions {
  timeout?: number;
  keepalive?: boolean;
}

/** Reads `detail` or `title` of an RFC 9457 problem details body; any other body gives nothing. */
async function problemMessage(response: Response): Promise<string | undefined> {
  if (!/json/i.test(response.headers.get('Content-Type') ?? '')) return undefined;
  const body = (await response.json().catch(() => ({}))) as { detail?: unknown; title?: unknown };
  const message = body.detail || body.title;
  return typeof message === 'string' ? message.slice(0, 500) : undefined;
}

export async function classify(response: Response, now: number = Date.now()): Promise<Outcome> {
  const status = response.status;
  if (response.ok) return { kind: 'ok', status };
  if (RETRYABLE.has(status)) {
    return { kind: 'retry', status, reason: `http-${status}`, retryAfter: parseRetryAfter(response.headers.get('Retry-After'), now) };
  }
  return { kind: 'rejected', status, message: await problemMessage(response) };
}

/**
 * POSTs the envelope's JSON text with `Idempotency-Key: "<id>"` (a structured-field string) and
 * no cookies. A network error or the timeout is retryable; so are the statuses in RETRYABLE.
 */
export async function postEnvelope(endpoint: string, id: string, body: string, options: PostOptions = {}): Promise<Outcome> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), options.timeout ?? 15_000);
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `"${id}"` },
      body,
      credentials: 'omit',
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
