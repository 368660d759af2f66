// The sender: in every receiver process, claims due deliveries (notificationStore.claim: one
// instance per row, also with several on one PostgreSQL), sends each on its channel, and records
// delivered, "again at …" (backoff) or failed. It runs when woken (a new submission, "retry now")
// and every `pollMs`; stop() aborts what is in flight and gives it back, due at once.
import { DEFAULT_BACKOFF_MS, failureText, nextAttemptAt } from './message.js';

/**
 * @typedef {object} NotifierTiming
 * @property {number[]} [backoffMs] waits after the 1st, 2nd … failed attempt; after the last, failed
 * @property {number} [pollMs] how often due deliveries are looked for (retries, other instances' rows)
 * @property {number} [timeoutMs] one attempt's limit (webhook answer; SMTP connection and greeting)
 * @property {number} [leaseMs] a claimed row is due again after this if its sender vanished
 */

export const DEFAULT_TIMING = { backoffMs: DEFAULT_BACKOFF_MS, pollMs: 5000, timeoutMs: 10_000, leaseMs: 300_000 };
const BATCH = 10;

/**
 * @param {{ deliveries: import('../database/notifications.js').NotificationStore,
 *   channels: Partial<Record<import('./message.js').Channel, { send: import('./channels.js').Send, close: () => void }>>,
 *   timing: Required<NotifierTiming>, log: { error: (obj: object, msg: string) => void } }} options
 */
export function startNotifier({ deliveries, channels, timing, log }) {
  let stopped = false;
  let woken = false;
  /** @type {(() => void) | undefined} */
  let wakeUp;
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const abort = new AbortController();
  const here = /** @type {import('./message.js').Channel[]} */ (Object.keys(channels));

  /** @param {Awaited<ReturnType<typeof deliveries.claim>>[number]} notice */
  async function deliver(notice) {
    try {
      await /** @type {{ send: import('./channels.js').Send }} */ (channels[notice.channel]).send(notice, abort.signal);
      await deliveries.record(notice.id, notice.attempts, { delivered: true, now: new Date().toISOString() });
    } catch (error) {
      const now = Date.now();
      // Stopping is not the other side's fault: the row is due again at once (for another instance).
      const retryAt = abort.signal.aborted ? new Date(now).toISOString() : nextAttemptAt(notice.attempts, timing.backoffMs, now);
      const text = abort.signal.aborted ? 'interrupted: the receiver was stopping' : failureText(error);
      await deliveries.record(notice.id, notice.attempts, { delivered: false, now: new Date(now).toISOString(), error: text, retryAt });
    }
  }

  async function drain() {
    for (;;) {
      const now = Date.now();
      const due = await deliveries.claim({
        now: new Date(now).toISOString(),
        leaseUntil: new Date(now + timing.leaseMs).toISOString(),
        limit: BATCH,
        channels: here,
      });
      // Every attempt is recorded before the next claim (or the stop) even if one record fails.
      const failed = (await Promise.allSettled(due.map(deliver))).find((result) => result.status === 'rejected');
      if (failed) throw failed.reason;
      if (due.length < BATCH || stopped) return;
    }
  }

  const running = (async () => {
    while (!stopped) {
      woken = false;
      try {
        await drain();
      } catch (error) {
        log.error({ err: { message: failureText(error) } }, 'notifications: sending failed');
      }
      if (stopped || woken) continue;
      await new Promise((resolve) => {
        wakeUp = () => resolve(undefined);
        timer = setTimeout(resolve, timing.pollMs);
      });
      clearTimeout(timer);
    }
  })();

  return {
    /** Look for due deliveries now (a submission was stored, a retry was asked for). */
    wake() {
      woken = true;
      wakeUp?.();
    },
    async stop() {
      stopped = true;
      abort.abort();
      wakeUp?.();
      await running;
      for (const channel of Object.values(channels)) channel?.close();
    },
  };
}

/** @typedef {ReturnType<typeof startNotifier>} Notifier */
