// GET /api/readiness/comparison, run against each database (comparison-sqlite.test.mjs,
// comparison-postgres.test.mjs). Every result is posted through the real POST /api/submissions;
// each test uses its own questionnaire id, so the tests share one receiver without sharing data.
// Every answer is checked against schema/readiness-comparison.schema.json.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync, readdirSync } from 'node:fs';
import { startReceiver } from '../src/index.js';
import { SCHEMA_DIR } from '../src/validation.js';
import { TEST_RECEIVER, ORIGIN, envelope, post } from './support.mjs';

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats.default(ajv);
for (const file of readdirSync(SCHEMA_DIR).filter((name) => name.endsWith('.schema.json'))) {
  ajv.addSchema(JSON.parse(readFileSync(`${SCHEMA_DIR}${file}`, 'utf8')));
}
const validAnswer = ajv.getSchema('https://digione.fi/schema/v1/readiness-comparison.schema.json');

const SUPPRESSED = { suppressed: true };

/**
 * @param {string} label
 * @param {() => Promise<{ options: object, cleanup: () => Promise<void> }>} database
 */
export function comparisonTests(label, database) {
  let receiver;
  let cleanup;

  before(async () => {
    const opened = await database();
    cleanup = opened.cleanup;
    receiver = await startReceiver({ ...opened.options, ...TEST_RECEIVER });
  });
  after(async () => {
    await receiver?.close();
    await cleanup?.();
  });

  /** Posts one readiness result of questionnaire `q` (version 1.0.0) through the API. */
  async function send(q, code, overall, areas = {}, { level = 'good', pupils } = {}) {
    const data = {
      questionnaire: { id: q, version: '1.0.0' },
      ...(code ? { municipality: { code, name: `Kunta ${code}` } } : {}),
      ...(pupils === undefined ? {} : { pupils }),
      answers: { q1: 3 },
      scores: { overall, level, areas: Object.entries(areas).map(([id, score]) => ({ id, score, answered: 2, total: 2 })) },
    };
    const response = await post(receiver.url, envelope('fi.digione.readiness.completed', data));
    assert.equal(response.status, 201, await response.text());
  }

  /** GETs the comparison; answers the response and its parsed body, checked against the schema. */
  async function compare(q, { band, version = '1.0.0', headers = {} } = {}) {
    const params = new URLSearchParams({ questionnaire: q, version, ...(band ? { band } : {}) });
    const response = await fetch(`${receiver.url}/api/readiness/comparison?${params}`, { headers });
    if (response.status !== 200) return { response, body: undefined };
    const body = await response.json();
    assert.ok(validAnswer(body), JSON.stringify(validAnswer.errors));
    return { response, body };
  }

  test(`${label}: 4 municipalities → everything suppressed, no numbers; the 5th → published with the hand-computed quartiles`, async () => {
    const q = 'q-publish';
    await send(q, '005', 40, { leadership: 50, data: 20 }, { level: 'developing' });
    await send(q, '009', 55, { leadership: 60, data: 35 }, { level: 'developing' });
    await send(q, '010', 62, { leadership: 75, data: 50 });
    await send(q, '016', 70, { leadership: 80 });
    const four = await compare(q);
    assert.equal(four.response.status, 200);
    assert.deepEqual(four.body, {
      questionnaire: { id: q, version: '1.0.0' },
      band: null,
      minimum: 5,
      overall: SUPPRESSED,
      areas: [
        { id: 'data', suppressed: true },
        { id: 'leadership', suppressed: true },
      ],
    });

    await send(q, '018', 91, { leadership: 95, data: 80 }, { level: 'advanced' });
    // overall 40 55 62 70 91 → p25 55, median 62, p75 70; leadership 50 60 75 80 95 → 60, 75, 80;
    // data has four municipalities (016 scored no data) → suppressed
    assert.deepEqual((await compare(q)).body, {
      questionnaire: { id: q, version: '1.0.0' },
      band: null,
      minimum: 5,
      overall: {
        n: 5,
        median: 62,
        p25: 55,
        p75: 70,
        levels: [
          { id: 'advanced', n: 1 },
          { id: 'developing', n: 2 },
          { id: 'good', n: 2 },
        ],
      },
      areas: [
        { id: 'data', suppressed: true },
        { id: 'leadership', n: 5, median: 75, p25: 60, p75: 80 },
      ],
    });

    await send(q, '019', 30, { leadership: 40, data: 65 }, { level: 'start' });
    // overall 30 40 55 62 70 91: p25 h=1.25 → 40 + 0.25·15 = 43.75; median h=2.5 → 58.5; p75 h=3.75 → 62 + 0.75·8 = 68
    // leadership 40 50 60 75 80 95 → 52.5, 67.5, 78.75; data 20 35 50 65 80 → 35, 50, 65
    const six = (await compare(q)).body;
    assert.deepEqual(six.overall, {
      n: 6,
      median: 58.5,
      p25: 43.75,
      p75: 68,
      levels: [
        { id: 'advanced', n: 1 },
        { id: 'developing', n: 2 },
        { id: 'good', n: 2 },
        { id: 'start', n: 1 },
      ],
    });
    assert.deepEqual(six.areas, [
      { id: 'data', n: 5, median: 50, p25: 35, p75: 65 },
      { id: 'leadership', n: 6, median: 67.5, p25: 52.5, p75: 78.75 },
    ]);
  });

  test(`${label}: a municipality sending twice counts once, with its latest result; results without a municipality are ignored`, async () => {
    const q = 'q-latest';
    await send(q, '005', 40, { data: 20 }, { level: 'developing' });
    await send(q, '009', 55, { data: 35 }, { level: 'developing' });
    await send(q, '010', 62, { data: 50 });
    await send(q, '016', 70, { data: 65 });
    await send(q, '005', 80, { data: 90 }); // 005 again: replaces its 40
    assert.deepEqual((await compare(q)).body.overall, SUPPRESSED, 'four municipalities, five results');
    await send(q, '018', 91, { data: 80 }, { level: 'advanced' });
    // overall 55 62 70 80 91 → 62, 70, 80; data 35 50 65 80 90 → 50, 65, 80
    const published = await compare(q);
    assert.deepEqual(published.body.overall, {
      n: 5,
      median: 70,
      p25: 62,
      p75: 80,
      levels: [
        { id: 'advanced', n: 1 },
        { id: 'developing', n: 1 },
        { id: 'good', n: 3 },
      ],
    });
    assert.deepEqual(published.body.areas, [{ id: 'data', n: 5, median: 65, p25: 50, p75: 80 }]);

    await send(q, undefined, 0, { data: 0 }, { level: 'start' });
    await send(q, undefined, 100, { data: 100 }, { level: 'advanced' });
    const after = await compare(q);
    assert.deepEqual(after.body, published.body, 'results without a municipality change nothing');
    assert.equal(after.response.headers.get('etag'), published.response.headers.get('etag'));
  });

  test(`${label}: results of another questionnaire version do not count`, async () => {
    const q = 'q-versions';
    for (const code of ['005', '009', '010', '016', '018']) await send(q, code, 50);
    assert.equal((await compare(q)).body.overall.n, 5);
    const other = await compare(q, { version: '2.0.0' });
    assert.deepEqual(other.body, { questionnaire: { id: q, version: '2.0.0' }, band: null, minimum: 5, overall: SUPPRESSED, areas: [] });
    assert.deepEqual((await compare('q-never-sent')).body.overall, SUPPRESSED);
  });

  test(`${label}: size bands are suppressed separately; the latest result's pupil count decides the band`, async () => {
    const q = 'q-bands';
    await send(q, '005', 20, { data: 10 }, { pupils: 300 });
    await send(q, '009', 30, { data: 20 }, { pupils: 800 });
    await send(q, '010', 70, { data: 70 }, { pupils: 2000 });
    await send(q, '016', 80, { data: 80 }, { pupils: 6000 });
    await send(q, '018', 90, { data: 90 }, { pupils: 9000 });
    await send(q, '019', 95, { data: 95 }); // no pupil count: in the national figures only
    assert.equal((await compare(q)).body.overall.n, 6);
    for (const band of ['under-1000', '1000-5000', 'over-5000']) {
      const { body } = await compare(q, { band });
      assert.equal(body.band, band);
      assert.deepEqual(body.overall, SUPPRESSED, band);
      assert.deepEqual(body.areas, [{ id: 'data', suppressed: true }], band);
    }
    await send(q, '020', 40, { data: 30 }, { pupils: 500 });
    await send(q, '035', 50, { data: 40 }, { pupils: 999 });
    assert.deepEqual((await compare(q, { band: 'under-1000' })).body.overall, SUPPRESSED, 'four small municipalities');
    await send(q, '043', 60, { data: 50 }, { pupils: 100 });
    // under 1,000: 20 30 40 50 60 → p25 30, median 40, p75 50; data 10 20 30 40 50 → 20, 30, 40
    const small = (await compare(q, { band: 'under-1000' })).body;
    assert.deepEqual(small.overall, { n: 5, median: 40, p25: 30, p75: 50, levels: [{ id: 'good', n: 5 }] });
    assert.deepEqual(small.areas, [{ id: 'data', n: 5, median: 30, p25: 20, p75: 40 }]);
    assert.deepEqual((await compare(q, { band: '1000-5000' })).body.overall, SUPPRESSED);
    assert.deepEqual((await compare(q, { band: 'over-5000' })).body.overall, SUPPRESSED);
    assert.equal((await compare(q)).body.overall.n, 9);

    await send(q, '043', 60, { data: 50 }, { pupils: 1500 }); // 043 grows out of the band
    assert.deepEqual((await compare(q, { band: 'under-1000' })).body.overall, SUPPRESSED);
  });

  test(`${label}: ETag and Cache-Control; If-None-Match → 304 without a body; a new result → a new ETag`, async () => {
    const q = 'q-etag';
    for (const [i, code] of ['005', '009', '010', '016', '018'].entries()) await send(q, code, 50 + i);
    const first = await compare(q);
    const etag = first.response.headers.get('etag');
    assert.match(etag, /^"[A-Za-z0-9_-]{20,}"$/);
    assert.equal(first.response.headers.get('cache-control'), 'public, max-age=300');
    assert.match(first.response.headers.get('content-type'), /^application\/json/);
    assert.equal((await compare(q)).response.headers.get('etag'), etag, 'the same figures, the same ETag');

    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const response = await fetch(`${receiver.url}/api/readiness/comparison?questionnaire=${q}&version=1.0.0`, { headers: { 'If-None-Match': ifNoneMatch } });
      assert.equal(response.status, 304, ifNoneMatch);
      assert.equal(await response.text(), '');
      assert.equal(response.headers.get('etag'), etag);
      assert.equal(response.headers.get('cache-control'), 'public, max-age=300');
    }
    assert.equal((await compare(q, { headers: { 'If-None-Match': '"other"' } })).response.status, 200);

    await send(q, '019', 10);
    const changed = await compare(q, { headers: { 'If-None-Match': etag } });
    assert.equal(changed.response.status, 200);
    assert.notEqual(changed.response.headers.get('etag'), etag);
    assert.equal(changed.body.overall.n, 6);
    const banded = await compare(q, { band: 'over-5000' });
    assert.notEqual(banded.response.headers.get('etag'), changed.response.headers.get('etag'), 'each band its own ETag');
  });

  test(`${label}: public and CORS: no token needed; an allowed origin may read it, another is not told it may`, async () => {
    const url = `${receiver.url}/api/readiness/comparison?questionnaire=q-cors&version=1.0.0`;
    const allowed = await fetch(url, { headers: { Origin: ORIGIN } });
    assert.equal(allowed.status, 200);
    assert.equal(allowed.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(allowed.headers.get('access-control-expose-headers'), /ETag/);
    const other = await fetch(url, { headers: { Origin: 'https://elsewhere.example' } });
    assert.equal(other.status, 200);
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const preflight = await fetch(url, { method: 'OPTIONS', headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'GET' } });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-methods'), /GET/);
  });

  test(`${label}: pupils is optional; when sent it must be a whole number from 0 to 10,000,000`, async () => {
    const data = (pupils) => ({
      questionnaire: { id: 'q-pupils', version: '1.0.0' },
      municipality: { code: '005', name: 'Alajärvi' },
      pupils,
      answers: {},
      scores: { overall: 50, level: 'good', areas: [] },
    });
    for (const pupils of [-1, 12.5, '900', 10_000_001, null]) {
      const response = await post(receiver.url, envelope('fi.digione.readiness.completed', data(pupils)));
      assert.equal(response.status, 400, JSON.stringify(pupils));
      assert.ok(
        (await response.json()).errors.some((error) => error.pointer === '/data/pupils'),
        JSON.stringify(pupils),
      );
    }
    for (const pupils of [0, 10_000_000]) assert.equal((await post(receiver.url, envelope('fi.digione.readiness.completed', data(pupils)))).status, 201);
  });

  test(`${label}: bad parameters → 400 problem details, never 500`, async () => {
    const base = `${receiver.url}/api/readiness/comparison`;
    const long = 'x'.repeat(201);
    for (const query of [
      '',
      '?questionnaire=q',
      '?version=1.0.0',
      '?questionnaire=&version=1.0.0',
      '?questionnaire=q&version=1.0.0&band=tiny',
      '?questionnaire=q&version=1.0.0&band=',
      `?questionnaire=${long}&version=1.0.0`,
      `?questionnaire=q&version=${'9'.repeat(51)}`,
      '?questionnaire=a&questionnaire=b&version=1.0.0',
      '?questionnaire[x]=1&version=1.0.0',
    ]) {
      const response = await fetch(`${base}${query}`);
      assert.equal(response.status, 400, query);
      assert.match(response.headers.get('content-type'), /application\/problem\+json/, query);
      assert.equal((await response.json()).status, 400, query);
      assert.equal(response.headers.get('cache-control'), 'no-store', query);
    }
    const odd = await compare('ä ö /../<script>"', { version: '\u0000' });
    assert.equal(odd.response.status, 200, 'any text is a questionnaire id that nobody sent');
    assert.deepEqual(odd.body.overall, SUPPRESSED);
    const undecodable = await fetch(`${base}?questionnaire=%ZZ&version=1.0.0`);
    assert.equal(undecodable.status, 200, 'a percent sign that decodes to nothing is kept as text');
    assert.deepEqual((await undecodable.json()).questionnaire, { id: '%ZZ', version: '1.0.0' });
    assert.equal((await fetch(base, { method: 'DELETE' })).status, 404);
  });
}
