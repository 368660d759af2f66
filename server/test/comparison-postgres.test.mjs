// The comparison (GET /api/readiness/comparison) on PostgreSQL, in a database created for this
// run and dropped after it; one skipped line without a server (an error under
// DIGIONE_REQUIRE_POSTGRES=1).
import { test } from 'node:test';
import { comparisonTests } from './comparison-contract.mjs';
import { createPostgresDatabase, postgresAvailable } from './support.mjs';

const available = await postgresAvailable();

if (available === true) {
  comparisonTests('PostgreSQL', async () => {
    const database = await createPostgresDatabase();
    return { options: { databaseUrl: database.url }, cleanup: database.drop };
  });
} else {
  test('PostgreSQL comparison', { skip: available }, () => {});
}
