// Every query of the notification outbox: writing a submission's deliveries (in the transaction
// that stores it), claiming due ones so that one instance sends each (PostgreSQL: FOR UPDATE SKIP
// LOCKED; SQLite has one writer), recording the outcome, and the inbox's list and retry.
import { randomUUID } from 'node:crypto';
import { parseStored } from '../safe-json.js';

/** @typedef {import('./index.js').Db} Db */
/** @typedef {import('./index.js').NotificationDeliveriesTable} Delivery */
/** @typedef {import('../notifications/message.js').Channel} Channel */
/** @typedef {import('../notifications/message.js').Notice} Notice */

/**
 * One pending delivery per channel for a newly stored submission.
 * @param {import('kysely').Kysely<import('./index.js').Tables> | import('kysely').Transaction<import('./index.js').Tables>} db
 * @param {string} submissionId @param {Channel[]} channels @param {string} now
 */
export async function enqueueNotifications(db, submissionId, channels, now) {
  if (!channels.length) return;
  await db
    .insertInto('notification_deliveries')
    .values(
      channels.map((channel) => ({
        id: randomUUID(),
        submission_id: submissionId,
        channel,
        status: /** @type {const} */ ('pending'),
        attempts: 0,
        next_attempt_at: now,
        last_error: null,
        created_at: now,
        updated_at: now,
        delivered_at: null,
      })),
    )
    .execute();
}

/** @param {Db} db @param {'sqlite' | 'postgres'} kind */
export function notificationStore(db, kind) {
  return {
    /**
     * Takes up to `limit` due deliveries: each gets one more attempt and, until it is recorded,
     * a lease (its next_attempt_at moves to `leaseUntil`, so a crashed sender's row is due again
     * then). Only the channels this instance has set up (another may have others). Answers them
     * with their submissions.
     * @param {{ now: string, leaseUntil: string, limit: number, channels: Channel[] }} claim
     * @returns {Promise<(Notice & { channel: Channel, attempts: number })[]>}
     */
    async claim({ now, leaseUntil, limit, channels }) {
      if (!channels.length) return [];
      let due = db
        .selectFrom('notification_deliveries')
        .select('id')
        .where('status', '=', 'pending')
        .where('channel', 'in', channels)
        .where('next_attempt_at', '<=', now)
        .orderBy('next_attempt_at')
        .limit(limit);
      if (kind === 'postgres') due = due.forUpdate().skipLocked();
      const claimed = await db
        .updateTable('notification_deliveries')
        .set((eb) => ({ attempts: eb('attempts', '+', 1), next_attempt_at: leaseUntil, updated_at: now }))
        .where('id', 'in', due)
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .returning(['id', 'submission_id', 'channel', 'attempts'])
        .execute();
      if (!claimed.length) return [];
      const submissions = await db
        .selectFrom('submissions')
        .select(['id', 'type', 'received_at', 'envelope'])
        .where(
          'id',
          'in',
          claimed.map((row) => row.submission_id),
        )
        .execute();
      const byId = new Map(submissions.map((row) => [row.id, row]));
      return claimed.flatMap((row) => {
        const submission = byId.get(row.submission_id);
        if (!submission) return [];
        return [
          {
            id: row.id,
            channel: row.channel,
            attempts: row.attempts,
            submissionId: row.submission_id,
            type: submission.type,
            receivedAt: submission.received_at,
            data: parseStored(submission.envelope)?.data ?? {},
          },
        ];
      });
    },

    /**
     * Records an attempt's outcome, unless the row was claimed again meanwhile (its lease ran out).
     * @param {string} id @param {number} attempts the attempt this is the outcome of
     * @param {{ delivered: true, now: string } | { delivered: false, now: string, error: string, retryAt: string | null }} outcome
     */
    async record(id, attempts, outcome) {
      const changes = outcome.delivered
        ? { status: /** @type {const} */ ('delivered'), delivered_at: outcome.now, last_error: null, updated_at: outcome.now }
        : outcome.retryAt
          ? { next_attempt_at: outcome.retryAt, last_error: outcome.error, updated_at: outcome.now }
          : { status: /** @type {const} */ ('failed'), last_error: outcome.error, updated_at: outcome.now };
      await db
        .updateTable('notification_deliveries')
        .set(changes)
        .where('id', '=', id)
        .where('attempts', '=', attempts)
        .where('status', '=', 'pending')
        .execute();
    },

    /** The latest deliveries, newest first, with their submission's type. @param {number} limit */
    recent: (limit) =>
      db
        .selectFrom('notification_deliveries')
        .innerJoin('submissions', 'submissions.id', 'notification_deliveries.submission_id')
        .selectAll('notification_deliveries')
        .select('submissions.type')
        .orderBy('notification_deliveries.created_at', 'desc')
        .orderBy('notification_deliveries.id', 'desc')
        .limit(limit)
        .execute(),

    async failedCount() {
      const { n } = await db
        .selectFrom('notification_deliveries')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('status', '=', 'failed')
        .executeTakeFirstOrThrow();
      return Number(n);
    },

    /**
     * "Retry now": a failed or waiting delivery is due at once (one more attempt). Answers its
     * channel, or undefined when there is no such delivery or it was delivered.
     * @param {string} id @param {string} now
     */
    async retryNow(id, now) {
      const row = await db
        .updateTable('notification_deliveries')
        .set({ status: 'pending', next_attempt_at: now, updated_at: now })
        .where('id', '=', id)
        .where('status', 'in', ['failed', 'pending'])
        .returning(['channel', 'status'])
        .executeTakeFirst();
      return row?.channel;
    },
  };
}

/** @typedef {ReturnType<typeof notificationStore>} NotificationStore */
