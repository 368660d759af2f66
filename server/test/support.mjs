// Shared by the receiver's tests: what each widget sends, requests to a running receiver, and a
// throwaway PostgreSQL database per run (or a one-line skip when no server answers).
import { test } from 'node:test';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../bin/digione-receiver.js', import.meta.url));
export const ORIGIN = 'http://localhost:8080';
export const TOKEN = 'test-admin-token';
/** The options every test receiver starts with: a random port on 127.0.0.1, the test origin and token, no rate limit in the way. */
export const TEST_RECEIVER = Object.freeze({ port: 0, host: '127.0.0.1', allowedOrigins: [ORIGIN], token: TOKEN, rateLimitPerMinute: 100_000 });

const schema = (name) => `https://digione.fi/schema/v1/${name}.schema.json`;

/** What each widget sends (the shapes of src/core/submit/types.ts). */
export const validData = {
  'fi.digione.event.registered': {
    eventId: 'digione-tietoisku-2026-09-15',
    eventTitle: 'DigiOne-tietoisku kunnille',
    eventStart: '2026-09-15T09:00:00+03:00',
    name: 'Maija Meikäläinen',
    email: 'maija.meikalainen@example.fi',
    organisation: 'Esimerkkilän kaupunki',
    consent: true,
  },
  'fi.digione.join.requested': {
    organisationType: 'municipality',
    municipality: { code: '091', name: 'Helsinki' },
    contactName: 'Matti Virtanen',
    title: 'Opetustoimen johtaja',
    email: 'matti.virtanen@example.fi',
    phone: '+358401234567',
    pupils: 4200,
    interests: ['learning-platform', 'identity'],
    timeframe: 'this-year',
    message: 'Haluamme kuulla lisää.',
    consent: true,
    readiness: { overall: 62, level: 'on-the-way', areas: [{ id: 'data', score: 50, answered: 4, total: 4 }] },
    elapsedMs: 95000,
  },
  'fi.digione.readiness.completed': {
    questionnaire: { id: 'digione-readiness', version: '1.0.0' },
    municipality: { code: '837', name: 'Tampere' },
    answers: { q1: 3, q2: 'yes', q3: null, q4: ['a', 'b'] },
    scores: { overall: 71, level: 'ready', areas: [{ id: 'data', score: 80, answered: 3, total: 4 }] },
    contact: { name: 'Liisa', email: 'liisa@example.fi' },
    consent: true,
  },
};
const schemaNames = {
  'fi.digione.event.registered': 'event-registered',
  'fi.digione.join.requested': 'join-requested',
  'fi.digione.readiness.completed': 'readiness-completed',
};

export function envelope(type = 'fi.digione.event.registered', data = validData[type]) {
  return {
    specversion: '1.0',
    id: crypto.randomUUID(),
    source: 'https://www.esimerkkila.fi/digione',
    type,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    dataschema: schema(schemaNames[type]),
    widget: 'digione-event-card',
    widgetversion: '0.1.0',
    locale: 'fi',
    data,
  };
}

/** POSTs an envelope (or raw text) to a receiver's /api/submissions with its Idempotency-Key. */
export function post(url, body, { key, origin = ORIGIN, headers = {}, contentType = 'application/cloudevents+json' } = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return fetch(`${url}/api/submissions`, {
    method: 'POST',
    headers: {
      'Content-Type': contentType,
      Origin: origin,
      ...(key === null ? {} : { 'Idempotency-Key': `"${key ?? body.id}"` }),
      ...headers,
    },
    body: text,
  });
}

/**
 * A stored row for `store.save()` written straight to the database (tests and the inbox bench
 * that need many rows or a chosen received time; the POST route is tested elsewhere).
 */
export function storedRow(body, receivedAt) {
  return {
    id: body.id,
    type: body.type,
    received_at: receivedAt,
    body_sha256: 'x',
    status: 201,
    response: '{}',
    envelope: JSON.stringify(body),
    email_sha256: null,
    contact_erased_at: null,
  };
}

export const auth = { headers: { Authorization: `Bearer ${TOKEN}` } };

const TEST_URL = process.env.DIGIONE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Whether PostgreSQL answers at DIGIONE_TEST_DATABASE_URL: true, or the reason to skip (printed
 * once). With DIGIONE_REQUIRE_POSTGRES=1 a missing server is an error instead.
 */
export async function postgresAvailable() {
  const client = new pg.Client({ connectionString: TEST_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    const reason = `PostgreSQL tests skipped: no server at ${TEST_URL} (${error.message})`;
    if (process.env.DIGIONE_REQUIRE_POSTGRES === '1') throw new Error(`${reason}; DIGIONE_REQUIRE_POSTGRES=1 requires one`);
    console.log(reason);
    return reason;
  }
}

/**
 * A contract suite on PostgreSQL: `suite` gets a factory that makes a fresh database for each
 * receiver (dropped by its cleanup). Without a server: one skipped test named `name` saying why
 * (an error under DIGIONE_REQUIRE_POSTGRES=1). Returns postgresAvailable()'s answer.
 * @param {string} name
 * @param {(database: () => Promise<{ options: object, cleanup: () => Promise<void> }>) => void} suite
 */
export async function onPostgres(name, suite) {
  const available = await postgresAvailable();
  if (available === true) {
    suite(async () => {
      const database = await createPostgresDatabase();
      return { options: { databaseUrl: database.url }, cleanup: database.drop };
    });
  } else {
    test(name, { skip: available }, () => {});
  }
  return available;
}

/** A fresh database on the test server; drop() removes it (and any connection left to it). */
export async function createPostgresDatabase() {
  const name = `digione_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: TEST_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * Starts `digione-receiver` as its own process; resolves with its URL once it logs that it started.
 * @param {Record<string, string>} env
 */
export function spawnReceiver(env, args = []) {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, DIGIONE_COLLECTOR_PORT: '0', DIGIONE_LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  const started = new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const line = output.split('\n').find((text) => text.includes('"receiver started"'));
      if (line) resolve(JSON.parse(line).url);
    });
    child.once('exit', (code) => reject(new Error(`receiver exited (${code}) before it started: ${errors}`)));
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, started, exited, output: () => output, errors: () => errors };
}
