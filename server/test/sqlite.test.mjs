// The receiver's contract on the embedded SQLite file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contractTests } from './contract.mjs';

contractTests('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'digione-receiver-'));
  return { options: { dbPath: join(dir, 'submissions.sqlite') }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});
