// Event registrations in the inbox, the pure part: what of a stored registration becomes its
// indexed row (the event it is for; nothing personal, so retention leaves it as it is).
export const EVENT_TYPE = 'fi.digione.event.registered';

/** @param {unknown} value @param {number} max */
const text = (value, max) => (typeof value === 'string' ? value.slice(0, max) : null);

/**
 * @param {{ id: string, received_at: string }} row
 * @param {Record<string, any> | undefined} envelope parsed (undefined when unreadable)
 */
export function indexedEventRegistration(row, envelope) {
  const data = envelope?.data ?? {};
  return {
    submission_id: row.id,
    event_id: text(data.eventId, 500) ?? '',
    event_title: text(data.eventTitle, 300),
    event_start: text(data.eventStart, 40),
    received_at: row.received_at,
  };
}
