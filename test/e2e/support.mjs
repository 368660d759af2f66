// Shared by the e2e tests: Debian Chromium through playwright-core, and a static server on
// 127.0.0.1 (fastify) that serves the built bundle and test pages with real HTTP headers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCollector } from 'digione-receiver';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.mjs';
import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A real digione-receiver on 127.0.0.1 (a free port) with a temporary SQLite file, allowing the
 * page's `origin`; `options` go to startCollector. Its `close()` also removes the file.
 */
export async function startTestReceiver(origin, options = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'digione-e2e-'));
  const receiver = await startCollector({
    port: 0,
    host: '127.0.0.1',
    dbPath: join(dataDir, 'submissions.sqlite'),
    allowedOrigins: [origin],
    rateLimitPerMinute: 1000,
    ...options,
  });
  const close = receiver.close;
  receiver.close = async () => {
    await close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return receiver;
}

export function launchBrowser(options = {}) {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, ...options });
}

/**
 * Serves dist/ at /dist/ and the given pages ({ '/page.html': { body, headers } }) on
 * 127.0.0.1 at a free port. `cdn: true` serves dist/ as a public CDN does, with
 * `Access-Control-Allow-Origin: *` (a `crossorigin` script from another origin needs it).
 * `intercept(request, reply)`, when given, is an onRequest hook that runs first for every request:
 * it may answer itself (e.g. a 404 or a changed file in place of a real one) or let it through.
 * Returns { url, close }.
 */
export async function servePages(pages = {}, { staticDirs = {}, cdn = false, intercept } = {}) {
  const app = Fastify({ logger: false });
  if (intercept) app.addHook('onRequest', intercept);
  if (cdn) app.addHook('onSend', async (_request, reply) => void reply.header('access-control-allow-origin', '*'));
  await app.register(fastifyStatic, { root: `${root}dist`, prefix: '/dist/' });
  for (const [prefix, dir] of Object.entries(staticDirs)) {
    await app.register(fastifyStatic, { root: dir, prefix, decorateReply: false });
  }
  // Chromium asks every origin for a favicon; a 404 would show up as a console error.
  if (!pages['/favicon.ico']) app.get('/favicon.ico', (_request, reply) => reply.code(204).send());
  for (const [path, page] of Object.entries(pages)) {
    app.get(path, (_request, reply) => {
      reply.headers({ 'content-type': 'text/html; charset=utf-8', ...(page.headers ?? {}) });
      reply.send(page.body);
    });
  }
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address();
  return { url: `http://127.0.0.1:${port}`, app, close: () => app.close() };
}

/** Collects console errors, warnings and page errors of a page. */
export function watchConsole(page) {
  const log = { errors: [], warnings: [], pageErrors: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  page.on('pageerror', (error) => log.pageErrors.push(String(error)));
  return log;
}

/**
 * For a test file: serves the pages and starts Chromium before its tests, stops both after.
 * Returns an object whose `url` and `browser` are set once the tests run.
 */
export function usePages(pages, options) {
  const context = {};
  before(async () => {
    context.server = await servePages(pages, options);
    context.url = context.server.url;
    context.browser = await launchBrowser();
  });
  after(async () => {
    await context.browser?.close();
    await context.server?.close();
  });
  return context;
}
