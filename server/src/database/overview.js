// The counts of the inbox's overview page: join requests (in total, this month, for how many
// municipalities, per status) and event registrations (and for how many events). Readiness
// results have no columns of their own: routes/inbox-views.js reads them once for every view.

/** @typedef {import('./index.js').Db} Db */

/** @param {Db} db */
export function overviewStore(db) {
  /** @param {string | undefined} since ISO */
  const joinCounts = async (since) => {
    let query = db.selectFrom('join_requests').select((eb) => [eb.fn.countAll().as('n'), eb.fn.count('municipality_code').distinct().as('municipalities')]);
    if (since) query = query.where('received_at', '>=', since);
    const { n, municipalities } = await query.executeTakeFirstOrThrow();
    return { n: Number(n), municipalities: Number(municipalities) };
  };
  /** @param {string | undefined} since ISO */
  const registrationCounts = async (since) => {
    let query = db.selectFrom('event_registrations').select((eb) => [eb.fn.countAll().as('n'), eb.fn.count('event_id').distinct().as('events')]);
    if (since) query = query.where('received_at', '>=', since);
    const { n, events } = await query.executeTakeFirstOrThrow();
    return { n: Number(n), events: Number(events) };
  };

  return {
    /** @param {string} since ISO, the start of this month */
    async joinRequests(since) {
      const [total, month, statuses] = await Promise.all([
        joinCounts(undefined),
        joinCounts(since),
        db
          .selectFrom('join_requests')
          .select((eb) => ['status', eb.fn.countAll().as('n')])
          .groupBy('status')
          .execute(),
      ]);
      return { total, month, statuses: new Map(statuses.map((row) => [row.status, Number(row.n)])) };
    },

    /** @param {string} since ISO, the start of this month */
    async eventRegistrations(since) {
      const [total, month] = await Promise.all([registrationCounts(undefined), registrationCounts(since)]);
      return { total, month };
    },
  };
}

/** @typedef {ReturnType<typeof overviewStore>} OverviewStore */
