// The inbox's contract on PostgreSQL, in a database created for this run and dropped after it
// (one line and a skip without a server, unless DIGIONE_REQUIRE_POSTGRES=1).
import { inboxTests } from './inbox-contract.mjs';
import { onPostgres } from './support.mjs';

await onPostgres('PostgreSQL inbox contract', (database) => inboxTests('PostgreSQL', database));
