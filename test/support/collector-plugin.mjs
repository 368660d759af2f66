/**
 * web-test-runner plugin: a real receiver (server/, digione-receiver) in the test
 * runner's node process, on a random 127.0.0.1 port with a temporary SQLite file, allowing the
 * test page's origin. Browser tests control it with `executeServerCommand` from
 * '@web/test-runner-commands':
 *
 *   'collector-url'       → the POST endpoint, e.g. "http://127.0.0.1:41234/api/submissions"
 *   'collector-reset'     → deletes every row, clears the script and the request log, and brings it up
 *   'collector-down'      → stops listening and drops open connections (fetch fails: a network error)
 *   'collector-up'        → listens again on the same port
 *   'collector-script'    payload: [{ status?, headers?, body?, delay? }, …] — the next POSTs get these
 *                         answers in order (status 0 drops the connection; an object `body` is sent
 *                         as application/problem+json; `delay` ms waits first, and without a
 *                         `status` the real collector then answers). Then the real collector answers again.
 *   'collector-rows'      payload?: { id?, type? } → [{ id, type, receivedAt, envelope }] (stored rows)
 *   'collector-requests'  → [{ id, at, status }]: every POST since the last reset (id = the
 *                         Idempotency-Key without quotes, at = ms since the epoch, status answered)
 *
 * Example: `const url = await executeServerCommand('collector-url');`
 *          `await executeServerCommand('collector-script', [{ status: 503 }, { status: 429, headers: { 'Retry-After': '1' } }]);`
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCollector } from 'digione-receiver';

export function collectorPlugin() {
  let collector;
  let dir;
  let port;
  let script = [];
  let requests = [];

  const setup = async (app) => {
    app.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'POST' || !request.url.startsWith('/api/submissions')) return undefined;
      const logged = { id: String(request.headers['idempotency-key'] ?? '').replace(/"/g, ''), at: Date.now(), status: 0 };
      requests.push(logged);
      request.logged = logged;
      const answer = script.shift();
      if (answer?.delay) await new Promise((resolve) => setTimeout(resolve, answer.delay));
      if (answer?.status === undefined) return undefined;
      if (answer.status === 0) {
        request.raw.socket.destroy();
        return reply;
      }
      reply.code(answer.status).headers(answer.headers ?? {});
      if (answer.body !== undefined && typeof answer.body !== 'string') reply.type('application/problem+json');
      return reply.send(answer.body ?? '');
    });
    app.addHook('onResponse', async (request, reply) => {
      if (request.logged) request.logged.status = reply.statusCode;
    });
  };

  const commands = {
    'collector-url': () => `${collector.url}/api/submissions`,
    'collector-reset': async () => {
      script = [];
      requests = [];
      await collector.store.clear();
      if (!collector.app.server.listening) await commands['collector-up']();
      return true;
    },
    'collector-down': async () => {
      if (!collector.app.server.listening) return true;
      await new Promise((resolve) => {
        collector.app.server.close(resolve);
        collector.app.server.closeAllConnections();
      });
      return true;
    },
    'collector-up': async () => {
      if (collector.app.server.listening) return true;
      await new Promise((resolve, reject) => {
        collector.app.server.once('error', reject);
        collector.app.server.listen({ port, host: '127.0.0.1' }, resolve);
      });
      return true;
    },
    'collector-script': (answers) => {
      script.push(...(answers ?? []));
      return true;
    },
    'collector-rows': ({ id, type } = {}) => collector.store.rows({ id, type }),
    'collector-requests': () => requests,
  };

  return {
    name: 'digione-collector',
    async serverStart({ config }) {
      dir = mkdtempSync(join(tmpdir(), 'digione-wtr-collector-'));
      const origins = ['localhost', '127.0.0.1', config.hostname].filter(Boolean).map((host) => `http://${host}:${config.port}`);
      collector = await startCollector({
        port: 0,
        host: '127.0.0.1',
        dbPath: join(dir, 'submissions.sqlite'),
        allowedOrigins: origins,
        token: undefined,
        rateLimitPerMinute: 100_000,
        setup,
      });
      port = collector.app.server.address().port;
    },
    async serverStop() {
      await commands['collector-up']().catch(() => undefined);
      await collector?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
    async executeCommand({ command, payload }) {
      const run = commands[command];
      return run ? run(payload) : undefined;
    },
  };
}
