// The notifications' contract on the embedded SQLite database.
import { notifyTests } from './notify-contract.mjs';

notifyTests('SQLite', async () => ({ options: { dbPath: ':memory:' }, cleanup: async () => {} }));
