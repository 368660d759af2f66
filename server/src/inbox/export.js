// The exports (the filtered join-request list, an event's attendees): the same columns as CSV
// (UTF-8 with BOM, `;`, every cell quoted and formula-neutralised, for Excel in Finnish) and as
// XLSX (exceljs; every value a text or number cell, never a formula).
import ExcelJS from 'exceljs';
import { csvQuotedLine } from '../csv.js';
import { parseStored } from '../safe-json.js';

/** @typedef {import('./i18n/index.js').Strings} Strings */
/** @typedef {import('../database/join-requests.js').JoinRequestRow} JoinRequestRow */
/**
 * @template {{ envelope: string }} Row
 * @typedef {[string, (row: Row, data: Record<string, any>) => string | number | null | undefined][]} Columns
 */

/**
 * The header and the cells of each row, in the language of the person exporting.
 * @param {Strings} t
 */
export function joinRequestColumns(t) {
  /** @type {Columns<JoinRequestRow>} */
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

/**
 * An event's attendees.
 * @param {Strings} t
 * @returns {Columns<import('../database/events.js').RegistrationRow>}
 */
export const attendeeColumns = (t) => [
  [t.contactName, (row, data) => data.name],
  [t.email, (row, data) => data.email],
  [t.organisation, (row, data) => data.organisation],
  [t.received, (row) => row.received_at],
  [t.event, (row) => row.event_title],
  [t.eventStart, (row) => row.event_start],
  [t.id, (row) => row.submission_id],
];

/**
 * @template {{ envelope: string }} Row
 * @param {Columns<Row>} columns @param {AsyncIterable<Row> | Iterable<Row>} rows
 */
async function* cellRows(columns, rows) {
  yield columns.map(([header]) => header);
  for await (const row of rows) {
    const data = parseStored(row.envelope)?.data ?? {};
    yield columns.map(([, cell]) => cell(row, data) ?? '');
  }
}

/**
 * @template {{ envelope: string }} Row
 * @param {Columns<Row>} columns @param {AsyncIterable<Row> | Iterable<Row>} rows
 * @returns {Promise<{ body: string, count: number }>}
 */
export async function toCsv(columns, rows) {
  const lines = [];
  for await (const cells of cellRows(columns, rows)) lines.push(csvQuotedLine(cells));
  return { body: `\uFEFF${lines.join('\r\n')}\r\n`, count: lines.length - 1 };
}

/**
 * @template {{ envelope: string }} Row
 * @param {Columns<Row>} columns @param {AsyncIterable<Row> | Iterable<Row>} rows @param {string} sheetName
 * @returns {Promise<{ body: Buffer, count: number }>}
 */
export async function toXlsx(columns, rows, sheetName) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.replace(/[*?:\\/[\]]/g, ' ').slice(0, 31) || 'Sheet1');
  let count = -1;
  for await (const cells of cellRows(columns, rows)) {
    sheet.addRow(cells);
    count += 1;
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return { body: Buffer.from(await workbook.xlsx.writeBuffer()), count };
}

/**
 * An export as CSV or XLSX: how many rows it has (for the audit log, written before it is sent)
 * and how to send it under a file name.
 * @template {{ envelope: string }} Row
 * @param {'csv' | 'xlsx'} format @param {Columns<Row>} columns @param {AsyncIterable<Row> | Iterable<Row>} rows @param {string} sheetName
 */
export async function exportFile(format, columns, rows, sheetName) {
  const { body, count } = format === 'csv' ? await toCsv(columns, rows) : await toXlsx(columns, rows, sheetName);
  const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return {
    count,
    /** @param {import('fastify').FastifyReply} reply @param {string} name */
    send: (reply, name) => reply.type(type).header('Content-Disposition', `attachment; filename="${name}.${format}"`).send(body),
  };
}
