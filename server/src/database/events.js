// Every query of the inbox's event registrations: the events with their attendee counts, and
// one event's attendees (oldest registration first, as an attendee sheet is read).

/** @typedef {import('./index.js').Db} Db */
/** @typedef {import('./index.js').EventRegistrationsTable & { envelope: string }} RegistrationRow */

/** @param {Db} db */
export function eventStore(db) {
  return {
    /** Every event with its count, the latest start first. */
    events: () =>
      db
        .selectFrom('event_registrations')
        .select((eb) => ['event_id', eb.fn.max('event_title').as('title'), eb.fn.max('event_start').as('start'), eb.fn.countAll().as('count')])
        .groupBy('event_id')
        .orderBy('start', 'desc')
        .orderBy('event_id')
        .execute(),

    /** @param {string} eventId @returns {Promise<RegistrationRow[]>} */
    attendees: (eventId) =>
      db
        .selectFrom('event_registrations')
        .innerJoin('submissions', 'submissions.id', 'event_registrations.submission_id')
        .selectAll('event_registrations')
        .select('submissions.envelope')
        .where('event_registrations.event_id', '=', eventId)
        .orderBy('event_registrations.received_at')
        .orderBy('event_registrations.submission_id')
        .execute(),
  };
}

/** @typedef {ReturnType<typeof eventStore>} EventStore */
