// npm run bench:receiver — load and crash figures for BENCHMARKS.md ("The receiver").
// The receiver runs as its own process (the `digione-receiver` command, JSON logs at info level
// to /dev/null) on 127.0.0.1, on SQLite and on PostgreSQL (a database created for the run and
// dropped after it). Bounded: a fixed number of requests per run, a fixed time per crash round.
//
// 1. autocannon, 10 and 100 connections, each request a new envelope with its own id and
//    Idempotency-Key: requests/s, latency p50/p99, answers 2xx and non-2xx, and the rows the
//    database gained (must equal the 2xx answers).
// 2. Crash rounds: 50 clients post new envelopes, the process is killed with SIGKILL after 2 s,
//    restarted on the same database, and every acknowledged (2xx) id is looked up: the count of
//    missing ones must be 0.
import autocannon from 'autocannon';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../src/index.js';
import { BIN, createPostgresDatabase, envelope, postgresAvailable } from '../test/support.mjs';

const RUNS = [
  { connections: 10, amount: 8000 },
  { connections: 100, amount: 10000 },
];
const CRASH_ROUNDS = 3;
const CRASH_AFTER_MS = 2000;
const ORIGIN = 'http://localhost:8080';
const MARK_START = '<!-- receiver-bench:start -->';
const MARK_END = '<!-- receiver-bench:end -->';

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });

/** Starts the receiver process and waits until /readyz answers. */
async function startProcess(databaseEnv) {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN], {
    env: { ...process.env, ...databaseEnv, DIGIONE_COLLECTOR_PORT: String(port), DIGIONE_RATE_LIMIT: '1000000', DIGIONE_ALLOWED_ORIGINS: ORIGIN },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  for (let tries = 0; tries < 200; tries++) {
    if (child.exitCode !== null) throw new Error('the receiver exited at start');
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { child, url, exited };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the receiver did not become ready');
}

/** The rows in the database, read through the package's own query layer. */
async function withDb(databaseEnv, run) {
  const database = await openDatabase({ databaseUrl: databaseEnv.DIGIONE_DATABASE_URL, sqlitePath: databaseEnv.DIGIONE_DB ?? ':memory:' });
  try {
    return await run(database.db);
  } finally {
    await database.db.destroy();
  }
}
const countRows = (databaseEnv) =>
  withDb(databaseEnv, async (db) =>
    Number(
      (
        await db
          .selectFrom('submissions')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
  );

function load(url, { connections, amount }) {
  return autocannon({
    url: `${url}/api/submissions`,
    connections,
    amount,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const body = envelope('fi.digione.join.requested');
          return {
            ...request,
            headers: { 'content-type': 'application/cloudevents+json', origin: ORIGIN, 'idempotency-key': `"${body.id}"` },
            body: JSON.stringify(body),
          };
        },
      },
    ],
  });
}

async function loadRuns(name, databaseEnv) {
  const receiver = await startProcess(databaseEnv);
  const results = [];
  try {
    await load(receiver.url, { connections: 10, amount: 500 }); // warm-up
    for (const run of RUNS) {
      const before = await countRows(databaseEnv);
      // req/s from the first request to the last answer (autocannon's own duration is in whole
      // seconds, too coarse for a run of a few seconds).
      const begun = performance.now();
      let last = begun;
      const instance = load(receiver.url, run);
      instance.on('response', () => (last = performance.now()));
      const result = await instance;
      const seconds = (last - begun) / 1000;
      const rows = (await countRows(databaseEnv)) - before;
      results.push({
        database: name,
        connections: run.connections,
        requests: result.requests.total,
        rps: Math.round(result.requests.total / seconds),
        p50: result.latency.p50,
        p99: result.latency.p99,
        ok: result['2xx'],
        notOk: result.non2xx + result.errors + result.timeouts,
        rows,
      });
      console.log(JSON.stringify(results.at(-1)));
    }
  } finally {
    receiver.child.kill('SIGTERM');
    await receiver.exited;
  }
  return results;
}

async function crashRound(databaseEnv) {
  const receiver = await startProcess(databaseEnv);
  const acknowledged = [];
  let sent = 0;
  let stop = false;
  const client = async () => {
    while (!stop) {
      const body = envelope('fi.digione.event.registered');
      sent += 1;
      try {
        const response = await fetch(`${receiver.url}/api/submissions`, {
          method: 'POST',
          headers: { 'content-type': 'application/cloudevents+json', origin: ORIGIN, 'idempotency-key': `"${body.id}"` },
          body: JSON.stringify(body),
        });
        if (response.ok) acknowledged.push(body.id);
        await response.arrayBuffer();
      } catch {
        // the connection died with the process: not acknowledged, the widget's outbox would retry
      }
    }
  };
  const clients = Array.from({ length: 50 }, client);
  await new Promise((r) => setTimeout(r, CRASH_AFTER_MS));
  receiver.child.kill('SIGKILL');
  await receiver.exited;
  stop = true;
  await Promise.all(clients);
  const restarted = await startProcess(databaseEnv);
  const stored = await withDb(databaseEnv, async (db) => new Set((await db.selectFrom('submissions').select('id').execute()).map((row) => row.id)));
  restarted.child.kill('SIGTERM');
  await restarted.exited;
  const missing = acknowledged.filter((id) => !stored.has(id)).length;
  return { sent, acknowledged: acknowledged.length, missing };
}

async function benchDatabase(name, databaseEnv) {
  const loads = await loadRuns(name, databaseEnv);
  const crashes = [];
  for (let round = 0; round < CRASH_ROUNDS; round++) {
    crashes.push({ database: name, round: round + 1, ...(await crashRound(databaseEnv)) });
    console.log(JSON.stringify(crashes.at(-1)));
  }
  return { loads, crashes };
}

const started = Date.now();
const loadAtStart = os.loadavg()[0];
const dir = mkdtempSync(join(os.tmpdir(), 'digione-bench-'));
const all = { loads: [], crashes: [] };
try {
  const sqlite = await benchDatabase('SQLite', { DIGIONE_DB: join(dir, 'bench.sqlite') });
  all.loads.push(...sqlite.loads);
  all.crashes.push(...sqlite.crashes);
  if ((await postgresAvailable()) === true) {
    const database = await createPostgresDatabase();
    try {
      const postgres = await benchDatabase('PostgreSQL', { DIGIONE_DATABASE_URL: database.url });
      all.loads.push(...postgres.loads);
      all.crashes.push(...postgres.crashes);
    } finally {
      await database.drop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
const lines = [
  MARK_START,
  '## The receiver (server/): load and crash figures',
  '',
  `Generated by \`npm run bench:receiver\` (server/bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}, commit \`${commit}\`;`,
  `${os.cpus().length} cores (${os.cpus()[0].model.trim()}), Node ${process.version}; the run took ${Math.round((Date.now() - started) / 1000)} s.`,
  `The CPU is shared: autocannon, the receiver process and PostgreSQL run on the same cores, and on the`,
  `machine of this run other work ran too (load average ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end),`,
  'so read the figures as a floor, not a capacity; they vary by about ±30 % from run to run here.',
  '',
  'Each request posts a new `fi.digione.join.requested` envelope (own id and Idempotency-Key) to a',
  '`digione-receiver` process on 127.0.0.1 (JSON logs at info level), SQLite in WAL mode or',
  'PostgreSQL 15 (pool of 10). "rows stored" is what the database gained during the run.',
  '',
  '| database | connections | requests | req/s | p50 ms | p99 ms | 2xx | not 2xx | rows stored |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...all.loads.map((r) => `| ${r.database} | ${r.connections} | ${r.requests} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.ok} | ${r.notOk} | ${r.rows} |`),
  '',
  `Crash rounds: 50 clients post new envelopes; after ${CRASH_AFTER_MS / 1000} s the process gets SIGKILL, is started`,
  'again on the same database, and every id answered 2xx is looked up.',
  '',
  '| database | crash round | requests sent | acknowledged (2xx) | acknowledged but missing after restart |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...all.crashes.map((r) => `| ${r.database} | ${r.round} | ${r.sent} | ${r.acknowledged} | ${r.missing} |`),
  MARK_END,
];
console.log(`\n${lines.join('\n')}`);
const results = fileURLToPath(new URL('./.results/', import.meta.url));
mkdirSync(results, { recursive: true });
writeFileSync(join(results, 'latest.json'), JSON.stringify(all, null, 2));
// BENCHMARKS.md: this section is replaced between its markers (appended the first time).
const out = process.env.BENCH_OUT ?? fileURLToPath(new URL('../../BENCHMARKS.md', import.meta.url));
const text = existsSync(out) ? readFileSync(out, 'utf8') : '# Benchmarks\n';
const section = lines.join('\n');
const at = text.indexOf(MARK_START);
const end = text.indexOf(MARK_END);
writeFileSync(out, at >= 0 && end > at ? `${text.slice(0, at)}${section}${text.slice(end + MARK_END.length)}` : `${text.trimEnd()}\n\n${section}\n`);
const failed = all.loads.some((r) => r.rows !== r.ok) || all.crashes.some((r) => r.missing > 0);
if (failed) console.log('FAILED: rows stored differ from 2xx answers, or an acknowledged submission is missing');
process.exit(failed ? 1 : 0);
