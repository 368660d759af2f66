// Personal data: what of a submission is contact data, how a person is found for erasure, and
// what is left of a submission once its contact data has been erased (README, "What is stored
// and for how long"). Kept fields are listed, not erased ones: a property nobody expected
// (data may carry a few) is dropped with the contact data.
import { createHash } from 'node:crypto';

/** Per type, the `data` fields kept for statistics after the retention period. */
export const KEPT_DATA = {
  'fi.digione.event.registered': ['eventId', 'eventTitle', 'eventStart', 'organisation', 'consent'],
  'fi.digione.join.requested': [
    'organisationType',
    'municipality',
    'organisationName',
    'pupils',
    'interests',
    'timeframe',
    'consent',
    'readiness',
    'elapsedMs',
  ],
  'fi.digione.readiness.completed': ['questionnaire', 'municipality', 'pupils', 'answers', 'scores', 'consent'],
};

/**
 * The person's email address in a submission, if it names one.
 * @param {Record<string, any> | undefined} envelope
 * @returns {string | undefined}
 */
export function emailOf(envelope) {
  const data = envelope?.data;
  const email = data?.email ?? data?.contact?.email;
  return typeof email === 'string' && email.trim() !== '' ? email : undefined;
}

/**
 * What the database keeps to find a person's submissions: a hash of the address, so the index
 * itself is not a list of emails. Case and surrounding spaces do not matter.
 * @param {string} email
 */
export function emailHash(email) {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

/**
 * The envelope without contact data. An unreadable envelope keeps only what the row says.
 * @param {Record<string, any> | undefined} envelope
 * @param {{ id: string, type: string }} row
 */
export function withoutContact(envelope, row) {
  const kept = KEPT_DATA[/** @type {keyof typeof KEPT_DATA} */ (row.type)] ?? [];
  /** @type {Record<string, unknown>} */
  const data = {};
  const original = envelope?.data ?? {};
  for (const field of kept) if (field in original) data[field] = original[field];
  return envelope ? { ...envelope, data } : { id: row.id, type: row.type, data };
}
