// For machines with the admin token: the listing (JSON, paginated), the CSV export and erasure on
// request. Every stored row is read through parseStored, so no row, however it got in, breaks them.
import { csvLine } from '../csv.js';
import { parseStored } from '../safe-json.js';

export const SUBMISSION_TYPES = ['fi.digione.readiness.completed', 'fi.digione.join.requested', 'fi.digione.event.registered'];
export const MAX_PAGE = 1_000_000;
export const MAX_LIMIT = 500;

// Page numbers arrive as text and are checked as text (digits only) before they become numbers:
// coercion would let "1e999" through as Infinity.
const listQuery = {
  type: 'object',
  properties: {
    type: { type: 'string', enum: SUBMISSION_TYPES },
    limit: { type: 'string', pattern: '^[0-9]{1,4}$' },
    page: { type: 'string', pattern: '^[0-9]{1,7}$' },
  },
};

/**
 * @param {{ type?: string, limit?: string, page?: string }} query
 * @returns {{ type?: string, limit: number, page: number }}
 */
export function listParams({ type, limit = '50', page = '1' }) {
  const checked = { type, limit: Number(limit), page: Number(page) };
  const problems = [];
  if (checked.limit < 1 || checked.limit > MAX_LIMIT) problems.push({ parameter: 'limit', detail: `must be from 1 to ${MAX_LIMIT}` });
  if (checked.page < 1 || checked.page > MAX_PAGE) problems.push({ parameter: 'page', detail: `must be from 1 to ${MAX_PAGE}` });
  if (problems.length) {
    throw Object.assign(new Error(`Invalid querystring: ${problems.map((e) => `${e.parameter} ${e.detail}`).join('; ')}`), {
      statusCode: 400,
      errors: problems,
    });
  }
  return checked;
}

const CSV_COLUMNS = ['id', 'type', 'received_at', 'time', 'locale', 'widget', 'widgetversion', 'source', 'data'];

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {{ store: import('../database/submissions.js').SubmissionStore, guard: import('fastify').preHandlerAsyncHookHandler }} context
 */
export function listingRoutes(app, { store, guard }) {
  app.get('/api/submissions', { preHandler: guard, schema: { querystring: listQuery } }, async (request) => {
    const { type, limit, page } = listParams(/** @type {{ type?: string, limit?: string, page?: string }} */ (request.query));
    const { total, rows } = await store.page({ type, limit, offset: (page - 1) * limit });
    return {
      page,
      limit,
      total,
      next: page * limit < total ? page + 1 : null,
      items: rows.map((row) => {
        const envelope = parseStored(row.envelope);
        return { id: row.id, type: row.type, receivedAt: row.received_at, envelope: envelope ?? null, ...(envelope ? {} : { unreadable: true }) };
      }),
    };
  });

  app.get('/api/submissions.csv', { preHandler: guard, schema: { querystring: listQuery } }, async (request, reply) => {
    const { type } = /** @type {{ type?: string }} */ (request.query);
    const lines = [CSV_COLUMNS.join(',')];
    for await (const row of store.each({ type })) {
      const e = parseStored(row.envelope);
      lines.push(
        csvLine([row.id, row.type, row.received_at, e?.time, e?.locale, e?.widget, e?.widgetversion, e?.source, e ? JSON.stringify(e.data) : '(unreadable)']),
      );
    }
    return reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', 'attachment; filename="submissions.csv"')
      .send(`\uFEFF${lines.join('\r\n')}\r\n`);
  });

  // Erasure on request (GDPR art. 17): every submission naming this email. Logged without it.
  const eraseQuery = {
    type: 'object',
    required: ['email'],
    properties: { email: { type: 'string', minLength: 3, maxLength: 254, pattern: '@' } },
  };
  app.delete('/api/submissions', { preHandler: guard, schema: { querystring: eraseQuery } }, async (request, reply) => {
    const { email } = /** @type {{ email: string }} */ (request.query);
    const erased = await store.eraseByEmail(email);
    request.log.info({ erased }, 'erasure on request');
    return reply.code(200).send({ erased });
  });
}
