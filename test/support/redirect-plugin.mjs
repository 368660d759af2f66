/**
 * web-test-runner plugin: two small receivers on 127.0.0.1 at random ports (two origins, "a"
 * and "b") for the transport's redirect and CORS checks. Both answer the CORS preflight of any
 * origin (except under /no-cors) and log every request, body included. Routes on each:
 *
 *   POST /redirect/<status>?to=<url>   answers <status> with `Location: <url>` and CORS headers
 *   any  /moved                        the redirect target: POST → 201 JSON, other methods → 200 text/html
 *                                      (what a moved site shows; the old transport took it as "sent")
 *   POST /accepted                     202 with no body (as a Power Automate HTTP trigger answers)
 *   any  /no-cors                      answers 201 without any CORS header (the preflight too): the
 *                                      browser reports a network error, as for a receiver that forgot CORS
 *
 * Commands (`executeServerCommand` from '@web/test-runner-commands'):
 *   'redirect-origins' → { a: 'http://127.0.0.1:<port>', b: 'http://127.0.0.1:<port>' }
 *   'redirect-log'     → [{ server: 'a' | 'b', method, path, body }] since the last reset
 *   'redirect-reset'   → clears the log
 *   'closed-port'      → a 127.0.0.1 port where nothing listens (a wrong host)
 */
import { createServer } from 'node:http';
import net from 'node:net';

function receiver(name, log) {
  return createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url, 'http://127.0.0.1');
      log.push({ server: name, method: request.method, path: url.pathname, body: Buffer.concat(chunks).toString('utf8') });
      const cors = url.pathname === '/no-cors' ? {} : { 'access-control-allow-origin': request.headers.origin ?? '*', vary: 'Origin' };
      if (request.method === 'OPTIONS') {
        response.writeHead(
          204,
          url.pathname === '/no-cors'
            ? {}
            : {
                ...cors,
                'access-control-allow-methods': 'POST',
                'access-control-allow-headers': 'content-type, idempotency-key',
                'access-control-max-age': '0',
              },
        );
        return response.end();
      }
      const redirect = /^\/redirect\/(3\d\d)$/.exec(url.pathname);
      if (redirect) {
        response.writeHead(Number(redirect[1]), { ...cors, location: url.searchParams.get('to') ?? '/moved', 'content-type': 'text/html' });
        return response.end('<p>Moved</p>');
      }
      if (url.pathname === '/accepted') {
        response.writeHead(202, cors);
        return response.end();
      }
      if (url.pathname === '/moved' && request.method !== 'POST') {
        response.writeHead(200, { ...cors, 'content-type': 'text/html; charset=utf-8' });
        return response.end('<!doctype html><title>Moved</title><p>This service has moved.</p>');
      }
      if (url.pathname === '/moved' || url.pathname === '/no-cors') {
        response.writeHead(201, { ...cors, 'content-type': 'application/json' });
        return response.end('{"status":"stored"}');
      }
      response.writeHead(404, cors);
      return response.end();
    });
  });
}

const listen = (server) => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));

export function redirectPlugin() {
  const log = [];
  const servers = { a: receiver('a', log), b: receiver('b', log) };
  const origins = {};
  const commands = {
    'redirect-origins': () => origins,
    'redirect-log': () => log,
    'redirect-reset': () => {
      log.length = 0;
      return true;
    },
    'closed-port': () =>
      new Promise((resolve) => {
        const probe = net.createServer().listen(0, '127.0.0.1', () => {
          const { port } = probe.address();
          probe.close(() => resolve(port));
        });
      }),
  };
  return {
    name: 'digione-redirect-receivers',
    async serverStart() {
      for (const [name, server] of Object.entries(servers)) origins[name] = `http://127.0.0.1:${await listen(server)}`;
    },
    async serverStop() {
      await Promise.all(
        Object.values(servers).map(
          (server) =>
            new Promise((resolve) => {
              server.closeAllConnections();
              server.close(resolve);
            }),
        ),
      );
    },
    async executeCommand({ command, payload }) {
      const run = commands[command];
      return run ? run(payload) : undefined;
    },
  };
}
