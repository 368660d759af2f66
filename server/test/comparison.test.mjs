// The comparison's statistics (src/comparison.js), with figures computed by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bandOf, comparison, contributionOf, latestPerMunicipality, quantile, summarize } from '../src/comparison.js';
import { readConfig, ConfigError } from '../src/config.js';

const QUESTIONNAIRE = { id: 'digione-readiness', version: '1.0.0' };
let clock = 0;
const at = (seconds) => new Date(Date.UTC(2026, 0, 1, 0, 0, seconds)).toISOString();
/** A stored readiness envelope; each one made later than the one before. */
function result(code, overall, areas = {}, { level = 'good', pupils, questionnaire = QUESTIONNAIRE } = {}) {
  return {
    type: 'fi.digione.readiness.completed',
    time: at(clock++),
    data: {
      questionnaire,
      ...(code ? { municipality: { code, name: `Kunta ${code}` } } : {}),
      ...(pupils === undefined ? {} : { pupils }),
      answers: {},
      scores: { overall, level, areas: Object.entries(areas).map(([id, score]) => ({ id, score, answered: 1, total: 1 })) },
    },
  };
}
const query = { questionnaire: QUESTIONNAIRE.id, version: QUESTIONNAIRE.version };

test('quantile: inclusive linear interpolation, the values of Excel QUARTILE.INC and PERCENTILE.INC', () => {
  // QUARTILE.INC({1,2,3,4}, 1) = 1.75, (…, 2) = 2.5, (…, 3) = 3.25
  assert.equal(quantile([1, 2, 3, 4], 0.25), 1.75);
  assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
  assert.equal(quantile([1, 2, 3, 4], 0.75), 3.25);
  // PERCENTILE.INC({15,20,35,40,50}, 0.4): h = 4·0.4 = 1.6 → 20 + 0.6·(35 − 20) = 29
  assert.equal(quantile([15, 20, 35, 40, 50], 0.4), 29);
  assert.equal(quantile([15, 20, 35, 40, 50], 0), 15);
  assert.equal(quantile([15, 20, 35, 40, 50], 1), 50);
  assert.equal(quantile([42], 0.25), 42);
});

test('summarize: n, median and quartiles from unsorted values; below the minimum only { suppressed: true }', () => {
  // sorted 30 45 50 62 70 88: p25 h=1.25 → 45 + 0.25·5 = 46.25; median h=2.5 → 56; p75 h=3.75 → 62 + 0.75·8 = 68
  assert.deepEqual(summarize([70, 30, 88, 50, 62, 45], 5), { n: 6, median: 56, p25: 46.25, p75: 68 });
  assert.deepEqual(summarize([70, 30, 88, 50], 5), { suppressed: true });
  assert.deepEqual(summarize([], 3), { suppressed: true });
  // rounded to two decimals: 33.3 33.4 33.4 → p25 h=0.5 → 33.35
  assert.deepEqual(summarize([33.4, 33.3, 33.4], 3), { n: 3, median: 33.4, p25: 33.35, p75: 33.4 });
});

test('bands: under 1,000 / 1,000–5,000 (both ends included) / over 5,000; no count, no band', () => {
  assert.equal(bandOf(0), 'under-1000');
  assert.equal(bandOf(999), 'under-1000');
  assert.equal(bandOf(1000), '1000-5000');
  assert.equal(bandOf(5000), '1000-5000');
  assert.equal(bandOf(5001), 'over-5000');
  assert.equal(bandOf(undefined), undefined);
});

test('contributionOf: only readiness results of a municipality with readable scores count', () => {
  assert.equal(contributionOf(result(undefined, 50)), undefined, 'no municipality');
  assert.equal(contributionOf({ ...result('091', 50), type: 'fi.digione.join.requested' }), undefined);
  assert.equal(contributionOf(undefined), undefined, 'an unreadable row');
  assert.equal(contributionOf(result('91', 50)), undefined, 'not a municipality code');
  assert.equal(contributionOf(result('091', 150)), undefined, 'score out of range');
  assert.equal(contributionOf(result('091', Number.NaN)), undefined);
  const bad = result('091', 50, { data: 60 });
  bad.data.scores.areas.push({ id: 'data', score: 10 }, { id: 'x', score: 'high' }, null);
  const contribution = contributionOf(bad);
  assert.deepEqual([...contribution.areas], [['data', 60]], 'the first of a repeated area; unreadable areas left out');
  assert.equal(contributionOf(result('091', 50, {}, { pupils: -3 })).pupils, undefined);
  assert.equal(contributionOf(result('091', 50, {}, { pupils: 1200 })).pupils, 1200);
});

/** Rows as the store gives them, each received when its envelope was made. */
const stored = (envelopes) => envelopes.map((envelope) => ({ receivedAt: envelope.time, envelope }));

test('latestPerMunicipality: one vote per municipality (its latest received result of this questionnaire version)', async () => {
  const oldest = result('091', 10);
  const older = result('837', 20);
  const otherVersion = result('837', 99, {}, { questionnaire: { id: 'digione-readiness', version: '2.0.0' } });
  const latest = result('091', 30);
  const anonymous = result(undefined, 100);
  const rows = stored([anonymous, latest, otherVersion, older, oldest]);
  const overalls = async (list) => (await latestPerMunicipality(list, query)).map((c) => [c.municipality, c.overall]).sort();
  const expected = [
    ['091', 30],
    ['837', 20],
  ];
  assert.deepEqual(await overalls(rows), expected);
  assert.deepEqual(await overalls([...rows].reverse()), expected, 'in any order');
  // The receiver's clock decides, not the sender's: a result received later wins whatever its time says.
  const backdated = { ...result('091', 77), time: at(-1000) };
  assert.deepEqual(await overalls([...rows, { receivedAt: at(clock++), envelope: backdated }]), [['091', 77], ['837', 20]]);
  // Received in the same millisecond: the envelope's time breaks the tie.
  const same = at(clock++);
  const first = result('564', 10);
  const second = result('564', 20);
  const tied = [{ receivedAt: same, envelope: second }, { receivedAt: same, envelope: first }];
  assert.deepEqual(await overalls(tied), [['564', 20]]);
});

test('comparison: areas and overall each need the minimum; the level distribution by id; bands filter', async () => {
  const results = [
    result('005', 30, { data: 20, network: 50 }, { level: 'start', pupils: 400 }),
    result('009', 45, { data: 40, network: 60 }, { level: 'developing', pupils: 300 }),
    result('010', 50, { data: 60, network: 70 }, { level: 'developing', pupils: 999 }),
    result('016', 62, { data: 80 }, { level: 'good', pupils: 4000 }),
    result('018', 70, { data: 100 }, { level: 'good' }),
    result('019', 88, { data: 90, leadership: 100 }, { level: 'advanced', pupils: 12000 }),
  ];
  const contributions = await latestPerMunicipality(stored(results), query);
  assert.deepEqual(comparison(contributions, { ...query, minimum: 5 }), {
    questionnaire: QUESTIONNAIRE,
    band: null,
    minimum: 5,
    overall: {
      n: 6,
      median: 56,
      p25: 46.25,
      p75: 68,
      levels: [
        { id: 'advanced', n: 1 },
        { id: 'developing', n: 2 },
        { id: 'good', n: 2 },
        { id: 'start', n: 1 },
      ],
    },
    // data sorted 20 40 60 80 90 100: p25 h=1.25 → 45; median h=2.5 → 70; p75 h=3.75 → 87.5
    areas: [
      { id: 'data', n: 6, median: 70, p25: 45, p75: 87.5 },
      { id: 'leadership', suppressed: true },
      { id: 'network', suppressed: true },
    ],
  });
  // under 1,000: 005, 009, 010 — three municipalities; published only with a minimum of 3
  assert.deepEqual(comparison(contributions, { ...query, band: 'under-1000', minimum: 5 }).overall, { suppressed: true });
  const small = comparison(contributions, { ...query, band: 'under-1000', minimum: 3 });
  assert.deepEqual(small.overall, { n: 3, median: 45, p25: 37.5, p75: 47.5, levels: [{ id: 'developing', n: 2 }, { id: 'start', n: 1 }] });
  assert.deepEqual(small.areas, [
    { id: 'data', n: 3, median: 40, p25: 30, p75: 50 },
    { id: 'network', n: 3, median: 60, p25: 55, p75: 65 },
  ]);
  assert.deepEqual(comparison([], { ...query, minimum: 5 }).overall, { suppressed: true });
  assert.deepEqual(comparison([], { ...query, minimum: 5 }).areas, []);
});

test('DIGIONE_COMPARISON_MIN: default 5; below 3 the start is refused', () => {
  assert.equal(readConfig({}, 'x.sqlite').comparisonMin, 5);
  assert.equal(readConfig({ DIGIONE_COMPARISON_MIN: '3' }, 'x.sqlite').comparisonMin, 3);
  assert.throws(() => readConfig({ DIGIONE_COMPARISON_MIN: '2' }, 'x.sqlite'), (error) => error instanceof ConfigError && /DIGIONE_COMPARISON_MIN/.test(error.message));
  assert.throws(() => readConfig({ DIGIONE_COMPARISON_MIN: 'five' }, 'x.sqlite'), ConfigError);
});
