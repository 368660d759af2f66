// Versioned schema changes, applied in order at every start (Kysely's Migrator records them in
// kysely_migration and, on PostgreSQL, holds an advisory lock so instances starting together
// run each one once). Never edit a migration that has shipped: add the next one.
import { sql } from 'kysely';
import { emailHash, emailOf } from '../privacy.js';
import { parseStored } from '../safe-json.js';

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
        if (email) await db.updateTable('submissions').set({ email_sha256: emailHash(email) }).where('id', '=', row.id).execute();
      }
    },
  },
};

/** Migration names already applied (for /readyz and tests). */
export async function appliedMigrations(/** @type {AnyDb} */ db) {
  const result = await sql`select name from kysely_migration order by name`.execute(db);
  return result.rows.map((row) => /** @type {{ name: string }} */ (row).name);
}
