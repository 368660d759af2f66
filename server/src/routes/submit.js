// POST /api/submissions: validate, then store once. The database arbitrates duplicates, so any
// number of instances may answer: the first insert wins, every other copy gets its answer again.
import { createHash } from 'node:crypto';
import { problem } from '../problem.js';
import { emailHash, emailOf } from '../privacy.js';
import { parseIdempotencyKey } from '../validation.js';

/**
 * @typedef {object} SubmitContext
 * @property {import('../database/submissions.js').SubmissionStore} store
 * @property {(envelope: unknown) => import('../validation.js').FieldError[]} validate
 * @property {(origin: string) => boolean} originAllowed
 * @property {((envelope: any, request: import('fastify').FastifyRequest) => unknown) | undefined} beforeStore
 */

/**
 * @param {import('fastify').FastifyReply} reply
 * @param {import('../database/submissions.js').StoredAnswer} stored
 * @param {string} hash
 */
function replay(reply, stored, hash) {
  if (stored.body_sha256 !== hash) return problem(reply, 422, 'This Idempotency-Key was already used with another body.');
  return reply.code(stored.status).header('Idempotent-Replayed', 'true').type('application/json').send(stored.response);
}

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {SubmitContext} context
 */
export function submitRoutes(app, { store, validate, originAllowed, beforeStore }) {
  app.post('/api/submissions', async (request, reply) => {
    const origin = request.headers.origin;
    if (origin && !originAllowed(origin)) return problem(reply, 403, `Origin ${origin} may not post here.`);
    const rawBody = /** @type {{ rawBody?: string }} */ (request).rawBody;
    if (typeof rawBody !== 'string') {
      return problem(reply, 415, 'Send Content-Type: application/cloudevents+json (or application/json).');
    }
    const envelope = /** @type {any} */ (request.body);
    const errors = validate(envelope);
    if (errors.length) {
      const fields = [...new Set(errors.map((error) => error.pointer || '/'))].join(', ');
      return problem(reply, 400, `Invalid fields: ${fields}`, { title: 'Invalid submission', errors });
    }
    const key = parseIdempotencyKey(request.headers['idempotency-key']);
    if (!key) return problem(reply, 400, 'The Idempotency-Key header is missing or malformed; send Idempotency-Key: "<envelope id>".');
    if (key !== envelope.id) return problem(reply, 422, 'The Idempotency-Key must equal the envelope id.');
    const hash = createHash('sha256').update(rawBody).digest('hex');

    // No read first: the insert itself finds an earlier copy (one statement for a new submission).
    if (beforeStore) await beforeStore(envelope, request);
    const receivedAt = new Date().toISOString();
    const response = JSON.stringify({ id: envelope.id, status: 'stored', receivedAt });
    const email = emailOf(envelope);
    const { inserted, stored } = await store.save({
      id: envelope.id,
      type: envelope.type,
      received_at: receivedAt,
      body_sha256: hash,
      status: 201,
      response,
      envelope: rawBody,
      email_sha256: email ? emailHash(email) : null,
      contact_erased_at: null,
    });
    if (!inserted) return replay(reply, stored, hash);
    return reply.code(201).type('application/json').send(response);
  });
}
