// The inbox's overview, readiness results, erase button and attendee pages on the embedded SQLite database.
import { inboxViewTests } from './inbox-views-contract.mjs';

inboxViewTests('SQLite', async () => ({ options: { dbPath: ':memory:' }, cleanup: async () => {} }));
