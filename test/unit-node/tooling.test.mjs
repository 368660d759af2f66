// The project's own tooling: the size budget really fails when exceeded, and the generated
// municipality module matches its pinned source package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

test('the size budget fails when a limit is exceeded', { skip: !existsSync('dist/digione-widgets.js') && 'run after the build' }, () => {
  const run = spawnSync('node', ['scripts/size.mjs'], { env: { ...process.env, SIZE_BUDGET_SCALE: '0.1' }, encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stdout, /OVER/);
  assert.match(run.stderr, /size budget exceeded/);
});

test('src/data/municipalities.ts is what npm run data:municipalities generates', () => {
  const run = spawnSync('node', ['scripts/municipalities.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
});
