// Every query of the inbox's event registrations: the events with their attendee counts, and
// one event's attendees (oldest registration first, as an attendee sheet is read).

/** @typedef {import('./index.js').Db} Db */
/** @typedef {import('./index.js').EventRegistrationsTable & { envelope: string, contact_erased_at: string | null }} RegistrationRow */

/** @param {Db} db */
export function eventStore(db) {
  /** The attendees of an event with their envelopes, oldest registration first (then by id: a stable order). @param {string} eventId */
  const attendees = (eventId) =>
    db
      .selectFrom('event_registrations')
      .innerJoin('submissions', 'submissions.id', 'event_registrations.submission_id')
      .selectAll('event_registrations')
      .select(['submissions.envelope', 'submissions.contact_erased_at'])
      .where('event_registrations.event_id', '=', eventId)
      .orderBy('event_registrations.received_at')
      .orderBy('event_registrations.submission_id');

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

    /** Every attendee (the exports). @param {string} eventId @returns {Promise<RegistrationRow[]>} */
    attendees: (eventId) => attendees(eventId).execute(),

    /**
     * One page of attendees after the cursor (the attendee list), in the same order.
     * @param {string} eventId @param {{ limit: number, after?: { receivedAt: string, id: string } }} page
     * @returns {Promise<RegistrationRow[]>}
     */
    attendeePage: (eventId, { limit, after }) => {
      let query = attendees(eventId);
      if (after)
        query = query.where((eb) =>
          eb.or([
            eb('event_registrations.received_at', '>', after.receivedAt),
            eb.and([eb('event_registrations.received_at', '=', after.receivedAt), eb('event_registrations.submission_id', '>', after.id)]),
          ]),
        );
      return query.limit(limit).execute();
    },

    /** How many registered for the event. @param {string} eventId */
    async count(eventId) {
      const { n } = await db
        .selectFrom('event_registrations')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('event_id', '=', eventId)
        .executeTakeFirstOrThrow();
      return Number(n);
    },
  };
}

/** @typedef {ReturnType<typeof eventStore>} EventStore */
