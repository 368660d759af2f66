// The pure parts of the inbox's readiness views and overview: the statistics from stored
// results (latest per municipality, history, overview per area, counts this month) and the
// server-rendered SVG charts and tables.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGES } from '../src/inbox/i18n/index.js';
import { areaOverview, areaScoresOf, helsinkiMonth, historyOf, latestResults, sentCounts } from '../src/inbox/readiness-results.js';
import { CHART_WIDTH, chartX, formatScore, overviewGroup, resultChart, resultSection, spreadChart, wrapText } from '../src/inbox/readiness-views.js';

const { fi, sv, en } = LANGUAGES;

/** A stored readiness result. */
function stored(id, receivedAt, code, overall, areas, { name = `Kunta ${code}`, version = '1.0.0', time = receivedAt } = {}) {
  return {
    id,
    receivedAt,
    envelope: {
      type: 'fi.digione.readiness.completed',
      time,
      data: {
        questionnaire: { id: 'digione-readiness', version },
        municipality: { code, name },
        scores: { overall, level: 'good', areas: Object.entries(areas).map(([area, score]) => ({ id: area, score, answered: 2, total: 4 })) },
        contact: { name: 'Liisa', email: 'liisa@example.fi' },
      },
    },
  };
}

const ROWS = [
  stored('a', '2026-01-01T10:00:00.000Z', '091', 40, { data: 30, leadership: 50 }, { name: 'Helsinki' }),
  stored('b', '2026-02-01T10:00:00.000Z', '049', 80, { data: 90, leadership: 70 }, { name: 'Espoo' }),
  stored('c', '2026-03-01T10:00:00.000Z', '091', 60, { data: 70, leadership: 50 }, { name: 'Helsinki' }),
  stored('d', '2026-03-02T10:00:00.000Z', '837', 50, { data: 40 }, { name: 'Tampere' }),
  stored('e', '2026-03-03T10:00:00.000Z', '092', 10, { other: 10 }, { name: 'Vantaa', version: '0.9' }),
  { id: 'f', receivedAt: '2026-03-04T10:00:00.000Z', envelope: undefined },
  stored('g', '2026-03-05T10:00:00.000Z', 'x', 10, {}),
];

test('latestResults: one per municipality, the one received last, of any questionnaire, by name', async () => {
  const latest = await latestResults(ROWS);
  assert.deepEqual(
    latest.map((c) => [c.name, c.overall, c.receivedAt]),
    [
      ['Espoo', 80, '2026-02-01T10:00:00.000Z'],
      ['Helsinki', 60, '2026-03-01T10:00:00.000Z'],
      ['Tampere', 50, '2026-03-02T10:00:00.000Z'],
      ['Vantaa', 10, '2026-03-03T10:00:00.000Z'],
    ],
  );
});

test('historyOf: every result of the municipality, newest first (the envelope time breaks a tie), with the areas as sent', () => {
  const tied = stored('h', '2026-03-01T10:00:00.000Z', '091', 65, { data: 75 }, { time: '2026-03-01T09:59:59.000Z' });
  const history = historyOf([...ROWS, tied], '091');
  assert.deepEqual(
    history.map((r) => r.id),
    ['c', 'h', 'a'],
  );
  assert.deepEqual(history[0].areas, [
    { id: 'data', score: 70, answered: 2, total: 4 },
    { id: 'leadership', score: 50, answered: 2, total: 4 },
  ]);
  assert.deepEqual(historyOf(ROWS, '999'), []);
});

test('areaScoresOf: keeps readable areas only; answered and total only when they are whole numbers', () => {
  assert.deepEqual(areaScoresOf(undefined), []);
  assert.deepEqual(areaScoresOf([{ id: 'a', score: 5 }, { id: 'b', score: 'x' }, null, { score: 3 }, { id: 'c', score: 7, answered: 1.5, total: 2 }]), [
    { id: 'a', score: 5 },
    { id: 'c', score: 7, total: 2 },
  ]);
});

test('areaOverview: per questionnaire version, the latest result per municipality summarised with no minimum group size', async () => {
  const groups = await areaOverview(ROWS);
  assert.deepEqual(
    groups.map((g) => [g.version, g.municipalities]),
    [
      ['1.0.0', 3],
      ['0.9', 1],
    ],
  );
  // 1.0.0: Helsinki 60 (its later result), Espoo 80, Tampere 50.
  assert.deepEqual(groups[0].overall, { n: 3, median: 60, p25: 55, p75: 70, levels: [{ id: 'good', n: 3 }] });
  assert.deepEqual(groups[0].areas, [
    { id: 'data', n: 3, median: 70, p25: 55, p75: 80 },
    { id: 'leadership', n: 2, median: 60, p25: 55, p75: 65 },
  ]);
  assert.deepEqual(groups[1].areas, [{ id: 'other', n: 1, median: 10, p25: 10, p75: 10 }], 'a single municipality is shown');
});

test('helsinkiMonth and sentCounts: this month begins at midnight on the 1st, Finnish time', () => {
  assert.deepEqual(helsinkiMonth(new Date('2026-11-30T22:30:00Z')), { firstDay: '2026-12-01', since: '2026-11-30T22:00:00.000Z' });
  assert.deepEqual(helsinkiMonth(new Date('2026-07-15T12:00:00Z')), { firstDay: '2026-07-01', since: '2026-06-30T21:00:00.000Z' });
  const sent = [
    { receivedAt: '2026-06-30T20:59:59.999Z', municipality: '091' },
    { receivedAt: '2026-06-30T21:00:00.000Z', municipality: '091' },
    { receivedAt: '2026-07-02T00:00:00.000Z', municipality: '049' },
    { receivedAt: '2026-07-03T00:00:00.000Z', municipality: undefined },
  ];
  assert.deepEqual(sentCounts(sent, '2026-06-30T21:00:00.000Z'), { total: 4, month: 3, municipalities: 2, monthMunicipalities: 2 });
});

test('formatScore and chartX: Finnish and Swedish decimal comma, English point; scores placed 4 units a point, clamped', () => {
  assert.equal(formatScore(62.5, 'fi'), '62,5');
  assert.equal(formatScore(62.5, 'sv'), '62,5');
  assert.equal(formatScore(62.5, 'en'), '62.5');
  assert.equal(formatScore(46.25, 'fi'), '46,25');
  assert.equal(CHART_WIDTH, 400);
  assert.deepEqual([chartX(0), chartX(62.5), chartX(100), chartX(130), chartX(-5), chartX(33.33)], [0, 250, 400, 400, 0, 133.32]);
});

test('resultChart: one image with a name, <title> and <desc>; a bar per area as wide as its score; no inline style; text escaped', () => {
  const svg = String(
    resultChart(
      fi,
      [
        { id: 'data', score: 50 },
        { id: '<b>x</b>', score: 75.5 },
      ],
      'Pisteet "alueittain"',
    ),
  );
  assert.match(svg, /^<svg class="chart" role="img" aria-label="Pisteet &quot;alueittain&quot;" viewBox="0 0 400 96"/);
  assert.match(svg, /<title>Pisteet &quot;alueittain&quot;<\/title><desc>Kunkin alueen pisteet palkkina asteikolla 0–100\.[^<]*<\/desc>/);
  assert.deepEqual(
    [...svg.matchAll(/<rect class="value" x="0" y="(\d+)" width="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]),
    [
      [26, 200],
      [80, 302],
    ],
  );
  assert.match(svg, /<text x="0" y="17" class="label">Tiedonhallinta ja tietosuoja: 50<\/text>/);
  assert.match(svg, /&lt;b&gt;x&lt;\/b&gt;: 75,5/);
  assert.doesNotMatch(svg, /style=|<b>/);
});

test('resultSection: the level and overall named, then the chart and an equivalent table; without areas only the figures', () => {
  const html = String(resultSection(sv, { overall: 62, level: 'developing', areas: [{ id: 'network', score: 40, answered: 3, total: 5 }] }, 'Poäng'));
  assert.match(html, /<dt>Nivå<\/dt><dd>Under utveckling<\/dd><dt>Totalresultat<\/dt><dd>62<\/dd>/);
  assert.match(html, /<svg[^>]*aria-label="Poäng"/);
  assert.match(html, /<table><caption>Poäng<\/caption>[\s\S]*<th scope="row">Nätverk och enheter<\/th><td>40<\/td><td>3 \/ 5<\/td>/);
  const bare = String(resultSection(en, { overall: 10, level: 'mystery', areas: [] }, 'Scores'));
  assert.match(bare, /<dd>mystery<\/dd>/, 'an unknown level by its id');
  assert.doesNotMatch(bare, /<svg|<table/);
});

test('spreadChart: per row the quartiles as a band and the median as a line, with the figures as text and a 0–100 scale', () => {
  const svg = String(spreadChart(fi, [{ label: 'Kokonaistulos', n: 3, median: 60, p25: 55, p75: 70 }], 'Kuntien pisteet'));
  assert.match(svg, /<svg class="chart" role="img" aria-label="Kuntien pisteet" viewBox="0 0 400 92"[^>]*><title>Kuntien pisteet<\/title><desc>/);
  assert.match(svg, /<rect class="iqr" x="220" y="46" width="60" height="14"><\/rect>/);
  assert.match(svg, /<line class="median" x1="240" x2="240"/);
  assert.match(svg, /mediaani 60, kvartiilit 55–70, n = 3/);
  assert.deepEqual(
    [...svg.matchAll(/<text x="[\d.]+" y="\d+" text-anchor="(\w+)" class="figures">(\d+)<\/text>/g)].map((m) => [m[2], m[1]]),
    [
      ['0', 'start'],
      ['25', 'middle'],
      ['50', 'middle'],
      ['75', 'middle'],
      ['100', 'end'],
    ],
  );
  const flat = String(spreadChart(en, [{ label: 'Data', n: 1, median: 10, p25: 10, p75: 10 }], 'x'));
  assert.match(flat, /<rect class="iqr" x="40" y="46" width="1"/, 'one municipality: a band of one unit, still visible');
});

test('overviewGroup: the table holds the chart’s figures, the overall first; suppressed rows (none here) are left out', () => {
  const group = {
    questionnaire: 'digione-readiness',
    version: '1.0.0',
    municipalities: 3,
    overall: { n: 3, median: 60, p25: 55, p75: 70 },
    areas: [
      { id: 'data', n: 3, median: 70, p25: 55, p75: 80 },
      { id: 'gone', suppressed: /** @type {const} */ (true) },
    ],
  };
  const html = String(overviewGroup(en, group, 0));
  assert.match(html, /<h3 id="questionnaire-0">Questionnaire digione-readiness, version 1\.0\.0<\/h3>/);
  const rows = [
    ...html
      .split('<tbody>')[1]
      .matchAll(/<tr><th scope="row"[^>]*>([^<]+)<\/th><td[^>]*>(\d+)<\/td><td[^>]*>([\d.]+)<\/td><td[^>]*>([\d.]+)<\/td><td[^>]*>([\d.]+)<\/td><\/tr>/g),
  ].map((m) => m.slice(1));
  assert.deepEqual(rows, [
    ['Overall', '3', '55', '60', '70'],
    ['Information management and data protection', '3', '55', '70', '80'],
  ]);
  const medians = [...html.matchAll(/<line class="median" x1="([\d.]+)"/g)].map((m) => Number(m[1]) / 4);
  assert.deepEqual(
    medians,
    rows.map((r) => Number(r[3])),
  );
});

test('wrapText: SVG text does not wrap, so labels are broken at spaces; a longer word keeps its own line', () => {
  assert.deepEqual(wrapText('Muutoksen johtaminen ja toimintakulttuuri', 34), ['Muutoksen johtaminen ja', 'toimintakulttuuri']);
  assert.deepEqual(wrapText('  Data  ', 34), ['Data']);
  assert.deepEqual(wrapText('a verylongwordindeed b', 5), ['a', 'verylongwordindeed', 'b']);
  const svg = String(resultChart(en, [{ id: 'change', score: 62.5 }], 'x'));
  assert.deepEqual(
    [...svg.matchAll(/<text x="0" y="(\d+)" class="label">([^<]+)<\/text>/g)].map((m) => [Number(m[1]), m[2]]),
    [
      [17, 'Change management and operating'],
      [39, 'culture: 62.5'],
    ],
  );
  assert.match(svg, /<rect class="track" x="0" y="48"/, 'the bar below both lines');
});
