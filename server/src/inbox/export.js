// The exports of the filtered join-request list: the same columns as CSV (UTF-8 with BOM, `;`,
// every cell quoted and formula-neutralised, for Excel in Finnish) and as XLSX (exceljs; every
// value a text or number cell, never a formula).
import ExcelJS from 'exceljs';
import { csvQuotedLine } from '../csv.js';
import { parseStored } from '../safe-json.js';

/** @typedef {import('./i18n/index.js').Strings} Strings */
/** @typedef {import('../database/join-requests.js').JoinRequestRow} JoinRequestRow */

/**
 * The header and the cells of each row, in the language of the person exporting.
 * @param {Strings} t
 */
export function exportColumns(t) {
  /** @type {[string, (row: JoinRequestRow, data: Record<string, any>) => string | number | null | undefined][]} */
  const columns = [
    [t.id, (row) => row.submission_id],
    [t.received, (row) => row.received_at],
    [t.status, (row) => t.statuses[/** @type {keyof Strings['statuses']} */ (row.status)] ?? row.status],
    [`${t.municipality} (code)`, (row) => row.municipality_code],
    [t.municipality, (row, data) => row.municipality_name ?? data.organisationName],
    [t.orgType, (row) => t.orgTypes[/** @type {keyof Strings['orgTypes']} */ (row.organisation_type)] ?? row.organisation_type],
    [t.organisationName, (row, data) => data.organisationName],
    [t.contactName, (row, data) => data.contactName],
    [t.jobTitle, (row, data) => data.title],
    [t.email, (row, data) => data.email],
    [t.phone, (row, data) => data.phone],
    [t.pupils, (row, data) => (typeof data.pupils === 'number' ? data.pupils : undefined)],
    [t.interests, (row, data) => interestLabels(t, data.interests).join(', ')],
    [t.timeframe, (row) => t.timeframes[/** @type {keyof Strings['timeframes']} */ (row.timeframe)] ?? row.timeframe],
    [t.message, (row, data) => data.message],
    [`${t.readiness}: ${t.overall}`, (row, data) => (typeof data.readiness?.overall === 'number' ? data.readiness.overall : undefined)],
    [`${t.readiness}: ${t.level}`, (row, data) => data.readiness?.level],
    [t.note, (row) => row.note],
  ];
  return columns;
}

/** @param {Strings} t @param {unknown} interests */
export const interestLabels = (t, interests) =>
  Array.isArray(interests) ? interests.map((i) => t.interestNames[/** @type {keyof Strings['interestNames']} */ (i)] ?? String(i)) : [];

/** @param {Strings} t @param {AsyncIterable<JoinRequestRow>} rows */
async function* cellRows(t, rows) {
  const columns = exportColumns(t);
  yield columns.map(([header]) => header);
  for await (const row of rows) {
    const data = parseStored(row.envelope)?.data ?? {};
    yield columns.map(([, cell]) => cell(row, data) ?? '');
  }
}

/** @param {Strings} t @param {AsyncIterable<JoinRequestRow>} rows @returns {Promise<{ body: string, count: number }>} */
export async function toCsv(t, rows) {
  const lines = [];
  for await (const cells of cellRows(t, rows)) lines.push(csvQuotedLine(cells));
  return { body: `\uFEFF${lines.join('\r\n')}\r\n`, count: lines.length - 1 };
}

/** @param {Strings} t @param {AsyncIterable<JoinRequestRow>} rows @returns {Promise<{ body: Buffer, count: number }>} */
export async function toXlsx(t, rows) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t.joinTitle.slice(0, 31));
  let count = -1;
  for await (const cells of cellRows(t, rows)) {
    sheet.addRow(cells);
    count += 1;
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return { body: Buffer.from(await workbook.xlsx.writeBuffer()), count };
}
