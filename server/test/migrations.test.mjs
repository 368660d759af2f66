// A SQLite file written by the earlier reference collector (demo/collector/server.mjs) is
// upgraded in place at start: its rows stay, and gain the email hash erasure looks them up by.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, submissionStore } from '../src/index.js';
import { envelope } from './support.mjs';

/**
 * A SQLite file as the earlier reference collector wrote it, with these envelopes; removed after `run`.
 * @param {{ body: object, receivedAt: string }[]} rows @param {(file: string) => Promise<void>} run
 */
async function withOldFile(rows, run) {
  const dir = mkdtempSync(join(tmpdir(), 'digione-migrate-'));
  try {
    const file = join(dir, 'submissions.sqlite');
    const old = new Database(file);
    old.exec(`CREATE TABLE submissions (id TEXT PRIMARY KEY, type TEXT NOT NULL, received_at TEXT NOT NULL, body_sha256 TEXT NOT NULL,
      status INTEGER NOT NULL, response TEXT NOT NULL, envelope TEXT NOT NULL);
      CREATE INDEX submissions_by_type ON submissions (type, received_at DESC);`);
    const insert = old.prepare('INSERT INTO submissions VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const { body, receivedAt } of rows) insert.run(body.id, body.type, receivedAt, 'h', 201, '{}', JSON.stringify(body));
    old.close();
    await run(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('an old collector file is migrated: rows kept, email hashes filled in, migrations recorded once', async () => {
  const body = envelope();
  await withOldFile([{ body, receivedAt: new Date().toISOString() }], async (file) => {
    for (let start = 0; start < 2; start++) {
      const database = await openDatabase({ sqlitePath: file });
      const store = submissionStore(database.db);
      assert.equal((await store.rows()).length, 1);
      assert.equal(await store.eraseByEmail(start === 0 ? 'nobody@example.fi' : body.data.email), start === 0 ? 0 : 1);
      const names = await database.db
        .selectFrom(/** @type {any} */ ('kysely_migration'))
        .select('name')
        .execute();
      assert.deepEqual(
        names.map((row) => row.name),
        ['0001_submissions', '0002_personal_data', '0003_inbox', '0004_notifications'],
      );
      await database.db.destroy();
    }
  });
});

test('join requests and event registrations stored before the inbox (0003_inbox) are indexed for it: filter columns, interests, status "new", the event', async () => {
  const joinRequest = envelope('fi.digione.join.requested');
  const registration = envelope();
  const stored = [
    { body: joinRequest, receivedAt: '2026-01-02T03:04:05.000Z' },
    { body: registration, receivedAt: '2026-01-02T03:04:06.000Z' },
  ];
  await withOldFile(stored, async (file) => {
    const database = await openDatabase({ sqlitePath: file });
    try {
      const rows = await database.db.selectFrom('join_requests').selectAll().execute();
      assert.equal(rows.length, 1);
      assert.deepEqual(
        { ...rows[0], search_text: undefined },
        {
          submission_id: joinRequest.id,
          received_at: '2026-01-02T03:04:05.000Z',
          organisation_type: 'municipality',
          municipality_code: '091',
          municipality_name: 'Helsinki',
          timeframe: 'this-year',
          status: 'new',
          note: '',
          updated_at: '2026-01-02T03:04:05.000Z',
          search_text: undefined,
        },
      );
      assert.match(rows[0].search_text, /matti virtanen/);
      const interests = await database.db.selectFrom('join_request_interests').select('interest').orderBy('interest').execute();
      assert.deepEqual(
        interests.map((row) => row.interest),
        ['identity', 'learning-platform'],
      );
      const registrations = await database.db.selectFrom('event_registrations').select(['submission_id', 'event_id', 'received_at']).execute();
      assert.deepEqual(registrations, [{ submission_id: registration.id, event_id: 'digione-tietoisku-2026-09-15', received_at: '2026-01-02T03:04:06.000Z' }]);
    } finally {
      await database.db.destroy();
    }
  });
});
