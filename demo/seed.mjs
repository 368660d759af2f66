// The demo's example readiness results, so a newcomer running `npm start` sees the comparison
// (GET /api/readiness/comparison) with numbers in it. EXAMPLE DATA: real municipality codes,
// invented scores and pupil counts; every envelope's source is https://example.invalid/demo-seed.
// Only demo/serve.mjs calls this; the receiver's own start (`digione-receiver`) never seeds.
import { createHash } from 'node:crypto';

export const SEED_SOURCE = 'https://example.invalid/demo-seed';

/** The built-in questionnaire (src/readiness/default-questionnaire.ts): its id, version, areas, levels. */
const QUESTIONNAIRE = { id: 'digione-readiness', version: '1.0.0' };
const AREAS = ['leadership', 'funding', 'network', 'identity', 'data', 'systems', 'competence', 'change'];
const QUESTIONS_PER_AREA = 3;
const LEVELS = [
  { id: 'advanced', min: 80 },
  { id: 'good', min: 60 },
  { id: 'developing', min: 35 },
  { id: 'start', min: 0 },
];

/** [code, name, invented basic-education pupils, invented base score]: five or more per size band. */
export const SEED_MUNICIPALITIES = [
  ['091', 'Helsinki', 48000, 74],
  ['049', 'Espoo', 36000, 84],
  ['837', 'Tampere', 23000, 69],
  ['092', 'Vantaa', 25000, 63],
  ['564', 'Oulu', 22000, 71],
  ['853', 'Turku', 17000, 58],
  ['245', 'Kerava', 4200, 61],
  ['684', 'Rauma', 3600, 52],
  ['740', 'Savonlinna', 2700, 47],
  ['205', 'Kajaani', 3000, 55],
  ['140', 'Iisalmi', 1800, 44],
  ['009', 'Alavieska', 300, 38],
  ['047', 'Enontekiö', 160, 33],
  ['148', 'Inari', 620, 49],
  ['322', 'Kemiönsaari', 480, 42],
  ['890', 'Utsjoki', 110, 29],
];

/** A stable envelope id per municipality: seeding twice sends the same submission again. */
function seedId(code) {
  const hex = createHash('sha256').update(`digione-demo-seed-${code}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The example envelope of one municipality: area scores spread around its base score. */
export function seedEnvelope([code, name, pupils, base]) {
  const areas = AREAS.map((id, i) => {
    const spread = ((Number(code) * 7 + i * 13) % 31) - 15; // −15…15, fixed per municipality and area
    const score = Math.max(0, Math.min(100, base + spread));
    return { id, score, answered: QUESTIONS_PER_AREA, total: QUESTIONS_PER_AREA };
  });
  const overall = Math.round((areas.reduce((sum, area) => sum + area.score, 0) / areas.length) * 10) / 10;
  return {
    specversion: '1.0',
    id: seedId(code),
    source: SEED_SOURCE,
    type: 'fi.digione.readiness.completed',
    time: '2026-01-15T08:00:00.000Z',
    datacontenttype: 'application/json',
    dataschema: 'https://digione.fi/schema/v1/readiness-completed.schema.json',
    widget: 'digione-readiness-checker',
    widgetversion: '0.0.0-demo-seed',
    locale: 'fi',
    data: {
      questionnaire: QUESTIONNAIRE,
      municipality: { code, name },
      pupils,
      answers: {},
      scores: { overall, level: LEVELS.find((level) => overall >= level.min)?.id ?? 'start', areas },
    },
  };
}

/**
 * Posts the example results through the receiver's POST /api/submissions, unless they are there
 * already (each is looked up by its fixed id). Answers how many were posted.
 * @param {{ url: string, store: { rows: (query: { id: string }) => Promise<unknown[]> } }} receiver
 */
export async function seedDemo(receiver) {
  const missing = [];
  for (const envelope of SEED_MUNICIPALITIES.map(seedEnvelope)) {
    if (!(await receiver.store.rows({ id: envelope.id })).length) missing.push(envelope);
  }
  for (const envelope of missing) {
    const response = await fetch(`${receiver.url}/api/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/cloudevents+json', 'Idempotency-Key': `"${envelope.id}"` },
      body: JSON.stringify(envelope),
    });
    if (!response.ok) throw new Error(`Seeding the demo receiver failed: ${response.status} ${await response.text()}`);
  }
  return missing.length;
}
