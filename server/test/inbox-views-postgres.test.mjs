// The inbox's overview, readiness results, erase button and attendee pages on PostgreSQL, in a
// database created for this run and dropped after it (one line and a skip without a server,
// unless DIGIONE_REQUIRE_POSTGRES=1).
import { inboxViewTests } from './inbox-views-contract.mjs';
import { onPostgres } from './support.mjs';

await onPostgres('PostgreSQL inbox views contract', (database) => inboxViewTests('PostgreSQL', database));
