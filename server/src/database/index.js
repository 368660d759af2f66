// One query layer over two databases: the embedded SQLite file (better-sqlite3, the default,
// one instance) and PostgreSQL (pg, when DIGIONE_DATABASE_URL is set; any number of instances).
// Migrations run before anything else touches the tables.
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import Database from 'better-sqlite3';
import pg from 'pg';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrations } from './migrations.js';

/**
 * @typedef {object} SubmissionsTable
 * @property {string} id canonical envelope id: a lower-case UUID
 * @property {string} type
 * @property {string} received_at ISO 8601 UTC, so text order is time order on both databases
 * @property {string} body_sha256 fingerprint of the bytes that were posted (idempotency)
 * @property {number} status the answer given, replayed for a repeated request
 * @property {string} response
 * @property {string} envelope the envelope as JSON text (contact data removed after retention)
 * @property {string | null} email_sha256
 * @property {string | null} contact_erased_at
 */
/**
 * @typedef {object} UsersTable
 * @property {string} id
 * @property {string} email lower-case
 * @property {'admin' | 'viewer'} role
 * @property {string | null} password_hash scrypt (inbox/secrets.js)
 * @property {number} failed_attempts wrong passwords since the last sign-in or lock
 * @property {string | null} locked_until ISO time
 * @property {string} created_at
 */
/** @typedef {{ token_sha256: string, user_id: string, expires_at: string }} SignInLinksTable */
/** @typedef {{ id_sha256: string, user_id: string, csrf_token: string, created_at: string, expires_at: string }} SessionsTable */
/** @typedef {{ id: string, at: string, actor: string, action: string, target: string | null, detail: string | null }} AuditLogTable */
/**
 * @typedef {object} JoinRequestsTable
 * @property {string} submission_id
 * @property {string} received_at
 * @property {string} organisation_type
 * @property {string | null} municipality_code
 * @property {string | null} municipality_name
 * @property {string} timeframe
 * @property {string} status
 * @property {string} note the team's internal note
 * @property {string} updated_at
 * @property {string} search_text lower-cased, what the free-text search looks in
 */
/** @typedef {{ submission_id: string, event_id: string, event_title: string | null, event_start: string | null, received_at: string }} EventRegistrationsTable */
/**
 * @typedef {object} NotificationDeliveriesTable
 * @property {string} id
 * @property {string} submission_id
 * @property {'webhook' | 'email'} channel
 * @property {'pending' | 'delivered' | 'failed'} status
 * @property {number} attempts attempts made (counted when a worker claims the row)
 * @property {string} next_attempt_at ISO time: due then (while being sent: the claim's lease)
 * @property {string | null} last_error what went wrong last, without personal data
 * @property {string} created_at
 * @property {string} updated_at
 * @property {string | null} delivered_at
 */
/**
 * @typedef {{ submissions: SubmissionsTable, users: UsersTable, sign_in_links: SignInLinksTable, sessions: SessionsTable,
 *   audit_log: AuditLogTable, join_requests: JoinRequestsTable, join_request_interests: { submission_id: string, interest: string },
 *   event_registrations: EventRegistrationsTable, notification_deliveries: NotificationDeliveriesTable }} Tables
 */
/** @typedef {Kysely<Tables>} Db */

/**
 * @param {{ databaseUrl?: string, sqlitePath: string, log?: { error: (obj: object, msg: string) => void } }} options
 * @returns {Promise<{ db: Db, kind: 'sqlite' | 'postgres', ping: () => Promise<void> }>}
 */
export async function openDatabase({ databaseUrl, sqlitePath, log }) {
  /** @type {import('kysely').Dialect} */
  let dialect;
  /** @type {'sqlite' | 'postgres'} */
  let kind;
  if (databaseUrl) {
    kind = 'postgres';
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, connectionTimeoutMillis: 5000 });
    // An idle client losing its server must not take the process down; the next query reports it.
    pool.on('error', (error) => log?.error({ err: { message: error.message } }, 'PostgreSQL connection lost'));
    dialect = new PostgresDialect({ pool });
  } else {
    kind = 'sqlite';
    if (sqlitePath !== ':memory:') mkdirSync(dirname(sqlitePath), { recursive: true });
    const sqlite = new Database(sqlitePath);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    dialect = new SqliteDialect({ database: sqlite });
  }
  /** @type {Db} */
  const db = new Kysely({ dialect });
  try {
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    const { error } = await migrator.migrateToLatest();
    if (error) throw error;
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    db,
    kind,
    ping: async () => {
      await sql`select 1`.execute(db);
    },
  };
}
