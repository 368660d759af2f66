/**
 * "How do we compare?": the checker's side of the anonymous comparison with other
 * municipalities (digione-receiver's GET /api/readiness/comparison,
 * schema/readiness-comparison.schema.json). Pure: the URL to ask, the answer checked, the size
 * band of a pupil count, and where each area stands against the median. No DOM, no text: the
 * element renders message keys, so a language switch changes every sentence at once.
 */
import { LoadError } from '../core/load.js';

/** Size bands by basic-education pupils (the receiver's bands): under 1,000; 1,000–5,000; over 5,000. */
export const BANDS = ['under-1000', '1000-5000', 'over-5000'] as const;
export type Band = (typeof BANDS)[number];

/** The band of a pupil count (1,000 and 5,000 belong to the middle band), or undefined for none. */
export function bandOf(pupils: number | undefined): Band | undefined {
  if (pupils === undefined || !Number.isFinite(pupils) || pupils < 0) return undefined;
  if (pupils < 1000) return 'under-1000';
  return pupils <= 5000 ? '1000-5000' : 'over-5000';
}

/** One published row: how many municipalities, their median and quartiles (0–100). */
export interface ComparisonFigures {
  n: number;
  median: number;
  p25: number;
  p75: number;
}
/** A row with too few municipalities carries no numbers. */
export type ComparisonRow = ComparisonFigures | { suppressed: true };

export interface Comparison {
  questionnaire: { id: string; version: string };
  /** The size band the figures are for; null for all municipalities. */
  band: Band | null;
  /** The minimum group size the receiver publishes at. */
  minimum: number;
  overall: ComparisonRow;
  /** By area id. An area the answer does not list has no results yet: it is suppressed. */
  areas: ReadonlyMap<string, ComparisonRow>;
}

/** The comparison URL: `compare-src` with the questionnaire in use and, when known, the band. */
export function comparisonUrl(src: string, questionnaire: { id: string; version: string }, band: Band | undefined, base: string): string {
  let url: URL;
  try {
    url = new URL(src.trim(), base);
  } catch {
    return src; // the loader refuses it with its own message
  }
  url.searchParams.set('questionnaire', questionnaire.id);
  url.searchParams.set('version', questionnaire.version);
  if (band) url.searchParams.set('band', band);
  else url.searchParams.delete('band');
  return url.href;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isScore = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100;
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1;

function row(value: unknown, path: string, problems: string[]): ComparisonRow | undefined {
  if (!isRecord(value)) {
    problems.push(`${path} is not an object`);
    return undefined;
  }
  if (value.suppressed === true) return { suppressed: true };
  const { n, median, p25, p75 } = value;
  if (!isCount(n)) problems.push(`${path}/n is not a whole number of at least 1`);
  for (const [name, figure] of [
    ['median', median],
    ['p25', p25],
    ['p75', p75],
  ] as const)
    if (!isScore(figure)) problems.push(`${path}/${name} is not a number 0–100`);
  if (isScore(p25) && isScore(median) && isScore(p75) && !(p25 <= median && median <= p75)) problems.push(`${path} does not have p25 ≤ median ≤ p75`);
  return isCount(n) && isScore(median) && isScore(p25) && isScore(p75) ? { n, median, p25, p75 } : undefined;
}

/**
 * The answer of the comparison URL, checked: the documented shape, for the questionnaire in
 * use. Anything else is a LoadError('invalid') listing what is wrong (the page author's console).
 */
export function parseComparison(json: unknown, questionnaire: { id: string; version: string }): Comparison {
  const problems: string[] = [];
  if (!isRecord(json)) throw new LoadError('invalid', 'is not a comparison: not a JSON object.');
  const q = json.questionnaire;
  if (!isRecord(q) || q.id !== questionnaire.id || q.version !== questionnaire.version)
    problems.push(`/questionnaire is not ${JSON.stringify({ id: questionnaire.id, version: questionnaire.version })}`);
  const band = json.band;
  if (band !== null && !BANDS.includes(band as Band)) problems.push(`/band is not null or one of ${BANDS.join(', ')}`);
  if (!Number.isInteger(json.minimum) || (json.minimum as number) < 3) problems.push('/minimum is not a whole number of at least 3');
  const overall = row(json.overall, '/overall', problems);
  const areas = new Map<string, ComparisonRow>();
  if (!Array.isArray(json.areas)) problems.push('/areas is not an array');
  else
    for (const [i, area] of (json.areas as unknown[]).entries()) {
      const id = isRecord(area) ? area.id : undefined;
      const figures = row(area, `/areas/${i}`, problems);
      if (typeof id !== 'string' || !id) problems.push(`/areas/${i}/id is not a text`);
      else if (figures && !areas.has(id)) areas.set(id, figures);
    }
  if (problems.length || !overall) throw new LoadError('invalid', `is not a comparison:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return { questionnaire: { ...questionnaire }, band: band as Band | null, minimum: json.minimum as number, overall, areas };
}

/** Within this many points of the median a score is "near" it. */
export const NEAR_POINTS = 5;

export type Standing = 'above' | 'near' | 'below';

/** Where a score stands against the median: near within ±5 points (inclusive), else above or below. */
export function standing(score: number, median: number): Standing {
  const difference = score - median;
  if (Math.abs(difference) <= NEAR_POINTS) return 'near';
  return difference > 0 ? 'above' : 'below';
}

/**
 * What the results say of one row: the figures and the standing (no standing without a score of
 * one's own), or `suppressed` when there are too few municipalities (or none listed).
 */
export type RowComparison = { kind: 'suppressed' } | ({ kind: 'figures'; standing?: Standing } & ComparisonFigures);

export function compareRow(score: number | null, published: ComparisonRow | undefined): RowComparison {
  if (!published || 'suppressed' in published) return { kind: 'suppressed' };
  const { n, median, p25, p75 } = published;
  return { kind: 'figures', n, median, p25, p75, ...(score === null ? {} : { standing: standing(score, median) }) };
}
