// The reference collector, over real HTTP on 127.0.0.1 with a temporary SQLite file.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCollector } from '../../demo/collector/server.mjs';

const ORIGIN = 'http://localhost:8080';
const TOKEN = 'test-admin-token';
const dir = mkdtempSync(join(tmpdir(), 'digione-collector-'));
let collector;
let endpoint;
let release; // holds a request in beforeStore while set

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
const requiredFields = {
  'fi.digione.event.registered': ['eventId', 'eventTitle', 'eventStart', 'name', 'email', 'organisation', 'consent'],
  'fi.digione.join.requested': ['organisationType', 'contactName', 'title', 'email', 'interests', 'timeframe', 'consent', 'elapsedMs'],
  'fi.digione.readiness.completed': ['questionnaire', 'answers', 'scores'],
};

function envelope(type = 'fi.digione.event.registered', data = validData[type]) {
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

function post(body, { key, origin = ORIGIN, headers = {} } = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return fetch(endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Origin: origin,
      ...(key === null ? {} : { 'Idempotency-Key': `"${key ?? body.id}"` }),
      ...headers,
    },
    body: text,
  });
}

const rowCount = (id) => collector.db.prepare('SELECT COUNT(*) AS n FROM submissions WHERE id = ?').get(id).n;

before(async () => {
  collector = await startCollector({
    port: 0,
    dbPath: join(dir, 'submissions.sqlite'),
    allowedOrigins: [ORIGIN],
    token: TOKEN,
    rateLimitPerMinute: 10_000,
    beforeStore: () => release?.promise,
  });
  endpoint = `${collector.url}/api/submissions`;
});
after(async () => {
  await collector.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  release = undefined;
});

test('stores a valid envelope once and answers 201', async () => {
  const body = envelope();
  const response = await post(body);
  assert.equal(response.status, 201);
  assert.equal((await response.json()).id, body.id);
  assert.equal(rowCount(body.id), 1);
});

test('50 concurrent POSTs of one envelope: one row, no 5xx', async () => {
  const body = envelope('fi.digione.join.requested');
  const statuses = await Promise.all(Array.from({ length: 50 }, () => post(body).then((r) => r.status)));
  assert.ok(statuses.every((s) => s < 500), `statuses: ${statuses}`);
  assert.ok(statuses.includes(201));
  assert.ok(statuses.every((s) => s === 201 || s === 409), `statuses: ${statuses}`);
  assert.equal(rowCount(body.id), 1);
});

test('the same key with the same body gets the stored answer again', async () => {
  const body = envelope();
  const first = await post(body);
  const firstText = await first.text();
  const again = await post(body);
  assert.equal(again.status, 201);
  assert.equal(again.headers.get('idempotent-replayed'), 'true');
  assert.equal(await again.text(), firstText);
});

test('the same key with another body → 422, and the first one stays', async () => {
  const body = envelope();
  assert.equal((await post(body)).status, 201);
  const other = await post({ ...body, data: { ...body.data, name: 'Joku Muu' } });
  assert.equal(other.status, 422);
  assert.match(other.headers.get('content-type'), /application\/problem\+json/);
  const stored = collector.db.prepare('SELECT envelope FROM submissions WHERE id = ?').get(body.id);
  assert.equal(JSON.parse(stored.envelope).data.name, validData['fi.digione.event.registered'].name);
});

test('a duplicate while the first is still in flight → 409', async () => {
  let open;
  release = { promise: new Promise((resolve) => (open = resolve)) };
  const body = envelope();
  const first = post(body);
  await new Promise((resolve) => setTimeout(resolve, 100));
  const second = await post(body);
  assert.equal(second.status, 409);
  open();
  assert.equal((await first).status, 201);
  assert.equal(rowCount(body.id), 1);
});

test('an Idempotency-Key other than the envelope id → 422; a missing one → 400', async () => {
  const body = envelope();
  assert.equal((await post(body, { key: crypto.randomUUID() })).status, 422);
  assert.equal((await post(body, { key: null })).status, 400);
  assert.equal(rowCount(body.id), 0);
});

test('a body over 64 KiB → 413', async () => {
  const body = envelope('fi.digione.event.registered', { ...validData['fi.digione.event.registered'], message: 'x'.repeat(70 * 1024) });
  const response = await post(body);
  assert.equal(response.status, 413);
  assert.equal(rowCount(body.id), 0);
});

test('malformed JSON → 400 problem details', async () => {
  const response = await post('{"specversion": "1.0",', { key: crypto.randomUUID() });
  assert.equal(response.status, 400);
  assert.match(response.headers.get('content-type'), /application\/problem\+json/);
  assert.equal((await response.json()).status, 400);
});

test('CORS: the allowed origin may send Content-Type and Idempotency-Key; a foreign origin gets no allowance', async () => {
  const preflight = (origin) =>
    fetch(endpoint, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' },
    });
  const allowed = await preflight(ORIGIN);
  assert.equal(allowed.headers.get('access-control-allow-origin'), ORIGIN);
  assert.match(allowed.headers.get('access-control-allow-headers'), /Content-Type/i);
  assert.match(allowed.headers.get('access-control-allow-headers'), /Idempotency-Key/i);
  const foreign = await preflight('https://evil.example');
  assert.equal(foreign.headers.get('access-control-allow-origin'), null);
  const body = envelope();
  const foreignPost = await post(body, { origin: 'https://evil.example' });
  assert.equal(foreignPost.headers.get('access-control-allow-origin'), null);
  assert.equal(foreignPost.status, 403);
  assert.equal(rowCount(body.id), 0);
});

for (const type of Object.keys(validData)) {
  test(`${type}: the data schema accepts what the widget sends and rejects a missing required field`, async () => {
    const ok = envelope(type);
    assert.equal((await post(ok)).status, 201, 'valid payload');
    for (const field of requiredFields[type]) {
      const data = { ...validData[type] };
      delete data[field];
      const response = await post(envelope(type, data));
      assert.equal(response.status, 400, `without ${field}`);
      const problem = await response.json();
      assert.ok(problem.errors.some((e) => e.field === `/data/${field}`), `names /data/${field}: ${JSON.stringify(problem)}`);
    }
  });
}

test('an envelope with a wrong dataschema or unknown type → 400 naming the field', async () => {
  const wrongSchema = { ...envelope(), dataschema: schema('join-requested') };
  const response = await post(wrongSchema);
  assert.equal(response.status, 400);
  assert.match((await response.json()).detail, /\/dataschema/);
  const unknown = await post({ ...envelope(), type: 'fi.digione.other' });
  assert.equal(unknown.status, 400);
});

test('security headers on every answer; GET /healthz', async () => {
  const response = await fetch(`${collector.url}/healthz`);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.match(response.headers.get('content-security-policy'), /default-src 'none'/);
  assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
});

test('listing: 401 without or with a wrong token; JSON (paginated, by type) and CSV with it', async () => {
  assert.equal((await fetch(`${collector.url}/api/submissions`)).status, 401);
  assert.equal((await fetch(`${collector.url}/api/submissions.csv`)).status, 401);
  const wrong = await fetch(`${collector.url}/api/submissions`, { headers: { Authorization: 'Bearer nope' } });
  assert.equal(wrong.status, 401);
  const auth = { headers: { Authorization: `Bearer ${TOKEN}` } };
  const page = await (await fetch(`${collector.url}/api/submissions?type=fi.digione.join.requested&limit=1`, auth)).json();
  assert.equal(page.limit, 1);
  assert.ok(page.total >= 2);
  assert.equal(page.next, 2);
  assert.ok(page.items.every((item) => item.type === 'fi.digione.join.requested'));
  const csv = await fetch(`${collector.url}/api/submissions.csv`, auth);
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type'), /text\/csv/);
  assert.match(await csv.text(), /^\uFEFF?id,type,received_at/);
});

test('admin page: a token form without it, the submissions by type with it', async () => {
  const form = await fetch(`${collector.url}/admin`);
  assert.equal(form.status, 200);
  assert.match(await form.text(), /<form method="post"/);
  const listed = await fetch(`${collector.url}/admin`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: `token=${TOKEN}`,
  });
  const page = await listed.text();
  assert.match(page, /fi\.digione\.join\.requested \(\d+\)/);
  assert.match(page, /Matti Virtanen/);
  assert.doesNotMatch(page, /<script/);
});

test('without a configured token the listing and the admin page are off', async () => {
  const open = await startCollector({ port: 0, dbPath: ':memory:', token: undefined, allowedOrigins: [ORIGIN] });
  try {
    assert.equal((await fetch(`${open.url}/api/submissions`)).status, 404);
    assert.equal((await fetch(`${open.url}/api/submissions`, { headers: { Authorization: 'Bearer ' } })).status, 404);
    assert.equal((await fetch(`${open.url}/admin`)).status, 404);
  } finally {
    await open.close();
  }
});
