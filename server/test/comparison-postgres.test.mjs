// The comparison (GET /api/readiness/comparison) on PostgreSQL, in a database created for this
// run and dropped after it; one skipped line without a server (an error under
// DIGIONE_REQUIRE_POSTGRES=1).
import { comparisonTests } from './comparison-contract.mjs';
import { onPostgres } from './support.mjs';

await onPostgres('PostgreSQL comparison', (database) => comparisonTests('PostgreSQL', database));
