// npm run bench:inbox -w digione-receiver — how fast the inbox's join-request list answers with
// 10,000 join requests, on SQLite and on PostgreSQL (a database created for the run and dropped
// after it): per filter the median and the slowest of 7 requests of the whole page (signed in,
// HTML rendered), written to ../BENCHMARKS.md between the inbox-bench markers.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { startReceiver } from '../src/index.js';
import { createPostgresDatabase, postgresAvailable, storedRow } from '../test/support.mjs';
import { addUsers, browserClient, joinRequest, signIn } from '../test/inbox-support.mjs';
import { INTERESTS, ORGANISATION_TYPES, STATUSES, TIMEFRAMES } from '../src/inbox/join-request.js';

const ROWS = 10_000;
const REPEAT = 7;
const MARK_START = '<!-- inbox-bench:start -->';
const MARK_END = '<!-- inbox-bench:end -->';
const MUNICIPALITIES = [
  ['091', 'Helsinki'],
  ['049', 'Espoo'],
  ['837', 'Tampere'],
  ['564', 'Oulu'],
  ['853', 'Turku'],
  ['179', 'Jyväskylä'],
  ['398', 'Lahti'],
  ['297', 'Kuopio'],
];

/** A deterministic pseudo-random sequence, so every run loads the same rows. */
function random(seed) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const FILTERS = [
  ['no filter', ''],
  ['status', 'status=contacted'],
  ['organisation type', 'orgType=joint-authority'],
  ['interest', 'interest=identity'],
  ['timeframe', 'timeframe=next-term'],
  ['date range (one month)', 'from=2026-03-01&to=2026-03-31'],
  ['free text', 'q=jyv%C3%A4skyl%C3%A4'],
  ['free text, no match', 'q=zzzz'],
  ['all filters together', 'status=new&orgType=municipality&interest=data&timeframe=this-term&from=2026-01-01&to=2026-12-31&q=helsinki'],
  ['page 2 (cursor)', 'NEXT'],
];

async function measure(label, options) {
  const receiver = await startReceiver({ ...options, port: 0, host: '127.0.0.1', rateLimitPerMinute: 1_000_000, signInPerMinute: 1000 });
  try {
    const next = random(42);
    const pick = (list) => list[Math.floor(next() * list.length)];
    const start = Date.UTC(2026, 0, 1);
    const loadStarted = performance.now();
    for (let i = 0; i < ROWS; i++) {
      const [code, name] = pick(MUNICIPALITIES);
      const orgType = pick(ORGANISATION_TYPES);
      const body = joinRequest({
        organisationType: orgType,
        municipality: { code, name },
        interests: INTERESTS.filter(() => next() < 0.4),
        timeframe: pick(TIMEFRAMES),
        contactName: `Henkilö ${i}`,
        email: `henkilo${i}@example.fi`,
      });
      const receivedAt = new Date(start + Math.floor(next() * 330 * 86400_000)).toISOString();
      await receiver.store.save(storedRow(body, receivedAt));
      const status = pick(STATUSES);
      if (status !== 'new') await receiver.store.db.updateTable('join_requests').set({ status }).where('submission_id', '=', body.id).execute();
    }
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    await addUsers(receiver, { 'bench@example.fi': 'viewer' });
    const client = browserClient(receiver.url);
    await signIn(client, 'bench@example.fi');
    const results = [];
    for (const [name, query] of FILTERS) {
      let path = `/inbox/join-requests?${query}`;
      if (query === 'NEXT') {
        const first = await client.request('/inbox/join-requests');
        path = /href="(\/inbox\/join-requests\?after=[^"]+)"/.exec(first.text)[1];
      }
      const times = [];
      let count = '';
      for (let i = 0; i < REPEAT; i++) {
        const began = performance.now();
        const page = await client.request(path);
        times.push(performance.now() - began);
        if (page.status !== 200) throw new Error(`${name}: ${page.status}`);
        count = /<p role="status">([^<]*)</.exec(page.text)?.[1] ?? '';
      }
      times.sort((a, b) => a - b);
      results.push({ name, count, median: times[Math.floor(REPEAT / 2)], max: times[REPEAT - 1] });
      console.log(label, name, count, times.map((t) => t.toFixed(0)).join(' '));
    }
    return { label, loadSeconds, results };
  } finally {
    await receiver.close();
  }
}

const runs = [await measure('SQLite', { dbPath: ':memory:' })];
if ((await postgresAvailable()) === true) {
  const database = await createPostgresDatabase();
  try {
    runs.push(await measure('PostgreSQL', { databaseUrl: database.url }));
  } finally {
    await database.drop();
  }
}

const table = [
  `| filter | ${runs.map((r) => `${r.label}: matches | median ms | slowest ms`).join(' | ')} |`,
  `| --- | ${runs.map(() => '---: | ---: | ---:').join(' | ')} |`,
  ...FILTERS.map(
    ([name], i) =>
      `| ${name} | ${runs.map((r) => `${r.results[i].count.replace(/\D/g, '')} | ${r.results[i].median.toFixed(0)} | ${r.results[i].max.toFixed(0)}`).join(' | ')} |`,
  ),
];
const section = `${MARK_START}
${ROWS.toLocaleString('en')} generated join requests (8 municipalities, every type, interest, timeframe and status, received over 11 months), loaded through the store (${runs.map((r) => `${r.label} ${r.loadSeconds.toFixed(0)} s`).join(', ')}). Each row: the whole list page (50 rows, HTML, signed in as a viewer, the audit line written) requested ${REPEAT} times over HTTP on 127.0.0.1. Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${new Date().toISOString().slice(0, 10)}.

${table.join('\n')}
${MARK_END}`;
const file = fileURLToPath(new URL('../../BENCHMARKS.md', import.meta.url));
const text = readFileSync(file, 'utf8');
const updated = text.includes(MARK_START)
  ? text.replace(new RegExp(`${MARK_START}[\\s\\S]*${MARK_END}`), section)
  : `${text.trimEnd()}\n\n## The inbox's join-request list (server/, 10,000 rows)\n\n\`npm run bench:inbox -w digione-receiver\` (server/bench/inbox.mjs). The issue's bar: ≤ 200 ms for any filter.\n\n${section}\n`;
writeFileSync(file, updated);
console.log(section);
