// The receiver's contract, run against each database (sqlite.test.mjs, postgres.test.mjs):
// storing exactly once, idempotent replays, field errors, the hostile-input defects of the
// penetration test, the admin views, erasure and retention.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { applyRetention, startReceiver } from '../src/index.js';
import { TEST_RECEIVER, TOKEN, auth, envelope, post, validData } from './support.mjs';

const requiredFields = {
  'fi.digione.event.registered': ['eventId', 'eventTitle', 'eventStart', 'name', 'email', 'organisation', 'consent'],
  'fi.digione.join.requested': ['organisationType', 'contactName', 'title', 'email', 'interests', 'timeframe', 'consent', 'elapsedMs'],
  'fi.digione.readiness.completed': ['questionnaire', 'answers', 'scores'],
};

/** A row written straight into the table, as an older receiver (or a bug) might have left it. */
function rawRow(id, envelopeText, { type = 'fi.digione.event.registered', receivedAt = new Date().toISOString(), emailSha256 = null } = {}) {
  return {
    id,
    type,
    received_at: receivedAt,
    body_sha256: 'x',
    status: 201,
    response: '{}',
    envelope: envelopeText,
    email_sha256: emailSha256,
    contact_erased_at: null,
  };
}

/**
 * @param {string} label
 * @param {() => Promise<{ options: object, cleanup: () => Promise<void> }>} database
 */
export function contractTests(label, database) {
  let receiver;
  let url;
  let cleanup;
  let release; // holds a request in beforeStore while set
  const rowCount = async (id) => (await receiver.store.rows({ id })).length;

  before(async () => {
    const opened = await database();
    cleanup = opened.cleanup;
    receiver = await startReceiver({
      ...opened.options,
      ...TEST_RECEIVER,
      beforeStore: () => release?.promise,
    });
    url = receiver.url;
  });
  after(async () => {
    await receiver?.close();
    await cleanup?.();
  });
  beforeEach(() => {
    release = undefined;
  });

  test(`${label}: stores a valid envelope once and answers 201, as application/cloudevents+json or application/json`, async () => {
    for (const contentType of ['application/cloudevents+json', 'application/json', 'application/cloudevents+json; charset=utf-8']) {
      const body = envelope();
      const response = await post(url, body, { contentType });
      assert.equal(response.status, 201, contentType);
      assert.equal((await response.json()).id, body.id);
      assert.equal(await rowCount(body.id), 1);
    }
    const plain = await post(url, envelope(), { contentType: 'text/plain' });
    assert.equal(plain.status, 415);
  });

  test(`${label}: 50 concurrent POSTs of one envelope → one row, every answer 201 with the same body`, async () => {
    const body = envelope('fi.digione.join.requested');
    const answers = await Promise.all(Array.from({ length: 50 }, () => post(url, body).then(async (r) => [r.status, await r.text()])));
    assert.deepEqual(new Set(answers.map(([status]) => status)), new Set([201]));
    assert.equal(new Set(answers.map(([, text]) => text)).size, 1);
    assert.equal(await rowCount(body.id), 1);
  });

  test(`${label}: the same key with the same body gets the stored answer again; with another body 422`, async () => {
    const body = envelope();
    const first = await post(url, body);
    const firstText = await first.text();
    const again = await post(url, body);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(await again.text(), firstText);
    const other = await post(url, { ...body, data: { ...body.data, name: 'Joku Muu' } });
    assert.equal(other.status, 422);
    assert.match(other.headers.get('content-type'), /application\/problem\+json/);
    const [stored] = await receiver.store.rows({ id: body.id });
    assert.equal(stored.envelope.data.name, validData['fi.digione.event.registered'].name);
  });

  test(`${label}: a duplicate while the first is still in flight → one row, both answered 201 alike`, async () => {
    let open;
    release = { promise: new Promise((resolve) => (open = resolve)) };
    const body = envelope();
    const first = post(url, body);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = post(url, body);
    await new Promise((resolve) => setTimeout(resolve, 100));
    open();
    const answers = await Promise.all([first, second].map((p) => p.then(async (r) => [r.status, await r.text()])));
    assert.deepEqual(answers[0], answers[1]);
    assert.equal(answers[0][0], 201);
    assert.equal(await rowCount(body.id), 1);
  });

  test(`${label}: an Idempotency-Key other than the envelope id → 422; a missing one → 400`, async () => {
    const body = envelope();
    assert.equal((await post(url, body, { key: crypto.randomUUID() })).status, 422);
    assert.equal((await post(url, body, { key: null })).status, 400);
    assert.equal(await rowCount(body.id), 0);
  });

  test(`${label}: a body over 64 KiB → 413; malformed JSON → 400 problem details`, async () => {
    const big = envelope('fi.digione.event.registered', { ...validData['fi.digione.event.registered'], message: 'x'.repeat(70 * 1024) });
    assert.equal((await post(url, big)).status, 413);
    assert.equal(await rowCount(big.id), 0);
    const response = await post(url, '{"specversion": "1.0",', { key: crypto.randomUUID() });
    assert.equal(response.status, 400);
    assert.match(response.headers.get('content-type'), /application\/problem\+json/);
    assert.equal((await response.json()).status, 400);
  });

  for (const type of Object.keys(validData)) {
    test(`${label}: ${type}: what the widget sends is stored; each missing required field is named by its pointer`, async () => {
      assert.equal((await post(url, envelope(type))).status, 201, 'valid payload');
      for (const field of requiredFields[type]) {
        const data = { ...validData[type] };
        delete data[field];
        const response = await post(url, envelope(type, data));
        assert.equal(response.status, 400, `without ${field}`);
        const problem = await response.json();
        assert.deepEqual(
          problem.errors.find((e) => e.pointer === `/data/${field}`),
          { pointer: `/data/${field}`, detail: 'is required', rule: 'required' },
          JSON.stringify(problem),
        );
      }
    });
  }

  test(`${label}: field errors carry a pointer and a detail for each wrong field`, async () => {
    const data = { ...validData['fi.digione.join.requested'], email: 'not-an-address', phone: 'x'.repeat(41), consent: false };
    const response = await post(url, envelope('fi.digione.join.requested', data));
    assert.equal(response.status, 400);
    const problem = await response.json();
    assert.equal(problem.type, 'about:blank');
    assert.equal(problem.title, 'Invalid submission');
    assert.deepEqual(
      problem.errors.map(({ pointer, detail }) => ({ pointer, detail })),
      [
        { pointer: '/data/phone', detail: 'must be at most 40 characters' },
        { pointer: '/data/email', detail: 'must be a valid email' },
        { pointer: '/data/consent', detail: 'must be true' },
      ].sort((a, b) => problem.errors.findIndex((e) => e.pointer === a.pointer) - problem.errors.findIndex((e) => e.pointer === b.pointer)),
    );
    const wrongSchema = await post(url, { ...envelope(), dataschema: 'https://digione.fi/schema/v1/join-requested.schema.json' });
    assert.ok((await wrongSchema.json()).errors.some((e) => e.pointer === '/dataschema'));
    const unknown = await post(url, { ...envelope(), type: 'fi.digione.other' });
    assert.ok((await unknown.json()).errors.some((e) => e.pointer === '/type'));
  });

  test(`${label}: defect 1: data nested 5,000 deep or with too many extra properties → 400; a deep row already stored breaks no view`, async () => {
    // JSON.stringify cannot write 5,000 levels either: the text is spliced in.
    const deepArray = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const body = envelope('fi.digione.event.registered', { ...validData['fi.digione.event.registered'], x: [] });
    const response = await post(url, JSON.stringify(body).replace('"x":[]', `"x":${deepArray}`), { key: body.id });
    assert.equal(response.status, 400);
    assert.match(response.headers.get('content-type'), /application\/problem\+json/);
    assert.deepEqual(
      (await response.json()).errors.map((e) => e.pointer),
      ['/data'],
    );
    const thirtyTwo = envelope('fi.digione.event.registered', {
      ...validData['fi.digione.event.registered'],
      x: JSON.parse(`${'['.repeat(31)}${']'.repeat(31)}`),
    });
    assert.equal((await post(url, thirtyTwo)).status, 201, '32 levels are allowed');
    const extra = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`extra${i}`, i]));
    const wide = await post(url, envelope('fi.digione.event.registered', { ...validData['fi.digione.event.registered'], ...extra }));
    assert.equal(wide.status, 400);

    // As the old collector stored it: the whole envelope text, 5,000 levels deep.
    const id = crypto.randomUUID();
    const text = JSON.stringify({ ...body, id }).replace('"x":[]', `"x":${deepArray}`);
    await receiver.store.db.insertInto('submissions').values(rawRow(id, text)).execute();
    for (const path of ['/api/submissions', '/api/submissions.csv', '/api/submissions?type=fi.digione.event.registered']) {
      assert.equal((await fetch(`${url}${path}`, auth)).status, 200, path);
    }
    const listing = await (await fetch(`${url}/api/submissions?limit=500`, auth)).json();
    assert.deepEqual(
      listing.items.find((item) => item.id === id),
      { id, type: 'fi.digione.event.registered', receivedAt: listing.items.find((item) => item.id === id).receivedAt, envelope: null, unreadable: true },
    );
    const admin = await fetch(`${url}/admin`, auth);
    assert.equal(admin.status, 200);
    assert.match(await admin.text(), /unreadable/);
  });

  test(`${label}: defect 3: page and limit out of bounds or not numbers → 400, never 500`, async () => {
    for (const query of ['page=200000000000000000', 'page=abc', 'page=0', 'page=-1', 'limit=0', 'limit=501', 'limit=1e999', 'type=nope']) {
      const response = await fetch(`${url}/api/submissions?${query}`, auth);
      assert.equal(response.status, 400, query);
      assert.match(response.headers.get('content-type'), /application\/problem\+json/, query);
    }
    const last = await fetch(`${url}/api/submissions?page=1000000&limit=500`, auth);
    assert.equal(last.status, 200);
    assert.deepEqual((await last.json()).items, []);
  });

  test(`${label}: defect 4: one UUID as U, urn:uuid:U and upper-case U → one row; the other spellings → 400 on /id`, async () => {
    const base = envelope();
    const spellings = [base.id, `urn:uuid:${base.id}`, base.id.toUpperCase()];
    const statuses = [];
    for (const id of spellings) {
      const response = await post(url, { ...base, id }, { key: id });
      statuses.push(response.status);
      if (response.status === 400)
        assert.deepEqual(
          (await response.json()).errors.map((e) => e.pointer),
          ['/id'],
        );
    }
    assert.deepEqual(statuses, [201, 400, 400]);
    const stored = (await receiver.store.rows()).filter((row) => row.id.toLowerCase().endsWith(base.id));
    assert.equal(stored.length, 1);
  });

  test(`${label}: defect 6: CSV cells with ; , quotes or line breaks are quoted, formulas defused`, async () => {
    const body = { ...envelope(), source: 'https://www.esimerkkila.fi/a;=1+1', widgetversion: '=HYPERLINK("x")' };
    assert.equal((await post(url, body)).status, 201);
    const csv = await (await fetch(`${url}/api/submissions.csv`, auth)).text();
    const line = csv.split('\r\n').find((text) => text.startsWith(body.id));
    assert.ok(line.includes(',"https://www.esimerkkila.fi/a;=1+1",'), line);
    assert.ok(line.includes(`,"'=HYPERLINK(""x"")",`), line);
  });

  test(`${label}: listing: 401 without or with a wrong token; JSON (paginated, by type) and CSV with it`, async () => {
    assert.equal((await fetch(`${url}/api/submissions`)).status, 401);
    assert.equal((await fetch(`${url}/api/submissions.csv`)).status, 401);
    assert.equal((await fetch(`${url}/api/submissions`, { headers: { Authorization: 'Bearer nope' } })).status, 401);
    const page = await (await fetch(`${url}/api/submissions?type=fi.digione.join.requested&limit=1`, auth)).json();
    assert.equal(page.limit, 1);
    assert.ok(page.total >= 2);
    assert.equal(page.next, 2);
    assert.ok(page.items.every((item) => item.type === 'fi.digione.join.requested'));
    const csv = await fetch(`${url}/api/submissions.csv`, auth);
    assert.match(csv.headers.get('content-type'), /text\/csv/);
    assert.match(await csv.text(), /^\uFEFF?id,type,received_at/);
  });

  test(`${label}: admin page: a token form without it, the submissions by type (escaped) with it`, async () => {
    const name = '<script>alert(1)</script>';
    await post(url, envelope('fi.digione.event.registered', { ...validData['fi.digione.event.registered'], name }));
    const form = await fetch(`${url}/admin`);
    assert.match(await form.text(), /<form method="post"/);
    const listed = await fetch(`${url}/admin`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `token=${TOKEN}`,
    });
    const page = await listed.text();
    assert.match(page, /fi\.digione\.join\.requested \(\d+\)/);
    assert.match(page, /Matti Virtanen/);
    assert.match(page, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.doesNotMatch(page, /<script/);
  });

  test(`${label}: erasure on request: DELETE /api/submissions?email= removes every submission of that person`, async () => {
    const email = `Erase.Me.${Date.now()}@example.fi`;
    const mine = [
      envelope('fi.digione.event.registered', { ...validData['fi.digione.event.registered'], email }),
      envelope('fi.digione.join.requested', { ...validData['fi.digione.join.requested'], email: email.toLowerCase() }),
      envelope('fi.digione.readiness.completed', { ...validData['fi.digione.readiness.completed'], contact: { name: 'X', email } }),
    ];
    for (const body of mine) assert.equal((await post(url, body)).status, 201);
    const someoneElse = envelope();
    await post(url, someoneElse);
    const target = `${url}/api/submissions?email=${encodeURIComponent(email)}`;
    assert.equal((await fetch(target, { method: 'DELETE' })).status, 401);
    assert.equal((await fetch(`${url}/api/submissions?email=`, { method: 'DELETE', ...auth })).status, 400);
    const response = await fetch(target, { method: 'DELETE', ...auth });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { erased: 3 });
    for (const body of mine) assert.equal(await rowCount(body.id), 0);
    assert.equal(await rowCount(someoneElse.id), 1);
    assert.deepEqual(await (await fetch(target, { method: 'DELETE', ...auth })).json(), { erased: 0 });
  });

  test(`${label}: retention: contact data older than the period is erased, statistics kept, newer rows untouched`, async () => {
    const old = new Date(Date.now() - 400 * 24 * 3600 * 1000).toISOString();
    const rows = Object.keys(validData).map((type) => ({ type, body: envelope(type) }));
    for (const { type, body } of rows) {
      await receiver.store.db
        .insertInto('submissions')
        .values(rawRow(body.id, JSON.stringify(body), { type, receivedAt: old, emailSha256: 'h' }))
        .execute();
    }
    const fresh = envelope('fi.digione.join.requested');
    await post(url, fresh);
    const erased = await applyRetention(receiver.store, 365);
    assert.ok(erased >= 3, `erased ${erased}`);
    const data = async (id) => (await receiver.store.rows({ id }))[0].envelope.data;
    assert.deepEqual(await data(rows[0].body.id), {
      eventId: 'digione-tietoisku-2026-09-15',
      eventTitle: 'DigiOne-tietoisku kunnille',
      eventStart: '2026-09-15T09:00:00+03:00',
      organisation: 'Esimerkkilän kaupunki',
      consent: true,
    });
    const join = await data(rows[1].body.id);
    for (const field of ['contactName', 'title', 'email', 'phone', 'message']) assert.equal(join[field], undefined, field);
    assert.deepEqual(join.municipality, { code: '091', name: 'Helsinki' });
    assert.equal(join.readiness.overall, 62);
    const readiness = await data(rows[2].body.id);
    assert.equal(readiness.contact, undefined);
    assert.equal(readiness.scores.overall, 71);
    const marks = await receiver.store.db
      .selectFrom('submissions')
      .select(['email_sha256', 'contact_erased_at'])
      .where('id', '=', rows[1].body.id)
      .executeTakeFirstOrThrow();
    assert.equal(marks.email_sha256, null);
    assert.ok(marks.contact_erased_at);
    assert.equal((await data(fresh.id)).contactName, 'Matti Virtanen');
    assert.equal(await applyRetention(receiver.store, 365), 0, 'a second run finds nothing left');
  });

  test(`${label}: /healthz and /readyz answer, with security headers`, async () => {
    for (const path of ['/healthz', '/readyz']) {
      const response = await fetch(`${url}${path}`);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.match(response.headers.get('content-security-policy'), /default-src 'none'/);
    }
  });
}
