// Versioned schema changes, applied in order at every start (Kysely's Migrator records them in
// kysely_migration and, on PostgreSQL, holds an advisory lock so instances starting together
// run each one once). Never edit a migration that has shipped: add the next one.
import { sql } from 'kysely';
import { emailHash, emailOf } from '../privacy.js';
import { parseStored } from '../safe-json.js';
import { JOIN_TYPE, indexedJoinRequest } from '../inbox/join-request.js';
import { EVENT_TYPE, indexedEventRegistration } from '../inbox/event-registration.js';

/** @typedef {import('kysely').Kysely<any>} AnyDb */

/** @type {Record<string, import('kysely/migration').Migration>} */
export const migrations = {
  // The table of the first reference collector (demo/collector/server.mjs), so its files upgrade.
  '0001_submissions': {
    async up(/** @type {AnyDb} */ db) {
      await db.schema
        .createTable('submissions')
        .ifNotExists()
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('type', 'text', (column) => column.notNull())
        .addColumn('received_at', 'text', (column) => column.notNull())
        .addColumn('body_sha256', 'text', (column) => column.notNull())
        .addColumn('status', 'integer', (column) => column.notNull())
        .addColumn('response', 'text', (column) => column.notNull())
        .addColumn('envelope', 'text', (column) => column.notNull())
        .execute();
      await db.schema.createIndex('submissions_by_type').ifNotExists().on('submissions').columns(['type', 'received_at']).execute();
    },
  },
  // Retention and erasure: who a submission belongs to (a hash of the email), and when its contact
  // data was erased. Rows stored before this are given their hash here.
  '0002_personal_data': {
    async up(/** @type {AnyDb} */ db) {
      await db.schema.alterTable('submissions').addColumn('email_sha256', 'text').execute();
      await db.schema.alterTable('submissions').addColumn('contact_erased_at', 'text').execute();
      await db.schema.createIndex('submissions_by_email').on('submissions').column('email_sha256').execute();
      await db.schema.createIndex('submissions_by_received').on('submissions').column('received_at').execute();
      const rows = await db.selectFrom('submissions').select(['id', 'envelope']).execute();
      for (const row of rows) {
        const email = emailOf(parseStored(row.envelope));
        if (email)
          await db
            .updateTable('submissions')
            .set({ email_sha256: emailHash(email) })
            .where('id', '=', row.id)
            .execute();
      }
    },
  },
  // The inbox: named users, their sessions and one-time sign-in links (only hashes of the
  // tokens), the audit log, per join request its filter columns (one index each, so the list
  // stays fast with any filter), its status and internal note, and per event registration its
  // event. Submissions stored before this are indexed here.
  '0003_inbox': {
    async up(/** @type {AnyDb} */ db) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('email', 'text', (column) => column.notNull().unique())
        .addColumn('role', 'text', (column) => column.notNull())
        .addColumn('password_hash', 'text')
        .addColumn('failed_attempts', 'integer', (column) => column.notNull().defaultTo(0))
        .addColumn('locked_until', 'text')
        .addColumn('created_at', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createTable('sign_in_links')
        .addColumn('token_sha256', 'text', (column) => column.primaryKey())
        .addColumn('user_id', 'text', (column) => column.notNull())
        .addColumn('expires_at', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id_sha256', 'text', (column) => column.primaryKey())
        .addColumn('user_id', 'text', (column) => column.notNull())
        .addColumn('csrf_token', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('expires_at', 'text', (column) => column.notNull())
        .execute();
      await db.schema.createIndex('sessions_by_expiry').on('sessions').column('expires_at').execute();
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('at', 'text', (column) => column.notNull())
        .addColumn('actor', 'text', (column) => column.notNull())
        .addColumn('action', 'text', (column) => column.notNull())
        .addColumn('target', 'text')
        .addColumn('detail', 'text')
        .execute();
      await db.schema.createIndex('audit_by_time').on('audit_log').columns(['at', 'id']).execute();
      await db.schema.createIndex('audit_by_target').on('audit_log').columns(['target', 'at']).execute();
      await db.schema
        .createTable('join_requests')
        .addColumn('submission_id', 'text', (column) => column.primaryKey())
        .addColumn('received_at', 'text', (column) => column.notNull())
        .addColumn('organisation_type', 'text', (column) => column.notNull())
        .addColumn('municipality_code', 'text')
        .addColumn('municipality_name', 'text')
        .addColumn('timeframe', 'text', (column) => column.notNull())
        .addColumn('status', 'text', (column) => column.notNull())
        .addColumn('note', 'text', (column) => column.notNull())
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .addColumn('search_text', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createTable('join_request_interests')
        .addColumn('submission_id', 'text', (column) => column.notNull())
        .addColumn('interest', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('join_request_interests_pk', ['submission_id', 'interest'])
        .execute();
      // The list is ordered by (received_at, submission_id), newest first; each filter column leads
      // an index that continues in that order.
      await db.schema.createIndex('join_requests_by_received').on('join_requests').columns(['received_at', 'submission_id']).execute();
      for (const column of ['status', 'organisation_type', 'timeframe', 'municipality_code']) {
        await db.schema.createIndex(`join_requests_by_${column}`).on('join_requests').columns([column, 'received_at', 'submission_id']).execute();
      }
      await db.schema.createIndex('join_request_interests_by_interest').on('join_request_interests').columns(['interest', 'submission_id']).execute();
      // Event registrations by event (the attendee lists).
      await db.schema
        .createTable('event_registrations')
        .addColumn('submission_id', 'text', (column) => column.primaryKey())
        .addColumn('event_id', 'text', (column) => column.notNull())
        .addColumn('event_title', 'text')
        .addColumn('event_start', 'text')
        .addColumn('received_at', 'text', (column) => column.notNull())
        .execute();
      await db.schema.createIndex('event_registrations_by_event').on('event_registrations').columns(['event_id', 'received_at', 'submission_id']).execute();
      const registrations = await db.selectFrom('submissions').select(['id', 'received_at', 'envelope']).where('type', '=', EVENT_TYPE).execute();
      for (const stored of registrations)
        await db
          .insertInto('event_registrations')
          .values(indexedEventRegistration(stored, parseStored(stored.envelope)))
          .execute();
      const rows = await db.selectFrom('submissions').select(['id', 'received_at', 'envelope', 'contact_erased_at']).where('type', '=', JOIN_TYPE).execute();
      for (const stored of rows) {
        const { row, interests } = indexedJoinRequest(stored, parseStored(stored.envelope));
        await db.insertInto('join_requests').values(row).execute();
        for (const interest of interests) await db.insertInto('join_request_interests').values({ submission_id: stored.id, interest }).execute();
      }
    },
  },
  // Notifications: one delivery per (submission, channel), written in the transaction that stores
  // the submission; the worker (notifications/worker.js) claims due rows, sends, and records the
  // outcome. Submissions stored before this are not notified.
  '0004_notifications': {
    async up(/** @type {AnyDb} */ db) {
      await db.schema
        .createTable('notification_deliveries')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('submission_id', 'text', (column) => column.notNull())
        .addColumn('channel', 'text', (column) => column.notNull())
        .addColumn('status', 'text', (column) => column.notNull())
        .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text', (column) => column.notNull())
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .addColumn('delivered_at', 'text')
        .addUniqueConstraint('notification_deliveries_once', ['submission_id', 'channel'])
        .execute();
      // The worker's claim (status, then due time) and the inbox's list (newest first).
      await db.schema.createIndex('notification_deliveries_due').on('notification_deliveries').columns(['status', 'next_attempt_at']).execute();
      await db.schema.createIndex('notification_deliveries_by_created').on('notification_deliveries').columns(['created_at', 'id']).execute();
    },
  },
};

/** Migration names already applied (for /readyz and tests). */
export async function appliedMigrations(/** @type {AnyDb} */ db) {
  const result = await sql`select name from kysely_migration order by name`.execute(db);
  return result.rows.map((row) => /** @type {{ name: string }} */ (row).name);
}
