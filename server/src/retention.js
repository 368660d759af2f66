// Retention: contact data of submissions older than DIGIONE_RETENTION_DAYS is erased at start and
// then once a day; what remains (type, municipality, scores, time) is kept for statistics.

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * @param {import('./database/submissions.js').SubmissionStore} store
 * @param {number} days
 * @param {Date} [now]
 */
export async function applyRetention(store, days, now = new Date()) {
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  return store.expireContacts(cutoff, now.toISOString());
}

/**
 * Runs applyRetention now and every 24 hours; a failure is logged and tried again next time.
 * @param {import('./database/submissions.js').SubmissionStore} store
 * @param {number} days
 * @param {import('fastify').FastifyBaseLogger} log
 * @returns {{ stop: () => Promise<void> }}
 */
export function scheduleRetention(store, days, log) {
  /** @type {Promise<unknown>} */
  let running = Promise.resolve();
  const run = () => {
    running = applyRetention(store, days)
      .then((erased) => log.info({ erased, retentionDays: days }, 'retention: contact data erased'))
      .catch((error) => log.error({ err: error }, 'retention failed'));
  };
  run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
