// What a notification says, the pure part: the link to the submission in the inbox, the webhook's
// JSON and its signature, the Finnish email, the retry timing, and a failure described without
// personal data. No I/O here (channels.js sends, worker.js schedules).
import { createHmac } from 'node:crypto';
import { markup } from '../inbox/html.js';
import { JOIN_TYPE, formatTime } from '../inbox/join-request.js';
import { EVENT_TYPE } from '../inbox/event-registration.js';

export const READINESS_TYPE = 'fi.digione.readiness.completed';

/** @typedef {'webhook' | 'email'} Channel */

/**
 * A delivery as the worker hands it to a channel: the row and its submission.
 * @typedef {object} Notice
 * @property {string} id the delivery's id (the webhook's X-DigiOne-Delivery)
 * @property {string} submissionId
 * @property {string} type
 * @property {string} receivedAt
 * @property {Record<string, any>} data the envelope's data ({} when unreadable)
 */

/** After the 1st, 2nd … failed attempt wait this long; after the last one the delivery has failed. */
export const DEFAULT_BACKOFF_MS = [30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000];

/**
 * When to try again after `attempts` failed attempts, or null: give up (status failed).
 * @param {number} attempts @param {number[]} backoffMs @param {number} now epoch ms
 * @returns {string | null}
 */
export function nextAttemptAt(attempts, backoffMs, now) {
  const wait = backoffMs[attempts - 1];
  return wait === undefined ? null : new Date(now + wait).toISOString();
}

/** The channels that are set up, in the order their deliveries are written. @param {import('../config.js').Notifications} settings @returns {Channel[]} */
export const channelsOf = (settings) => [
  ...(settings.webhook ? /** @type {const} */ (['webhook']) : []),
  ...(settings.email ? /** @type {const} */ (['email']) : []),
];

/** @param {unknown} value */
const text = (value) => (typeof value === 'string' && value.trim() ? value.trim().slice(0, 200) : undefined);

/** The municipality a submission names (join requests and readiness results), or null. @param {Record<string, any>} data */
function municipalityOf(data) {
  const code = text(data.municipality?.code);
  const name = text(data.municipality?.name);
  return code || name ? { code: code ?? null, name: name ?? null } : null;
}

/**
 * The path of the submission in the inbox (the detail view; a readiness result: its
 * municipality's history; an event registration: its event's attendee list).
 * @param {Notice} notice
 */
export function inboxPath({ type, submissionId, data }) {
  if (type === JOIN_TYPE) return `/inbox/join-requests/${submissionId}`;
  if (type === EVENT_TYPE) return text(data.eventId) ? `/inbox/events/${encodeURIComponent(data.eventId)}` : '/inbox/events';
  const code = municipalityOf(data)?.code;
  return code ? `/inbox/readiness/${encodeURIComponent(code)}` : '/inbox/readiness';
}

/**
 * One line in Finnish saying what arrived, naming no person: the municipality, an
 * organisation's name, or the event's title.
 * @param {Notice} notice
 */
export function summaryOf({ type, data }) {
  const municipality = municipalityOf(data);
  const place = municipality ? (municipality.name ?? municipality.code) : text(data.organisationName);
  if (type === JOIN_TYPE) return `Uusi liittymistoive${place ? `: ${place}` : ''}`;
  if (type === EVENT_TYPE)
    return `Uusi ilmoittautuminen${text(data.eventTitle) || text(data.eventId) ? `: ${text(data.eventTitle) ?? text(data.eventId)}` : ''}`;
  if (type === READINESS_TYPE) return `Uusi valmiustestin tulos${place ? `: ${place}` : ''}`;
  return `Uusi lähetys (${type})`;
}

/**
 * The webhook's JSON: what arrived and where to open it; the envelope's data only when
 * DIGIONE_WEBHOOK_PERSONAL=1.
 * @param {Notice} notice @param {{ base: string, personal: boolean }} options
 */
export function webhookPayload(notice, { base, personal }) {
  return {
    type: notice.type,
    id: notice.submissionId,
    municipality: municipalityOf(notice.data),
    received: notice.receivedAt,
    summary: summaryOf(notice),
    link: `${base}${inboxPath(notice)}`,
    ...(personal ? { data: notice.data } : {}),
  };
}

/**
 * The signature header's value: HMAC-SHA256 with the shared secret over "<timestamp>.<body>".
 * @param {string} secret @param {string} timestamp Unix seconds, as sent in X-DigiOne-Timestamp @param {string} body the exact bytes sent
 */
export const webhookSignature = (secret, timestamp, body) => `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

const KIND = { [JOIN_TYPE]: 'liittymistoive', [EVENT_TYPE]: 'ilmoittautuminen tilaisuuteen', [READINESS_TYPE]: 'valmiustestin tulos' };

/**
 * The per-item email, in Finnish: what arrived (municipality, organisation or event), when, and
 * the link to it in the inbox. No name, email, phone or message: those are read in the inbox,
 * signed in.
 * @param {Notice} notice @param {string} base
 */
export function notificationEmail(notice, base) {
  const link = `${base}${inboxPath(notice)}`;
  const municipality = municipalityOf(notice.data);
  const kind = KIND[/** @type {keyof typeof KIND} */ (notice.type)] ?? 'lähetys';
  /** @type {[string, string][]} */
  const facts = [
    ...(municipality
      ? [/** @type {[string, string]} */ (['Kunta', [municipality.name, municipality.code && `(${municipality.code})`].filter(Boolean).join(' ')])]
      : []),
    ...(!municipality && text(notice.data.organisationName)
      ? [/** @type {[string, string]} */ (['Organisaatio', text(notice.data.organisationName) ?? ''])]
      : []),
    ...(notice.type === EVENT_TYPE ? [/** @type {[string, string]} */ (['Tilaisuus', text(notice.data.eventTitle) ?? text(notice.data.eventId) ?? '–'])] : []),
    ['Saapui', formatTime(notice.receivedAt, 'fi')],
  ];
  const closing = 'Yhteystiedot ja muut lähetetyt tiedot näet saapuneissa kirjautuneena; tässä viestissä niitä ei ole.';
  return {
    subject: summaryOf(notice),
    text: `DigiOne-vastaanottoon saapui uusi ${kind}.\n\n${facts.map(([label, value]) => `${label}: ${value}`).join('\n')}\n\nAvaa saapuneissa: ${link}\n\n${closing}\n`,
    html: markup`<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>${summaryOf(notice)}</title></head><body>
<p>DigiOne-vastaanottoon saapui uusi ${kind}.</p>
<table>${facts.map(([label, value]) => markup`<tr><th scope="row" align="left">${label}</th><td>${value}</td></tr>`)}</table>
<p><a href="${link}">Avaa saapuneissa</a></p>
<p>${closing}</p></body></html>`.text,
  };
}

/**
 * What went wrong, for the inbox: an HTTP status, a timeout, a network or SMTP error code and
 * the server's answer, with any email address in it replaced (an SMTP server may quote one).
 * @param {unknown} error
 */
export function failureText(error) {
  const e = /** @type {Error & { code?: string, responseCode?: number, response?: string, cause?: { code?: string, message?: string } }} */ (error);
  let described;
  if (e?.name === 'TimeoutError') described = 'timeout: no answer in time';
  else if (e?.name === 'DeliveryError') described = e.message;
  else if (e?.cause?.code) described = `${e.cause.code}: ${e.cause.message ?? ''}`;
  else if (e?.responseCode) described = `SMTP ${e.responseCode}: ${e.response ?? e.message}`;
  else if (e?.code) described = `${e.code}: ${e.message}`;
  else described = String(e?.message ?? e);
  return described
    .replace(/[^\s<>()"',;:]+@[^\s<>()"',;:]+/g, '<address>')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
}

/** A channel's answer that is a failure (an HTTP status other than 2xx). */
export class DeliveryError extends Error {
  name = 'DeliveryError';
}
