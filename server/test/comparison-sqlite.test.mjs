// The comparison (GET /api/readiness/comparison) on the embedded SQLite file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { comparisonTests } from './comparison-contract.mjs';

comparisonTests('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'digione-comparison-'));
  return { options: { dbPath: join(dir, 'submissions.sqlite') }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});
