// GET /api/readiness/comparison: the anonymous comparison of readiness results (comparison.js).
// Public (no token); cacheable for five minutes and revalidated with its ETag.
import { createHash } from 'node:crypto';
import { BAND_IDS, READINESS_TYPE, comparison, latestPerMunicipality } from '../comparison.js';
import { parseStored } from '../safe-json.js';

const comparisonQuery = {
  type: 'object',
  required: ['questionnaire', 'version'],
  properties: {
    questionnaire: { type: 'string', minLength: 1, maxLength: 200 },
    version: { type: 'string', minLength: 1, maxLength: 50 },
    band: { type: 'string', enum: BAND_IDS },
  },
};

/** Every stored readiness result, a batch at a time. */
async function* storedResults(/** @type {import('../database/submissions.js').SubmissionStore} */ store) {
  for await (const row of store.each({ type: READINESS_TYPE })) yield { receivedAt: row.received_at, envelope: parseStored(row.envelope) };
}

export const CACHE_CONTROL = 'public, max-age=300';

/**
 * Whether an If-None-Match header names this entity tag (weak comparison, RFC 9110 §13.1.2).
 * @param {string | undefined} header
 * @param {string} etag
 */
export function matchesEtag(header, etag) {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {{ store: import('../database/submissions.js').SubmissionStore, minimum: number }} context
 */
export function comparisonRoutes(app, { store, minimum }) {
  app.get('/api/readiness/comparison', { schema: { querystring: comparisonQuery } }, async (request, reply) => {
    const { questionnaire, version, band } = /** @type {{ questionnaire: string, version: string, band?: string }} */ (request.query);
    const contributions = await latestPerMunicipality(storedResults(store), { questionnaire, version });
    const body = JSON.stringify(comparison(contributions, { questionnaire, version, band, minimum }));
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    reply.header('ETag', etag).header('Cache-Control', CACHE_CONTROL);
    if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(body);
  });
}
