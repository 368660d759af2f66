// npm test: every check in order, then one closing line "N passed, N failed" for the whole run.
// Stages: type check (widgets, then the receiver in server/), lint (type-aware, zero warnings),
// format check (Prettier), browser tests (unit + component, web-test-runner in Chromium), build,
// size budget, node tests (the receiver on SQLite and PostgreSQL, the reload test; node:test, real
// servers), e2e (built bundle, real page), wordpress (the plugin in a real WordPress 6.1 with
// MariaDB; skipped in one line without them unless DIGIONE_REQUIRE_WORDPRESS=1), consumers (the packed tarball installed in a Vite +
// TypeScript + React 19 app, built and run).
// A stage that is not a test runner counts as one check. Exit code 1 when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.slice(2);
const results = '.test-results';
rmSync(results, { recursive: true, force: true });

const stages = [
  { name: 'typecheck', cmd: ['npx', 'tsc', '-p', 'tsconfig.json'] },
  { name: 'typecheck-server', cmd: ['npx', 'tsc', '-p', 'server/tsconfig.json'] },
  { name: 'lint', cmd: ['npx', 'eslint', '--max-warnings', '0', '.'] },
  { name: 'format:check', cmd: ['npx', 'prettier', '--check', '.'] },
  { name: 'browser', cmd: ['npx', 'web-test-runner', '--config', 'web-test-runner.config.mjs'], counts: `${results}/wtr.json` },
  { name: 'build', cmd: ['node', 'scripts/build.mjs'] },
  { name: 'size', cmd: ['node', 'scripts/size.mjs'] },
  { name: 'node', cmd: nodeTests('server/test', 'test/collector', 'test/unit-node'), counts: `${results}/node.json` },
  { name: 'e2e', cmd: nodeTests('test/e2e'), counts: `${results}/e2e.json`, env: { COUNT_FILE: `${results}/e2e.json` } },
  { name: 'wordpress', cmd: nodeTests('test/wordpress'), counts: `${results}/wordpress.json`, env: { COUNT_FILE: `${results}/wordpress.json` } },
  { name: 'consumers', cmd: nodeTests('test/consumers'), counts: `${results}/consumers.json`, env: { COUNT_FILE: `${results}/consumers.json` } },
];

/** The `*.test.mjs` files below the folders: given a folder, node --test would also run its helpers (support.mjs, …) as tests. */
function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.mjs') && !entry.parentPath.includes('node_modules'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function nodeTests(...dirs) {
  const present = dirs.filter(existsSync).flatMap(testFiles);
  if (!present.length) return null;
  return [
    'node',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/count-reporter.mjs',
    '--test-reporter-destination=stdout',
    ...present,
  ];
}

let passed = 0;
let failed = 0;
const failures = [];
for (const stage of stages) {
  if (only.length && !only.includes(stage.name)) continue;
  if (!stage.cmd) continue; // no test folder for it yet
  console.log(`\n=== ${stage.name}: ${stage.cmd.join(' ')}`);
  const run = spawnSync(stage.cmd[0], stage.cmd.slice(1), { stdio: 'inherit', env: { ...process.env, ...stage.env } });
  const ok = run.status === 0;
  if (stage.counts && existsSync(stage.counts)) {
    const counts = JSON.parse(readFileSync(stage.counts, 'utf8'));
    passed += counts.passed;
    failed += counts.failed;
    if (!ok && counts.failed === 0) failed += 1; // the runner failed without a failing test
  } else if (ok) {
    passed += 1;
  } else {
    failed += 1;
  }
  if (!ok) failures.push(stage.name);
}
if (failures.length) console.log(`\nfailed stages: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
