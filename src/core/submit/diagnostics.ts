/**
 * What the page author is told in the console when an endpoint cannot work as set: the person
 * only sees "saved on this device", so the console is where a misconfiguration shows. Each
 * message comes once per endpoint per page (shared by every widget and copy of the bundle).
 */
import { shared } from '../global.js';
import type { Outcome } from './transport.js';

/** Network errors in a row, for one endpoint, before the CORS / host warning. */
export const NETWORK_ERRORS_BEFORE_WARNING = 3;

const told = shared('submit-told', () => new Set<string>());
const networkErrors = shared('submit-network-errors', () => new Map<string, number>());

/** The console error of a redirecting endpoint; `location` as the answer gave it, when it could be read. */
export function redirectMessage(widget: string, endpoint: string, location?: string): string {
  const where = location ? ` to ${new URL(location, endpoint).href}` : '';
  return `<${widget}>: the endpoint ${endpoint} redirects${where}; set the final URL. Redirects are not followed, so nothing was delivered: the submission waits on this device.`;
}

/**
 * The console warning of an endpoint that keeps failing with network errors while the browser
 * is online: `answers` says whether its host answered a plain request (then CORS is what blocks).
 */
export function networkMessage(widget: string, endpoint: string, origin: string, answers: boolean): string {
  const host = new URL(endpoint, origin).host;
  return (
    `<${widget}>: sending to ${endpoint} keeps failing with a network error while online; ${host} ${answers ? 'answers, so CORS blocks it' : 'does not answer'}. ` +
    `Check that the preflight (OPTIONS) gets 2xx with Access-Control-Allow-Origin: ${origin} and Access-Control-Allow-Headers: content-type, idempotency-key, and the host name ${host}.`
  );
}

/** Once per endpoint and kind: true the first time. */
function first(kind: string, endpoint: string): boolean {
  const key = `${kind} ${endpoint}`;
  if (told.has(key)) return false;
  told.add(key);
  return true;
}

/**
 * Does the endpoint's host answer at all? One GET without CORS (`no-cors`: the answer is opaque
 * but arrives), no cookies, no body: it tells a CORS refusal from a host that cannot be reached.
 */
async function answers(endpoint: string): Promise<boolean> {
  try {
    await fetch(endpoint, { mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

/** Called with every try's outcome of an outbox entry. */
export function diagnose(widget: string, endpoint: string, outcome: Outcome): void {
  const reason = outcome.kind === 'retry' ? outcome.reason : undefined;
  const network = reason === 'network';
  // Any answer of the server ends a run of network errors; a timeout neither adds nor ends one.
  if (!network && reason !== 'timeout') networkErrors.delete(endpoint);
  if (reason === 'redirect') {
    if (first('redirect', endpoint)) console.error(redirectMessage(widget, endpoint, outcome.kind === 'retry' ? outcome.location : undefined));
    return;
  }
  if (!network) return;
  const count = (networkErrors.get(endpoint) ?? 0) + 1;
  networkErrors.set(endpoint, count);
  if (count < NETWORK_ERRORS_BEFORE_WARNING || !navigator.onLine || !first('network', endpoint)) return;
  void answers(endpoint).then((reachable) => console.warn(networkMessage(widget, endpoint, location.origin, reachable)));
}
