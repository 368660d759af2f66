// The notifications' contract on PostgreSQL, in a database created for each receiver and dropped
// after it (one line and a skip without a server, unless DIGIONE_REQUIRE_POSTGRES=1); and two
// instances on one database sending each notification once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startReceiver } from '../src/index.js';
import { notifyTests } from './notify-contract.mjs';
import { TEST_RECEIVER, createPostgresDatabase, onPostgres, post } from './support.mjs';
import { SAMPLE, joinRequest } from './inbox-support.mjs';
import { FAST, SECRET, until, webhookEndpoint } from './notify-support.mjs';

const available = await onPostgres('PostgreSQL notifications contract', (database) => notifyTests('PostgreSQL', database));

if (available === true) {
  test('PostgreSQL: two instances on one database send each of 40 notifications exactly once (rows claimed with FOR UPDATE SKIP LOCKED)', async () => {
    const database = await createPostgresDatabase();
    // Every third answer is a 500, so retries of one instance's rows meet the other's claims.
    const hook = await webhookEndpoint({ answers: Array.from({ length: 60 }, (_, i) => (i % 3 === 2 ? 500 : 200)) });
    const env = { DIGIONE_WEBHOOK_URL: hook.url, DIGIONE_WEBHOOK_SECRET: SECRET };
    const options = { ...TEST_RECEIVER, databaseUrl: database.url, env };
    const instances = [];
    try {
      instances.push(await startReceiver({ ...options, notifierTiming: { ...FAST, backoffMs: [10, 10, 10, 10] } }));
      instances.push(await startReceiver({ ...options, notifierTiming: { ...FAST, backoffMs: [10, 10, 10, 10] } }));
      const bodies = Array.from({ length: 40 }, (_, i) => joinRequest({ ...SAMPLE[i % 2] }));
      await Promise.all(bodies.map((body, i) => post(instances[i % 2].url, body).then((r) => assert.equal(r.status, 201))));
      await until(
        async () => {
          const rows = await instances[0].store.db.selectFrom('notification_deliveries').select('status').execute();
          return rows.length === 40 && rows.every((row) => row.status === 'delivered');
        },
        15_000,
        'every delivery',
      );
      const accepted = hook.requests.filter((r) => r.status === 200);
      assert.equal(accepted.length, 40);
      assert.deepEqual(new Set(accepted.map((r) => r.json.id)), new Set(bodies.map((b) => b.id)), 'each submission announced once');
      // Every attempt of a delivery is one request: no two instances sent the same attempt.
      const attempts = await instances[0].store.db
        .selectFrom('notification_deliveries')
        .select((eb) => eb.fn.sum('attempts').as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(hook.requests.length, Number(attempts.n));
      assert.ok(hook.requests.every((r) => r.verified));
    } finally {
      for (const instance of instances) await instance.close();
      await hook.close();
      await database.drop();
    }
  });
}
