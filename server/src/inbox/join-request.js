// Join requests in the inbox, the pure part: what of a submission becomes the indexed columns
// (the filters), the status workflow, the list filters as the query string carries them, and the
// cursor of a page. No database here: database/join-requests.js runs the queries.
import { withoutContact } from '../privacy.js';

export const JOIN_TYPE = 'fi.digione.join.requested';

/** The join form's values (README, `<digione-join-form>`). */
export const ORGANISATION_TYPES = ['municipality', 'joint-authority', 'private-provider', 'other'];
export const INTERESTS = ['platforms', 'identity', 'data', 'training', 'procurement'];
export const TIMEFRAMES = ['this-term', 'next-term', 'within-year', 'not-known'];

/** The status workflow: new → contacted → in progress → joined / not now. */
export const STATUSES = ['new', 'contacted', 'in-progress', 'joined', 'not-now'];
/** @type {Record<string, string[]>} the statuses each status may move to (besides staying) */
export const NEXT_STATUSES = {
  new: ['contacted', 'not-now'],
  contacted: ['in-progress', 'not-now'],
  'in-progress': ['joined', 'not-now'],
  joined: [],
  'not-now': ['contacted'],
};
export const NOTE_MAX = 2000;
export const SEARCH_MAX = 200;

/** @param {string} from @param {string} to */
export const canMove = (from, to) => from === to || (NEXT_STATUSES[from] ?? []).includes(to);

/**
 * The lower-cased text the free-text search looks in: who and what organisation.
 * @param {Record<string, any>} data
 */
export function searchText(data) {
  const parts = [data.municipality?.name, data.municipality?.code, data.organisationName, data.contactName, data.title, data.email, data.phone, data.message];
  return parts
    .filter((part) => typeof part === 'string' && part !== '')
    .join('\n')
    .toLowerCase();
}

/** @param {unknown} value @param {number} max */
const text = (value, max = 200) => (typeof value === 'string' ? value.slice(0, max) : null);

/**
 * The inbox row of a stored join request (its filter columns) and its interests.
 * @param {{ id: string, received_at: string, contact_erased_at?: string | null }} row
 * @param {Record<string, any> | undefined} envelope parsed (undefined when unreadable)
 */
export function indexedJoinRequest(row, envelope) {
  const data = envelope?.data ?? {};
  const searchable = row.contact_erased_at ? withoutContact(envelope, { id: row.id, type: JOIN_TYPE }).data : data;
  return {
    row: {
      submission_id: row.id,
      received_at: row.received_at,
      organisation_type: text(data.organisationType, 100) ?? '',
      municipality_code: text(data.municipality?.code, 10),
      municipality_name: text(data.municipality?.name),
      timeframe: text(data.timeframe, 100) ?? '',
      status: 'new',
      note: '',
      updated_at: row.received_at,
      search_text: searchText(searchable),
    },
    interests: Array.isArray(data.interests)
      ? [...new Set(data.interests.filter((/** @type {unknown} */ i) => typeof i === 'string').map((/** @type {string} */ i) => i.slice(0, 100)))]
      : [],
  };
}

/**
 * @typedef {object} Filters
 * @property {string} [status]
 * @property {string} [orgType]
 * @property {string} [interest]
 * @property {string} [timeframe]
 * @property {string} [from] YYYY-MM-DD, Helsinki time
 * @property {string} [to] YYYY-MM-DD, Helsinki time, inclusive
 * @property {string} [q]
 */
/** @typedef {{ field: keyof Filters | 'after', code: string }} FilterError */

export const FILTER_FIELDS = /** @type {const} */ (['status', 'orgType', 'interest', 'timeframe', 'from', 'to', 'q']);
const CHOICES = { status: STATUSES, orgType: ORGANISATION_TYPES, interest: INTERESTS, timeframe: TIMEFRAMES };
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** @param {string} value */
export function validDate(value) {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * The filters of a query string, checked: the values kept as typed (the form shows them again)
 * and one error per field that cannot be used.
 * @param {Record<string, unknown>} query
 * @returns {{ filters: Filters, errors: FilterError[], after?: { receivedAt: string, id: string } }}
 */
export function parseFilters(query) {
  /** @type {Filters} */
  const filters = {};
  /** @type {FilterError[]} */
  const errors = [];
  for (const field of FILTER_FIELDS) {
    const raw = query[field];
    const value = typeof raw === 'string' ? raw.trim() : '';
    if (value === '') continue;
    filters[field] = value.slice(0, SEARCH_MAX + 1);
    if (field in CHOICES && !CHOICES[/** @type {keyof typeof CHOICES} */ (field)].includes(value)) errors.push({ field, code: 'choice' });
    if ((field === 'from' || field === 'to') && !validDate(value)) errors.push({ field, code: 'date' });
    if (field === 'q' && value.length > SEARCH_MAX) errors.push({ field, code: 'long' });
  }
  if (filters.from && filters.to && validDate(filters.from) && validDate(filters.to) && filters.from > filters.to) errors.push({ field: 'to', code: 'order' });
  const after = typeof query.after === 'string' && query.after !== '' ? decodeCursor(query.after) : undefined;
  if (after === null) errors.push({ field: 'after', code: 'cursor' });
  return { filters, errors, ...(after ? { after } : {}) };
}

/** The filters as a query string (for the links of the next page and the exports). @param {Filters} filters */
export const filterQuery = (filters) => new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();

/** @param {{ received_at: string, submission_id: string }} row */
export const encodeCursor = (row) => Buffer.from(JSON.stringify([row.received_at, row.submission_id])).toString('base64url');

/** @param {string} cursor @returns {{ receivedAt: string, id: string } | null} */
export function decodeCursor(cursor) {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string' && v.length <= 64))
      return { receivedAt: value[0], id: value[1] };
  } catch {
    // not a cursor this receiver made
  }
  return null;
}

const HELSINKI = 'Europe/Helsinki';

/** The offset of Helsinki time from UTC at an instant, in ms. @param {number} instant */
function helsinkiOffset(instant) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: HELSINKI,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second)) - instant;
}

/**
 * The UTC instant (ISO) at which a Helsinki calendar day begins, `days` after the given date.
 * @param {string} date YYYY-MM-DD
 * @param {number} [days]
 */
export function helsinkiDayStart(date, days = 0) {
  const [y, m, d] = date.split('-').map(Number);
  const midnight = Date.UTC(y, m - 1, d + days);
  const first = midnight - helsinkiOffset(midnight);
  return new Date(midnight - helsinkiOffset(first)).toISOString();
}

/** A received time as the inbox shows it (Helsinki time). @param {string} iso @param {string} lang */
export const formatTime = (iso, lang) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : `${lang}-FI`, { timeZone: HELSINKI, dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
