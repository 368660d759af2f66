// "How do we compare?": the anonymous comparison of readiness results (README, "The comparison").
// Pure: from the stored rows to the published answer. One municipality is one
// vote (its latest result); a result without a municipality does not count; a row (an area,
// the overall score) is published only when at least `minimum` municipalities contributed to it.

export const READINESS_TYPE = 'fi.digione.readiness.completed';

/** The default and the lowest allowed minimum group size (DIGIONE_COMPARISON_MIN). */
export const DEFAULT_MINIMUM = 5;
export const LOWEST_MINIMUM = 3;

/**
 * Size bands by basic-education pupils: under 1,000; 1,000 to 5,000 (both included); over 5,000.
 * @type {ReadonlyArray<{ id: string, test: (pupils: number) => boolean }>}
 */
export const BANDS = [
  { id: 'under-1000', test: (pupils) => pupils < 1000 },
  { id: '1000-5000', test: (pupils) => pupils >= 1000 && pupils <= 5000 },
  { id: 'over-5000', test: (pupils) => pupils > 5000 },
];
export const BAND_IDS = BANDS.map((band) => band.id);

/** @param {number | undefined} pupils @returns {string | undefined} */
export const bandOf = (pupils) => (pupils === undefined ? undefined : BANDS.find((band) => band.test(pupils))?.id);

/**
 * The p-quantile of ascending numbers, inclusive linear interpolation: h = (n − 1)·p, then
 * x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]). The same as Excel's QUARTILE.INC / PERCENTILE.INC,
 * R's type 7 and NumPy's default ("linear"). p = 0.5 is the ordinary median.
 * @param {number[]} sorted ascending, at least one number
 * @param {number} p 0–1
 */
export function quantile(sorted, p) {
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
}

/** Published figures are rounded to two decimals (scores are 0–100). */
const round = (/** @type {number} */ value) => Math.round(value * 100) / 100;

/**
 * n, median and quartiles of the values, or `{ suppressed: true }` (and nothing else) below the minimum.
 * @param {number[]} values
 * @param {number} minimum
 * @returns {{ suppressed: true } | { n: number, median: number, p25: number, p75: number }}
 */
export function summarize(values, minimum) {
  if (values.length < minimum) return { suppressed: true };
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, median: round(quantile(sorted, 0.5)), p25: round(quantile(sorted, 0.25)), p75: round(quantile(sorted, 0.75)) };
}

/** @param {unknown} value */
const isScore = (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100;
/** @param {unknown} value */
const isText = (value) => typeof value === 'string' && value.length > 0 && value.length <= 200;

/**
 * @typedef {object} Contribution
 * @property {string} municipality the Statistics Finland code
 * @property {{ id: string, version: string }} questionnaire
 * @property {number} overall
 * @property {string} level
 * @property {Map<string, number>} areas area id → score (the first of a repeated id)
 * @property {number | undefined} pupils
 * @property {string | undefined} name the municipality's name as sent (the inbox shows it)
 * @property {string} [receivedAt] when the receiver got it (set by latestPerMunicipality)
 */

/** @typedef {{ receivedAt: string, envelope: any }} StoredResult a stored row (received_at is ISO 8601 UTC) */

/**
 * What one stored envelope contributes, or undefined when it is not a readiness result of a
 * municipality with readable scores (rows stored by older collectors are read defensively).
 * @param {any} envelope
 * @returns {Contribution | undefined}
 */
export function contributionOf(envelope) {
  if (envelope?.type !== READINESS_TYPE) return undefined;
  const data = envelope.data;
  const code = data?.municipality?.code;
  const { id, version } = data?.questionnaire ?? {};
  const scores = data?.scores;
  if (typeof code !== 'string' || !/^[0-9]{3}$/.test(code) || !isText(id) || !isText(version)) return undefined;
  if (!isScore(scores?.overall) || !isText(scores?.level)) return undefined;
  /** @type {Map<string, number>} */
  const areas = new Map();
  for (const area of Array.isArray(scores.areas) ? scores.areas : []) {
    if (isText(area?.id) && isScore(area?.score) && !areas.has(area.id)) areas.set(area.id, area.score);
  }
  const pupils = Number.isInteger(data.pupils) && data.pupils >= 0 ? data.pupils : undefined;
  const name = isText(data.municipality.name) ? data.municipality.name : undefined;
  return { municipality: code, questionnaire: { id, version }, overall: scores.overall, level: scores.level, areas, pupils, name };
}

/**
 * The order of results: the time received (the receiver's clock, which a sender cannot set), the
 * envelope's own `time` breaking a tie. A later result has the greater key.
 * @param {string} receivedAt @param {any} envelope
 */
export const resultKey = (receivedAt, envelope) => `${receivedAt} ${typeof envelope?.time === 'string' ? envelope.time : ''}`;

/**
 * @typedef {object} ComparisonQuery
 * @property {string} questionnaire
 * @property {string} version
 * @property {string} [band] one of BAND_IDS; absent = all municipalities
 * @property {number} minimum
 */

/**
 * The latest contribution per municipality for this questionnaire version: the one received
 * last (the receiver's clock, which a sender cannot set), the envelope's own `time` breaking a
 * tie. Reads the rows one at a time, in any order: only the contributions are kept. Without a
 * questionnaire, the latest of any questionnaire (the inbox's list of municipalities).
 * @param {Iterable<StoredResult> | AsyncIterable<StoredResult>} rows
 * @param {{ questionnaire?: string, version?: string }} [query]
 */
export async function latestPerMunicipality(rows, { questionnaire, version } = {}) {
  /** @type {Map<string, { key: string, contribution: Contribution }>} */
  const latest = new Map();
  for await (const { receivedAt, envelope } of rows) {
    const contribution = contributionOf(envelope);
    if (!contribution) continue;
    if (questionnaire !== undefined && (contribution.questionnaire.id !== questionnaire || contribution.questionnaire.version !== version)) continue;
    const key = resultKey(receivedAt, envelope);
    const known = latest.get(contribution.municipality);
    if (!known || key > known.key) latest.set(contribution.municipality, { key, contribution: { ...contribution, receivedAt } });
  }
  return [...latest.values()].map((entry) => entry.contribution);
}

/**
 * The published comparison (schema/readiness-comparison.schema.json). With a band, only the
 * municipalities whose latest result gives a pupil count in that band.
 * @param {Contribution[]} contributions one per municipality
 * @param {ComparisonQuery} query
 */
export function comparison(contributions, { questionnaire, version, band, minimum }) {
  const group = band ? contributions.filter((c) => bandOf(c.pupils) === band) : contributions;
  const overall = summarize(
    group.map((c) => c.overall),
    minimum,
  );
  /** @type {Map<string, number>} */
  const levels = new Map();
  for (const c of group) levels.set(c.level, (levels.get(c.level) ?? 0) + 1);
  /** @type {Map<string, number[]>} */
  const areaScores = new Map();
  for (const c of group) for (const [id, score] of c.areas) areaScores.set(id, [...(areaScores.get(id) ?? []), score]);
  const byId = (/** @type {[string, unknown]} */ a, /** @type {[string, unknown]} */ b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  return {
    questionnaire: { id: questionnaire, version },
    band: band ?? null,
    minimum,
    overall: 'suppressed' in overall ? overall : { ...overall, levels: [...levels].sort(byId).map(([id, n]) => ({ id, n })) },
    areas: [...areaScores].sort(byId).map(([id, scores]) => ({ id, ...summarize(scores, minimum) })),
  };
}
