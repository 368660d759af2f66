// The inbox's overview, readiness results, erase button and attendee pages on PostgreSQL, in a
// database created for this run and dropped after it (one line and a skip without a server,
// unless DIGIONE_REQUIRE_POSTGRES=1).
import { test } from 'node:test';
import { inboxViewTests } from './inbox-views-contract.mjs';
import { createPostgresDatabase, postgresAvailable } from './support.mjs';

const available = await postgresAvailable();

if (available === true) {
  inboxViewTests('PostgreSQL', async () => {
    const database = await createPostgresDatabase();
    return { options: { databaseUrl: database.url }, cleanup: database.drop };
  });
} else {
  test('PostgreSQL inbox views contract', { skip: available }, () => {});
}
