// Logger options: fastify's pino, JSON lines, with nothing personal in them. A request is logged
// as its method and path (no query: an erasure request carries the email there; no address, no
// headers); a body is never logged.

/** @param {string} level */
export function loggerOptions(level) {
  return {
    level,
    serializers: {
      /** @param {{ method: string, url: string, id: string }} request */
      req: (request) => ({ method: request.method, path: request.url.split('?')[0], id: request.id }),
      /** @param {{ statusCode: number }} reply */
      res: (reply) => ({ statusCode: reply.statusCode }),
      /** @param {Error & { code?: string }} error */
      err: (error) => ({ type: error.name, message: error.message, code: error.code, stack: error.stack ?? '' }),
    },
  };
}
