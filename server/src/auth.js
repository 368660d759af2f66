// The admin token: a bearer header for machines, a form field for the /admin page. Compared in
// constant time; without a configured token every guarded route does not exist (404).
import { createHash, timingSafeEqual } from 'node:crypto';
import { problem } from './problem.js';

/** @param {string} given @param {string} expected */
function sameSecret(given, expected) {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** @param {string | undefined} token */
export function adminAuth(token) {
  /** @param {import('fastify').FastifyRequest} request */
  const authorized = (request) => {
    if (!token) return false;
    const header = request.headers.authorization ?? '';
    const body = /** @type {{ token?: unknown } | undefined} */ (request.body);
    const given = header.startsWith('Bearer ') ? header.slice(7).trim() : body?.token;
    return typeof given === 'string' && given !== '' && sameSecret(given, token);
  };

  /**
   * preHandler: 404 when the admin views are off, 401 without the right token (the /admin page
   * itself shows its token form instead).
   * @param {import('fastify').FastifyRequest} request
   * @param {import('fastify').FastifyReply} reply
   */
  const guard = async (request, reply) => {
    if (!token) return problem(reply, 404, 'The admin views are off: set DIGIONE_ADMIN_TOKEN to enable them.');
    const tokenForm = request.url.startsWith('/admin') && request.method === 'GET' && !request.headers.authorization;
    if (!authorized(request) && !tokenForm) {
      reply.header('WWW-Authenticate', 'Bearer realm="digione-receiver"');
      return problem(reply, 401, 'A valid bearer token is required.');
    }
    return undefined;
  };
  return { authorized, guard };
}
