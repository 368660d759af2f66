// Every query on the submissions table. The database, not the process, decides that one id is
// one row: the insert does nothing on a conflicting id and the caller then reads the winner.
import { emailHash, withoutContact } from '../privacy.js';
import { parseStored } from '../safe-json.js';
import { JOIN_TYPE, searchText } from '../inbox/join-request.js';
import { indexJoinRequest } from './join-requests.js';
import { EVENT_TYPE, indexedEventRegistration } from '../inbox/event-registration.js';
import { enqueueNotifications } from './notifications.js';

/** @typedef {import('./index.js').Db} Db */
/** @typedef {import('./index.js').SubmissionsTable} SubmissionsTable */
/** @typedef {{ body_sha256: string, status: number, response: string }} StoredAnswer */
/** @typedef {{ id: string, type: string, received_at: string, envelope: string }} ListedRow */

const BATCH = 500;

/**
 * @param {Db} db
 * @param {{ notificationChannels?: import('../notifications/message.js').Channel[], onNotification?: () => void }} [notifications]
 *   the channels a new submission is announced on (a delivery each, in the same transaction), and
 *   what to call once it is stored (wakes the sender)
 */
export function submissionStore(db, { notificationChannels = [], onNotification } = {}) {
  /** @param {string} id @returns {Promise<StoredAnswer | undefined>} */
  const find = (id) => db.selectFrom('submissions').select(['body_sha256', 'status', 'response']).where('id', '=', id).executeTakeFirst();

  /** @param {string | undefined} type */
  const ofType = (type) => {
    let query = db.selectFrom('submissions');
    if (type) query = query.where('type', '=', type);
    return query;
  };

  /** @param {string | undefined} type @param {number} limit @param {number} offset */
  const newestFirst = (type, limit, offset) =>
    ofType(type).select(['id', 'type', 'received_at', 'envelope']).orderBy('received_at', 'desc').orderBy('id').limit(limit).offset(offset).execute();

  /**
   * Keeps of one submission what retention keeps (privacy.js withoutContact) and marks it erased.
   * @param {{ id: string, type: string, envelope: string }} row @param {string} now
   */
  async function eraseContactOf(row, now) {
    const kept = withoutContact(parseStored(row.envelope), row);
    await db
      .updateTable('submissions')
      .set({ envelope: JSON.stringify(kept), email_sha256: null, contact_erased_at: now })
      .where('id', '=', row.id)
      .execute();
    // The inbox's search no longer finds the person either.
    if (row.type === JOIN_TYPE)
      await db
        .updateTable('join_requests')
        .set({ search_text: searchText(kept.data) })
        .where('submission_id', '=', row.id)
        .execute();
  }

  return {
    db,
    find,

    /**
     * Erasure of one submission's contact data (the inbox's erase button): the same as retention
     * does to an old one. Answers its type, or undefined when there is no such submission or its
     * contact data is gone already.
     * @param {string} id @param {string} now
     */
    async eraseContact(id, now) {
      const row = await db
        .selectFrom('submissions')
        .select(['id', 'type', 'envelope'])
        .where('id', '=', id)
        .where('contact_erased_at', 'is', null)
        .executeTakeFirst();
      if (!row) return undefined;
      await eraseContactOf(row, now);
      return row.type;
    },

    /** One submission's type, envelope and erasure time (the inbox's erase page). @param {string} id */
    stored: (id) => db.selectFrom('submissions').select(['id', 'type', 'received_at', 'envelope', 'contact_erased_at']).where('id', '=', id).executeTakeFirst(),

    /**
     * Stores the row unless its id is already there; either way answers with the stored row.
     * @param {SubmissionsTable} row
     * @returns {Promise<{ inserted: boolean, stored: StoredAnswer }>}
     */
    async save(row) {
      // A join request or an event registration enters the inbox in the same transaction.
      const inserted = await db.transaction().execute(async (trx) => {
        const result = await trx
          .insertInto('submissions')
          .values(row)
          .onConflict((conflict) => conflict.column('id').doNothing())
          .returning('id')
          .executeTakeFirst();
        if (result && row.type === JOIN_TYPE) await indexJoinRequest(trx, row);
        if (result && row.type === EVENT_TYPE)
          await trx
            .insertInto('event_registrations')
            .values(indexedEventRegistration(row, parseStored(row.envelope)))
            .execute();
        if (result) await enqueueNotifications(trx, row.id, notificationChannels, row.received_at);
        return result;
      });
      if (inserted && notificationChannels.length) onNotification?.();
      if (inserted) return { inserted: true, stored: row };
      const stored = await find(row.id);
      if (!stored) throw new Error('A conflicting row vanished between insert and read.');
      return { inserted: false, stored };
    },

    /**
     * One page, newest first.
     * @param {{ type?: string, limit: number, offset: number }} query
     * @returns {Promise<{ total: number, rows: ListedRow[] }>}
     */
    async page({ type, limit, offset }) {
      const count = await ofType(type)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return { total: Number(count.n), rows: await newestFirst(type, limit, offset) };
    },

    /**
     * Every row (newest first), a batch at a time, for the exports.
     * @param {{ type?: string }} query
     * @returns {AsyncGenerator<ListedRow>}
     */
    async *each({ type }) {
      for (let offset = 0; ; offset += BATCH) {
        const rows = await newestFirst(type, BATCH, offset);
        yield* rows;
        if (rows.length < BATCH) return;
      }
    },

    /**
     * Erasure on request: removes every submission naming this email; answers how many.
     * @param {string} email
     */
    async eraseByEmail(email) {
      return db.transaction().execute(async (trx) => {
        const named = trx.selectFrom('submissions').select('id').where('email_sha256', '=', emailHash(email));
        await trx.deleteFrom('join_request_interests').where('submission_id', 'in', named).execute();
        await trx.deleteFrom('join_requests').where('submission_id', 'in', named).execute();
        await trx.deleteFrom('event_registrations').where('submission_id', 'in', named).execute();
        await trx.deleteFrom('notification_deliveries').where('submission_id', 'in', named).execute();
        const result = await trx.deleteFrom('submissions').where('email_sha256', '=', emailHash(email)).executeTakeFirst();
        return Number(result.numDeletedRows);
      });
    },

    /**
     * Retention: erases the contact data of every submission received before `cutoff` (ISO
     * time) and not erased yet; keeps the rest for statistics. Answers how many.
     * @param {string} cutoff
     * @param {string} now
     */
    async expireContacts(cutoff, now) {
      let erased = 0;
      for (;;) {
        const rows = await db
          .selectFrom('submissions')
          .select(['id', 'type', 'envelope'])
          .where('received_at', '<', cutoff)
          .where('contact_erased_at', 'is', null)
          .limit(BATCH)
          .execute();
        for (const row of rows) await eraseContactOf(row, now);
        erased += rows.length;
        if (rows.length < BATCH) return erased;
      }
    },

    /**
     * Stored rows, oldest first (tests and the test runner's collector plugin).
     * @param {{ id?: string, type?: string }} [query]
     */
    async rows({ id, type } = {}) {
      let query = ofType(type).select(['id', 'type', 'received_at', 'envelope']);
      if (id) query = query.where('id', '=', id);
      const rows = await query.orderBy('received_at').orderBy('id').execute();
      return rows.map((row) => ({
        id: row.id,
        type: row.type,
        receivedAt: row.received_at,
        envelope: parseStored(row.envelope),
      }));
    },

    /** Deletes every row (the test runner's reset between tests). */
    async clear() {
      await db.deleteFrom('join_request_interests').execute();
      await db.deleteFrom('join_requests').execute();
      await db.deleteFrom('event_registrations').execute();
      await db.deleteFrom('notification_deliveries').execute();
      await db.deleteFrom('submissions').execute();
    },
  };
}

/** @typedef {ReturnType<typeof submissionStore>} SubmissionStore */
