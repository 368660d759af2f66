// The inbox's contract on PostgreSQL, in a database created for this run and dropped after it
// (one line and a skip without a server, unless DIGIONE_REQUIRE_POSTGRES=1).
import { test } from 'node:test';
import { inboxTests } from './inbox-contract.mjs';
import { createPostgresDatabase, postgresAvailable } from './support.mjs';

const available = await postgresAvailable();

if (available === true) {
  inboxTests('PostgreSQL', async () => {
    const database = await createPostgresDatabase();
    return { options: { databaseUrl: database.url }, cleanup: database.drop };
  });
} else {
  test('PostgreSQL inbox contract', { skip: available }, () => {});
}
