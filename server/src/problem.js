// RFC 9457 problem details: every error this receiver gives is one of these, with the security
// headers (headers.js) like any other answer.

/** @type {Record<number, string>} */
export const TITLES = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * @param {import('fastify').FastifyReply} reply
 * @param {number} status
 * @param {string} detail
 * @param {{ title?: string, errors?: unknown[] }} [extra]
 */
export function problem(reply, status, detail, { title = TITLES[status] ?? 'Error', ...extra } = {}) {
  return reply
    .code(status)
    .header('Content-Type', 'application/problem+json; charset=utf-8')
    .send({ type: 'about:blank', title, status, detail, ...extra });
}
