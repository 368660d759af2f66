// Readiness results in the inbox, the pure part: from the stored results to each municipality's
// latest result, one municipality's history, the overview per area (comparison.js's statistics,
// with no minimum group size: the team sees its own data), and what was sent this month.
import { comparison, contributionOf, latestPerMunicipality, resultKey } from '../comparison.js';
import { helsinkiDayStart } from './join-request.js';

/** @typedef {{ id: string, receivedAt: string, envelope: any }} StoredReadiness a stored readiness result, parsed */
/** @typedef {import('../comparison.js').Contribution} Contribution */
/** @typedef {{ id: string, score: number, answered?: number, total?: number }} AreaScore */

/** The municipality code a form was sent for, if it names one. @param {any} envelope @returns {string | undefined} */
export const municipalityCodeOf = (envelope) => {
  const code = envelope?.data?.municipality?.code;
  return typeof code === 'string' && /^[0-9]{3}$/.test(code) ? code : undefined;
};

/** The readable area scores of a result as sent (the checker's table: score, answered of total). @param {unknown} areas @returns {AreaScore[]} */
export function areaScoresOf(areas) {
  if (!Array.isArray(areas)) return [];
  return areas
    .filter((area) => typeof area?.id === 'string' && typeof area.score === 'number' && Number.isFinite(area.score))
    .map((area) => ({
      id: area.id,
      score: area.score,
      ...(Number.isInteger(area.answered) ? { answered: area.answered } : {}),
      ...(Number.isInteger(area.total) ? { total: area.total } : {}),
    }));
}

/**
 * The latest result of every municipality (of any questionnaire), by name.
 * @param {StoredReadiness[]} rows
 * @returns {Promise<Contribution[]>}
 */
export async function latestResults(rows) {
  const latest = await latestPerMunicipality(rows);
  return latest.sort((a, b) => (a.name ?? a.municipality).localeCompare(b.name ?? b.municipality, 'fi') || a.municipality.localeCompare(b.municipality));
}

/**
 * Every result of one municipality, newest first (the order latestPerMunicipality picks the latest by).
 * @param {StoredReadiness[]} rows
 * @param {string} code
 */
export function historyOf(rows, code) {
  return rows
    .map((row) => ({ row, contribution: contributionOf(row.envelope), key: resultKey(row.receivedAt, row.envelope) }))
    .filter((entry) => entry.contribution?.municipality === code)
    .sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0))
    .map(({ row, contribution }) => ({
      id: row.id,
      receivedAt: row.receivedAt,
      contribution: /** @type {Contribution} */ (contribution),
      areas: areaScoresOf(row.envelope.data.scores.areas),
    }));
}

/**
 * The overview of all municipalities per area: for each questionnaire version that has results,
 * the latest result per municipality summarised (n, median, quartiles), the most answered first.
 * @param {StoredReadiness[]} rows
 */
export async function areaOverview(rows) {
  /** @type {Map<string, { questionnaire: string, version: string }>} */
  const versions = new Map();
  for (const row of rows) {
    const contribution = contributionOf(row.envelope);
    if (contribution)
      versions.set(JSON.stringify(contribution.questionnaire), { questionnaire: contribution.questionnaire.id, version: contribution.questionnaire.version });
  }
  const groups = [];
  for (const query of versions.values()) {
    const latest = await latestPerMunicipality(rows, query);
    const summary = comparison(latest, { ...query, minimum: 1 });
    groups.push({ ...query, municipalities: latest.length, overall: summary.overall, areas: summary.areas });
  }
  return groups.sort((a, b) => b.municipalities - a.municipalities || a.questionnaire.localeCompare(b.questionnaire) || a.version.localeCompare(b.version));
}

/** Today's date in Helsinki, YYYY-MM-DD. @param {Date} now */
export const helsinkiDate = (now) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(now);

/** The first day of this month in Helsinki (YYYY-MM-DD, the list's "from" filter) and the instant it began (ISO). @param {Date} now */
export function helsinkiMonth(now) {
  const firstDay = `${helsinkiDate(now).slice(0, 7)}-01`;
  return { firstDay, since: helsinkiDayStart(firstDay) };
}

/**
 * How many were sent, and for how many municipalities, in total and since an instant.
 * @param {{ receivedAt: string, municipality: string | null | undefined }[]} sent
 * @param {string} since ISO
 */
export function sentCounts(sent, since) {
  const recent = sent.filter((item) => item.receivedAt >= since);
  const municipalities = (/** @type {typeof sent} */ items) => new Set(items.map((item) => item.municipality).filter(Boolean)).size;
  return { total: sent.length, month: recent.length, municipalities: municipalities(sent), monthMunicipalities: municipalities(recent) };
}
