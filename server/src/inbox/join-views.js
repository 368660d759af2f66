// The join-request pages: the filtered list and the detail view with its status form and
// history. Every value goes through markup`` (escaped).
import { errorSummary, markup, input, select } from './html.js';
import { interestLabels } from './export.js';
import { areaScoresOf } from './readiness-results.js';
import { resultSection } from './readiness-views.js';
import {
  INTERESTS,
  NEXT_STATUSES,
  NOTE_MAX,
  ORGANISATION_TYPES,
  SEARCH_MAX,
  STATUSES,
  TIMEFRAMES,
  encodeCursor,
  filterQuery,
  formatTime,
} from './join-request.js';

/** @typedef {import('./i18n/index.js').Strings} Strings */
/** @typedef {import('../database/join-requests.js').JoinRequestRow} JoinRequestRow */
/** @typedef {import('./join-request.js').Filters} Filters */

/** @param {Record<string, string>} labels @param {string[]} values @returns {[string, string][]} */
const options = (labels, values) => values.map((value) => [value, labels[value] ?? value]);

/** @param {Strings} t @param {string} status */
export const statusLabel = (t, status) => t.statuses[/** @type {keyof Strings['statuses']} */ (status)] ?? status;

/** @param {Strings} t @param {JoinRequestRow} row @param {Record<string, any>} data */
const who = (t, row, data) =>
  row.municipality_name ?? data.organisationName ?? t.orgTypes[/** @type {keyof Strings['orgTypes']} */ (row.organisation_type)] ?? row.organisation_type;

/**
 * @param {Strings} t
 * @param {{ filters: Filters, errors: { field: string, message: string }[], rows: { row: JoinRequestRow, data: Record<string, any> }[], total: number,
 *   next: JoinRequestRow | undefined, paged: boolean, canExport: boolean }} list
 */
export function listView(t, { filters, errors, rows, total, next, paged, canExport }) {
  const errorOf = (/** @type {string} */ id) => errors.find((e) => e.field === id)?.message;
  const query = filterQuery(filters);
  const form = markup`<form method="get" action="/inbox/join-requests" role="search" aria-label="${t.filters}"><fieldset><legend>${t.filters}</legend><div class="fields">
${select({ id: 'status', label: t.status, value: filters.status, options: options(t.statuses, STATUSES), any: t.any, error: errorOf('status') })}
${select({ id: 'orgType', label: t.orgType, value: filters.orgType, options: options(t.orgTypes, ORGANISATION_TYPES), any: t.any, error: errorOf('orgType') })}
${select({ id: 'interest', label: t.interest, value: filters.interest, options: options(t.interestNames, INTERESTS), any: t.any, error: errorOf('interest') })}
${select({ id: 'timeframe', label: t.timeframe, value: filters.timeframe, options: options(t.timeframes, TIMEFRAMES), any: t.any, error: errorOf('timeframe') })}
${input({ id: 'from', label: t.from, type: 'date', value: filters.from, hint: t.dateHint, error: errorOf('from') })}
${input({ id: 'to', label: t.to, type: 'date', value: filters.to, hint: t.dateHint, error: errorOf('to') })}
${input({ id: 'q', label: t.search, type: 'search', value: filters.q, error: errorOf('q'), maxlength: SEARCH_MAX })}
</div><div class="actions"><button type="submit">${t.apply}</button> <a href="/inbox/join-requests">${t.clear}</a></div></fieldset></form>`;
  const table = rows.length
    ? markup`<table class="list"><caption>${t.listCaption}</caption><thead><tr><th scope="col">${t.municipality}</th><th scope="col">${t.orgType}</th>
<th scope="col">${t.contact}</th><th scope="col">${t.interests}</th><th scope="col">${t.timeframe}</th><th scope="col">${t.received}</th><th scope="col">${t.status}</th></tr></thead><tbody>
${rows.map(
  ({ row, data }) => markup`<tr><th scope="row" data-label="${t.municipality}"><a href="/inbox/join-requests/${row.submission_id}">${who(t, row, data)}</a></th>
<td data-label="${t.orgType}">${t.orgTypes[/** @type {keyof Strings['orgTypes']} */ (row.organisation_type)] ?? row.organisation_type}</td>
<td data-label="${t.contact}">${data.contactName ?? ''}${data.email ? markup`<br>${data.email}` : ''}</td>
<td data-label="${t.interests}">${interestLabels(t, data.interests).join(', ')}</td>
<td data-label="${t.timeframe}">${t.timeframes[/** @type {keyof Strings['timeframes']} */ (row.timeframe)] ?? row.timeframe}</td>
<td data-label="${t.received}">${formatTime(row.received_at, t.lang)}</td>
<td data-label="${t.status}">${statusLabel(t, row.status)}</td></tr>`,
)}</tbody></table>`
    : markup`<p>${t.none}</p>`;
  const pages =
    next || paged
      ? markup`<nav aria-label="${t.listCaption}"><ul class="actions">${paged ? markup`<li><a href="/inbox/join-requests${query ? `?${query}` : ''}">${t.first}</a></li>` : ''}
${next ? markup`<li><a href="/inbox/join-requests?${query ? `${query}&` : ''}after=${encodeCursor(next)}">${t.next}</a></li>` : ''}</ul></nav>`
      : '';
  const exports = canExport
    ? markup`<h2>${t.export}</h2><ul class="actions"><li><a href="/inbox/join-requests.csv${query ? `?${query}` : ''}" download>${t.exportCsv}</a></li>
<li><a href="/inbox/join-requests.xlsx${query ? `?${query}` : ''}" download>${t.exportXlsx}</a></li></ul>`
    : '';
  return markup`${errorSummary(t, errors)}${form}<p role="status">${t.count(total)}</p>${table}${pages}${exports}`;
}

/** @param {string} label @param {unknown} value */
const item = (label, value) => (value === undefined || value === null || value === '' ? '' : markup`<dt>${label}</dt><dd>${value}</dd>`);

/**
 * @param {Strings} t
 * @param {{ row: JoinRequestRow, envelope: Record<string, any> | undefined, csrf: string, note: string, to: string,
 *   errors: { field: string, message: string }[], saved: boolean, history: { at: string, action: string, actorEmail: string | null, actor: string, detail: string | null }[],
 *   canErase: boolean, erasedNow: boolean }} detail
 */
export function detailView(t, { row, envelope, csrf, note, to, errors, saved, history, canErase, erasedNow }) {
  const data = envelope?.data ?? {};
  const errorOf = (/** @type {string} */ id) => errors.find((e) => e.field === id)?.message;
  const readiness = data.readiness;
  const readinessPart =
    readiness && typeof readiness === 'object'
      ? resultSection(t, { overall: readiness.overall, level: readiness.level, areas: areaScoresOf(readiness.areas) }, t.readinessAreasCaption)
      : markup`<p>${t.noReadiness}</p>`;
  const choices = [row.status, ...(NEXT_STATUSES[row.status] ?? [])];
  const historyRows = history.map((entry) => {
    const change = entry.detail ? JSON.parse(entry.detail) : {};
    return markup`<tr><td>${formatTime(entry.at, t.lang)}</td><td>${entry.actorEmail ?? entry.actor}</td>
<td>${
      entry.action === 'erase'
        ? t.contactErased
        : markup`${statusLabel(t, change.from)} → ${statusLabel(t, change.to)}${change.noteChanged ? markup`; ${t.noteChanged}` : ''}`
    }</td></tr>`;
  });
  const erasedOnRequest = history.some((entry) => entry.action === 'erase');
  return markup`<p><a href="/inbox/join-requests">${t.back}</a></p>
${saved ? markup`<p class="notice" role="status">${t.saved}</p>` : ''}${erasedNow ? markup`<p class="notice" role="status">${t.erasedNow}</p>` : ''}${errorSummary(t, errors)}
${row.contact_erased_at ? markup`<p>${erasedOnRequest ? t.erasedOnRequest : t.erased}</p>` : ''}
<h2>${t.sent}</h2><dl>
${item(t.received, formatTime(row.received_at, t.lang))}${item(t.status, statusLabel(t, row.status))}
${item(t.orgType, t.orgTypes[/** @type {keyof Strings['orgTypes']} */ (row.organisation_type)] ?? row.organisation_type)}
${item(t.municipality, data.municipality ? `${data.municipality.name} (${data.municipality.code})` : undefined)}
${item(t.organisationName, data.organisationName)}${item(t.contactName, data.contactName)}${item(t.jobTitle, data.title)}
${item(t.email, data.email)}${item(t.phone, data.phone)}${item(t.pupils, data.pupils)}
${item(t.interests, interestLabels(t, data.interests).join(', '))}
${item(t.timeframe, t.timeframes[/** @type {keyof Strings['timeframes']} */ (row.timeframe)] ?? row.timeframe)}
${item(t.message, data.message)}${item(t.page, envelope?.source)}${item(t.language, envelope?.locale)}${item(t.id, row.submission_id)}</dl>
${canErase && !row.contact_erased_at ? markup`<p><a class="button danger" href="/inbox/erase/${row.submission_id}">${t.eraseLink}</a></p>` : ''}
<h2>${t.readiness}</h2>${readinessPart}
<h2>${t.statusTitle}</h2>
<form method="post" action="/inbox/join-requests/${row.submission_id}/status" novalidate><input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="from" value="${row.status}">
${select({ id: 'status', label: t.newStatus, value: to, options: choices.map((s) => [s, statusLabel(t, s)]), error: errorOf('status') })}
<div class="field"><label for="note">${t.note}</label>${errorOf('note') ? markup`<span class="error-text" id="note-error">${errorOf('note')}</span>` : ''}
<textarea id="note" name="note" maxlength="${NOTE_MAX}"${errorOf('note') ? markup` aria-describedby="note-error" aria-invalid="true"` : ''}>${note}</textarea></div>
<button type="submit">${t.save}</button></form>
<h2>${t.history}</h2>${
    historyRows.length
      ? markup`<table><caption>${t.history}</caption><thead><tr><th scope="col">${t.when}</th><th scope="col">${t.who}</th><th scope="col">${t.change}</th></tr></thead><tbody>${historyRows}</tbody></table>`
      : markup`<p>${t.noHistory}</p>`
  }`;
}
