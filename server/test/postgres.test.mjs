// The receiver's contract on PostgreSQL, in a database created for this run and dropped after it,
// and several instances on one database: two receiver processes, 200 concurrent copies of one
// envelope split across them → exactly one row, every answer 201 with the same body.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { contractTests } from './contract.mjs';
import { startReceiver } from '../src/index.js';
import { ORIGIN, createPostgresDatabase, envelope, post, onPostgres, spawnReceiver } from './support.mjs';

const available = await onPostgres('PostgreSQL contract', (database) => contractTests('PostgreSQL', database));

test(
  'two receiver processes on one PostgreSQL database: 200 concurrent copies of one envelope → one row',
  { skip: available !== true && available },
  async () => {
    const database = await createPostgresDatabase();
    const env = { DIGIONE_DATABASE_URL: database.url, DIGIONE_RATE_LIMIT: '100000', DIGIONE_ALLOWED_ORIGINS: 'http://localhost:8080' };
    // Both start together: the migrations' lock lets one of them create the tables.
    const receivers = [spawnReceiver(env), spawnReceiver(env)];
    try {
      const urls = await Promise.all(receivers.map((receiver) => receiver.started));
      const body = envelope('fi.digione.join.requested');
      const answers = await Promise.all(
        Array.from({ length: 200 }, (_, i) => post(urls[i % 2], body).then(async (response) => [response.status, await response.text()])),
      );
      assert.deepEqual(new Set(answers.map(([status]) => status)), new Set([201]));
      assert.equal(new Set(answers.map(([, text]) => text)).size, 1, 'every answer is the first one or its replay');
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const { rows } = await client.query('SELECT id FROM submissions');
      const { rows: migrations } = await client.query('SELECT name FROM kysely_migration ORDER BY name');
      await client.end();
      assert.deepEqual(rows, [{ id: body.id }]);
      assert.deepEqual(
        migrations.map((row) => row.name),
        ['0001_submissions', '0002_personal_data', '0003_inbox', '0004_notifications'],
      );
    } finally {
      for (const receiver of receivers) receiver.child.kill('SIGTERM');
      await Promise.all(receivers.map((receiver) => receiver.exited));
      await database.drop();
    }
  },
);

test('PostgreSQL gone: /readyz and POST answer 503 with Retry-After (the outbox retries), never 500', { skip: available !== true && available }, async () => {
  const database = await createPostgresDatabase();
  const receiver = await startReceiver({ port: 0, host: '127.0.0.1', databaseUrl: database.url, allowedOrigins: [ORIGIN], rateLimitPerMinute: 1000 });
  try {
    assert.equal((await post(receiver.url, envelope())).status, 201);
    await database.drop();
    for (let i = 0; i < 3; i++) {
      const response = await post(receiver.url, envelope());
      assert.equal(response.status, 503);
      assert.equal(response.headers.get('retry-after'), '5');
      assert.match(response.headers.get('content-type'), /application\/problem\+json/);
    }
    assert.equal((await fetch(`${receiver.url}/readyz`)).status, 503);
    assert.equal((await fetch(`${receiver.url}/healthz`)).status, 200);
  } finally {
    await receiver.close();
  }
});
