// Every query of the inbox's join requests: indexing a stored submission, the filtered list
// (cursor pages in a stable order: received_at, then submission id, newest first), one request
// with its envelope, and the status workflow.
import { sql } from 'kysely';
import { helsinkiDayStart, indexedJoinRequest } from '../inbox/join-request.js';
import { parseStored } from '../safe-json.js';

/** @typedef {import('./index.js').Db} Db */
/** @typedef {import('../inbox/join-request.js').Filters} Filters */
/** @typedef {import('./index.js').JoinRequestsTable & { envelope: string, contact_erased_at: string | null }} JoinRequestRow */

/**
 * Adds a stored join request to the inbox (in the transaction that stored it).
 * @param {import('kysely').Kysely<import('./index.js').Tables> | import('kysely').Transaction<import('./index.js').Tables>} db
 * @param {{ id: string, received_at: string, envelope: string }} stored
 */
export async function indexJoinRequest(db, stored) {
  const { row, interests } = indexedJoinRequest(stored, parseStored(stored.envelope));
  await db.insertInto('join_requests').values(row).execute();
  if (interests.length)
    await db
      .insertInto('join_request_interests')
      .values(interests.map((interest) => ({ submission_id: stored.id, interest })))
      .execute();
}

/** `%text%` for LIKE, its own wildcards escaped. @param {string} text */
const likePattern = (text) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** @param {Db} db */
export function joinRequestStore(db) {
  /** @param {Filters} filters */
  const filtered = (filters) => {
    let query = db.selectFrom('join_requests');
    if (filters.status) query = query.where('join_requests.status', '=', filters.status);
    if (filters.orgType) query = query.where('join_requests.organisation_type', '=', filters.orgType);
    if (filters.timeframe) query = query.where('join_requests.timeframe', '=', filters.timeframe);
    if (filters.interest) {
      const interest = filters.interest;
      query = query.where(
        'join_requests.submission_id',
        'in',
        db.selectFrom('join_request_interests').select('submission_id').where('interest', '=', interest),
      );
    }
    if (filters.from) query = query.where('join_requests.received_at', '>=', helsinkiDayStart(filters.from));
    if (filters.to) query = query.where('join_requests.received_at', '<', helsinkiDayStart(filters.to, 1));
    if (filters.q)
      query = query.where(/** @type {import('kysely').RawBuilder<boolean>} */ (sql`join_requests.search_text like ${likePattern(filters.q)} escape '\\'`));
    return query;
  };

  /**
   * One page, newest first, after the cursor.
   * @param {Filters} filters
   * @param {{ limit: number, after?: { receivedAt: string, id: string } }} page
   * @returns {Promise<JoinRequestRow[]>}
   */
  const page = (filters, { limit, after }) => {
    let query = filtered(filters);
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb('join_requests.received_at', '<', after.receivedAt),
          eb.and([eb('join_requests.received_at', '=', after.receivedAt), eb('join_requests.submission_id', '<', after.id)]),
        ]),
      );
    }
    return query
      .innerJoin('submissions', 'submissions.id', 'join_requests.submission_id')
      .selectAll('join_requests')
      .select(['submissions.envelope', 'submissions.contact_erased_at'])
      .orderBy('join_requests.received_at', 'desc')
      .orderBy('join_requests.submission_id', 'desc')
      .limit(limit)
      .execute();
  };

  return {
    page,

    /** @param {Filters} filters */
    async count(filters) {
      const { n } = await filtered(filters)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(n);
    },

    /**
     * Every matching row, newest first, a page at a time (the exports).
     * @param {Filters} filters
     * @returns {AsyncGenerator<JoinRequestRow>}
     */
    async *each(filters) {
      /** @type {{ receivedAt: string, id: string } | undefined} */
      let after;
      for (;;) {
        const rows = await page(filters, { limit: 500, after });
        yield* rows;
        if (rows.length < 500) return;
        const last = rows[rows.length - 1];
        after = { receivedAt: last.received_at, id: last.submission_id };
      }
    },

    /** @param {string} id @returns {Promise<JoinRequestRow | undefined>} */
    find: (id) =>
      db
        .selectFrom('join_requests')
        .innerJoin('submissions', 'submissions.id', 'join_requests.submission_id')
        .selectAll('join_requests')
        .select(['submissions.envelope', 'submissions.contact_erased_at'])
        .where('join_requests.submission_id', '=', id)
        .executeTakeFirst(),

    /**
     * Moves a request to a status with a note, only if it still has the status the form showed
     * (two people saving at once: the second is told). Answers whether it changed.
     * @param {string} id @param {{ from: string, to: string, note: string, now: string }} change
     */
    async setStatus(id, { from, to, note, now }) {
      const result = await db
        .updateTable('join_requests')
        .set({ status: to, note, updated_at: now })
        .where('submission_id', '=', id)
        .where('status', '=', from)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}

/** @typedef {ReturnType<typeof joinRequestStore>} JoinRequestStore */
