// The demo's example readiness results (demo/seed.mjs): they fit the built-in questionnaire, go
// through the real POST /api/submissions once, and fill the comparison nationally and in every
// size band, so a newcomer running `npm start` sees it with numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { startReceiver } from 'digione-receiver';
import { SEED_MUNICIPALITIES, SEED_SOURCE, seedDemo, seedEnvelope } from '../../demo/seed.mjs';

async function importTs(entry) {
  const out = await build({ entryPoints: [entry], bundle: true, format: 'esm', write: false, platform: 'neutral', logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

test('the example results fit the built-in questionnaire: its id, version, areas, question counts and levels', async () => {
  const { DEFAULT_QUESTIONNAIRE } = await importTs('src/readiness/default-questionnaire.ts');
  const { levelFor } = await importTs('src/readiness/scoring.ts');
  for (const municipality of SEED_MUNICIPALITIES) {
    const { source, data } = seedEnvelope(municipality);
    assert.equal(source, SEED_SOURCE);
    assert.deepEqual(data.questionnaire, { id: DEFAULT_QUESTIONNAIRE.id, version: DEFAULT_QUESTIONNAIRE.version });
    assert.deepEqual(
      data.scores.areas.map((area) => [area.id, area.total]),
      DEFAULT_QUESTIONNAIRE.areas.map((area) => [area.id, area.questions.length]),
    );
    assert.equal(data.scores.level, levelFor(DEFAULT_QUESTIONNAIRE, data.scores.overall).id, municipality[1]);
  }
});

test('seeding posts through the API once; the comparison is then published nationally and in each size band', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'digione-seed-'));
  const receiver = await startReceiver({ port: 0, host: '127.0.0.1', dbPath: join(dir, 'submissions.sqlite'), token: undefined });
  try {
    assert.equal(await seedDemo(receiver), SEED_MUNICIPALITIES.length);
    assert.equal(await seedDemo(receiver), 0, 'not again');
    const rows = await receiver.store.rows({ type: 'fi.digione.readiness.completed' });
    assert.equal(rows.length, SEED_MUNICIPALITIES.length);
    assert.ok(rows.every((row) => row.envelope.source === SEED_SOURCE));
    for (const band of [undefined, 'under-1000', '1000-5000', 'over-5000']) {
      const params = new URLSearchParams({ questionnaire: 'digione-readiness', version: '1.0.0', ...(band ? { band } : {}) });
      const answer = await (await fetch(`${receiver.url}/api/readiness/comparison?${params}`)).json();
      assert.ok(answer.overall.n >= 5, `${band ?? 'national'}: ${JSON.stringify(answer.overall)}`);
      assert.equal(answer.areas.length, 8);
      assert.ok(answer.areas.every((area) => area.n >= 5 && area.p25 <= area.median && area.median <= area.p75));
    }
  } finally {
    await receiver.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
