// The reference collector reads the CloudEvents structured content mode the widgets send
// (application/cloudevents+json), and still application/json from widgets already deployed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCollector } from '../../demo/collector/server.mjs';

const ORIGIN = 'http://localhost:8080';
const dir = mkdtempSync(join(tmpdir(), 'digione-content-type-'));
let collector;
let endpoint;

const registration = () => ({
  specversion: '1.0',
  id: crypto.randomUUID(),
  source: 'https://www.esimerkkila.fi/digione',
  type: 'fi.digione.event.registered',
  time: new Date().toISOString(),
  datacontenttype: 'application/json',
  dataschema: 'https://digione.fi/schema/v1/event-registered.schema.json',
  widget: 'digione-event-card',
  widgetversion: '0.1.0',
  locale: 'fi',
  data: {
    eventId: 'tietoisku-1',
    eventTitle: 'DigiOne-tietoisku',
    eventStart: '2026-09-15T09:00:00+03:00',
    name: 'Maija Meikäläinen',
    email: 'maija@example.fi',
    organisation: 'Esimerkkilä',
    consent: true,
  },
});

const post = (contentType, body, id) =>
  fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': contentType, Origin: ORIGIN, 'Idempotency-Key': `"${id}"` },
    body,
  });
const stored = (id) => collector.db.prepare('SELECT envelope FROM submissions WHERE id = ?').all(id);

before(async () => {
  collector = await startCollector({ port: 0, dbPath: join(dir, 'submissions.sqlite'), allowedOrigins: [ORIGIN], rateLimitPerMinute: 10_000 });
  endpoint = `${collector.url}/api/submissions`;
});
after(async () => {
  await collector.close();
  rmSync(dir, { recursive: true, force: true });
});

test('application/cloudevents+json (with and without charset) and application/json are stored byte for byte', async () => {
  for (const type of ['application/cloudevents+json; charset=utf-8', 'application/cloudevents+json', 'application/json']) {
    const envelope = registration();
    const body = JSON.stringify(envelope);
    const response = await post(type, body, envelope.id);
    assert.equal(response.status, 201, type);
    assert.deepEqual(stored(envelope.id), [{ envelope: body }], type);
    // the same bytes again with the other content type are the same submission: replayed, not stored again
    const again = await post(type.startsWith('application/json') ? 'application/cloudevents+json' : 'application/json', body, envelope.id);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(stored(envelope.id).length, 1);
  }
});

test('malformed JSON as application/cloudevents+json is a 400 problem, another content type a 415', async () => {
  const broken = await post('application/cloudevents+json; charset=utf-8', '{"specversion":', crypto.randomUUID());
  assert.equal(broken.status, 400);
  assert.equal((await broken.json()).detail, 'The body is not valid JSON.');
  const envelope = registration();
  const plain = await post('text/plain', JSON.stringify(envelope), envelope.id);
  assert.equal(plain.status, 415);
  assert.match((await plain.json()).detail, /application\/cloudevents\+json/);
  assert.deepEqual(stored(envelope.id), []);
});

test('CORS: the preflight of the widgets\' request (content-type, idempotency-key) is allowed', async () => {
  const preflight = await fetch(endpoint, {
    method: 'OPTIONS',
    headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-origin'), ORIGIN);
  assert.match(preflight.headers.get('access-control-allow-headers'), /Content-Type/i);
  assert.match(preflight.headers.get('access-control-allow-headers'), /Idempotency-Key/i);
});
