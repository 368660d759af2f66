// The HTTP side: one fastify instance with the body parsers, CORS, the rate limit, security
// headers, problem-details errors, and the routes of routes/.
import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import { adminAuth } from './auth.js';
import { SECURITY_HEADERS, addSecurityHeaders, clientErrorHandler } from './headers.js';
import { loggerOptions } from './log.js';
import { TITLES, problem } from './problem.js';
import { adminRoutes } from './routes/admin.js';
import { comparisonRoutes } from './routes/comparison.js';
import { listingRoutes } from './routes/listing.js';
import { submitRoutes } from './routes/submit.js';
import { inboxRoutes } from './routes/inbox.js';
import { inboxSessionRoutes } from './routes/inbox-session.js';
import { inboxEventRoutes } from './routes/inbox-events.js';
import { inboxViewRoutes } from './routes/inbox-views.js';
import { eventStore } from './database/events.js';
import { joinRequestStore } from './database/join-requests.js';
import { overviewStore } from './database/overview.js';
import { userStore } from './database/users.js';
import { inboxSessions } from './inbox/session.js';
import { inboxNotificationRoutes } from './routes/inbox-notifications.js';

export const BODY_LIMIT = 64 * 1024;

/**
 * @typedef {object} AppOptions
 * @property {import('./config.js').Config} config
 * @property {import('./database/submissions.js').SubmissionStore} store
 * @property {() => Promise<void>} ping
 * @property {(envelope: unknown) => import('./validation.js').FieldError[]} validate
 * @property {boolean} logger
 * @property {import('./routes/submit.js').SubmitContext['beforeStore']} [beforeStore]
 * @property {(app: import('fastify').FastifyInstance) => unknown} [setup] called after CORS, before the routes
 * @property {{ value: boolean }} closing set when the shutdown begins
 * @property {import('./database/notifications.js').NotificationStore} deliveries the notification outbox
 * @property {() => void} wakeNotifier "retry now": the sender looks for due deliveries at once
 */

/**
 * Fastify 5 ignores a numeric trustProxy for the client address (it fails closed), so a hop count
 * becomes proxy-addr's trust function: the socket's peer and the next hops-1 X-Forwarded-For
 * entries from the right are proxies; the entry after them is the client.
 * @param {import('./config.js').Config['trustProxy']} trustProxy
 * @returns {boolean | string[] | ((address: string, hop: number) => boolean)}
 */
function trustFunction(trustProxy) {
  if (typeof trustProxy !== 'number') return trustProxy;
  const hops = trustProxy;
  return hops === 0 ? false : (_address, hop) => hop < hops;
}

/** @param {import('fastify').FastifyInstance} app */
function addParsers(app) {
  // Keep the raw text: the idempotency fingerprint is the hash of the bytes that were sent.
  // CloudEvents structured mode is application/cloudevents+json; plain JSON is accepted too.
  app.removeContentTypeParser(['application/json']);
  app.addContentTypeParser(['application/json', 'application/cloudevents+json'], { parseAs: 'string', bodyLimit: BODY_LIMIT }, (request, body, done) => {
    /** @type {any} */ (request).rawBody = body;
    try {
      done(null, JSON.parse(/** @type {string} */ (body)));
    } catch {
      done(Object.assign(new Error('The body is not valid JSON.'), { statusCode: 400 }), undefined);
    }
  });
  // Forms: the /admin token, the inbox's sign-in and status forms (a note of 2,000 characters).
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 16 * 1024 }, (request, body, done) =>
    done(null, Object.fromEntries(new URLSearchParams(/** @type {string} */ (body)))),
  );
}

// The database away or busy (PostgreSQL restarting, connections exhausted, SQLite locked): 503
// with Retry-After, which the widgets' outbox retries; anything else unexpected stays a 500.
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '3D000',
  '08000',
  '08003',
  '08006',
]);
/** @param {Error & { code?: string }} error */
export const isTransient = (error) =>
  TRANSIENT_CODES.has(error.code ?? '') || /Connection terminated|timeout exceeded when trying to connect/.test(error.message);

/** @param {import('fastify').FastifyInstance} app */
function addErrorHandlers(app) {
  app.setErrorHandler((/** @type {import('fastify').FastifyError} */ error, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    if (status === 500 && isTransient(error)) {
      return problem(reply.header('Retry-After', '5'), 503, 'The submission could not be stored just now; it is kept on the device and sent again.');
    }
    if (error.validation) {
      const errors = error.validation.map((v) => ({ parameter: v.instancePath.replace(/^\//, '') || v.params?.missingProperty, detail: v.message }));
      return problem(reply, 400, `Invalid ${error.validationContext ?? 'request'}: ${errors.map((e) => `${e.parameter} ${e.detail}`).join('; ')}`, { errors });
    }
    const detail =
      status === 413
        ? `The body is too large (a submission may have ${BODY_LIMIT / 1024} KiB at most).`
        : status >= 500
          ? 'The request could not be completed; try again later.'
          : error.message;
    const errors = /** @type {{ errors?: unknown[] }} */ (error).errors;
    return problem(reply, status, detail, { title: TITLES[status] ?? 'Error', ...(status < 500 && errors ? { errors } : {}) });
  });
  app.setNotFoundHandler((request, reply) => problem(reply, 404, 'No such resource.'));
}

/**
 * @param {AppOptions} options
 */
export async function buildApp({ config, store, ping, validate, logger, beforeStore, setup, closing, deliveries, wakeNotifier }) {
  const app = Fastify({
    logger: logger ? loggerOptions(config.logLevel) : false,
    bodyLimit: BODY_LIMIT,
    trustProxy: trustFunction(config.trustProxy),
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: config.requestTimeoutMs * 3,
    // Node checks the request timeout this often (its default, 30 s, lets a slow sender linger).
    http: { headersTimeout: config.requestTimeoutMs, connectionsCheckingInterval: Math.min(1000, config.requestTimeoutMs) },
    clientErrorHandler,
    // A URL that does not decode, and the like: problem details like every other 400.
    // (no hooks run for these, so the headers are set here).
    frameworkErrors: (error, request, reply) => problem(reply.headers(SECURITY_HEADERS), 400, error.message),
    return503OnClosing: true,
    // An event's id (≤ 500 characters, percent-encoded up to 6 bytes each) is a path parameter of the inbox.
    routerOptions: { maxParamLength: 3000 },
  });
  addParsers(app);
  addErrorHandlers(app);
  addSecurityHeaders(app);
  // While closing, answers end their connection: a kept-alive socket would hold the shutdown.
  app.addHook('onSend', async (request, reply, payload) => {
    if (closing.value) reply.header('Connection', 'close');
    return payload;
  });

  const anyOrigin = config.allowedOrigins.includes('*');
  const originAllowed = (/** @type {string} */ origin) => anyOrigin || config.allowedOrigins.includes(origin);
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin ? originAllowed(origin) : false),
    methods: ['GET', 'POST'],
    allowedHeaders: ['Content-Type', 'Idempotency-Key'],
    exposedHeaders: ['Retry-After', 'ETag'],
    credentials: false,
    maxAge: 600,
  });
  if (setup) await setup(app);
  await app.register(rateLimit, {
    max: config.rateLimitPerMinute,
    timeWindow: 60_000,
    errorResponseBuilder: (request, context) =>
      Object.assign(new Error(`Too many requests; try again in ${Math.ceil(context.ttl / 1000)} s.`), { statusCode: 429 }),
  });

  app.get('/healthz', { config: { rateLimit: false } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { rateLimit: false } }, async (request, reply) => {
    try {
      await ping();
      return { status: 'ready' };
    } catch (error) {
      request.log.error({ err: error }, 'database not reachable');
      return problem(reply, 503, 'The database is not reachable.');
    }
  });
  const { authorized, guard } = adminAuth(config.adminToken);
  submitRoutes(app, { store, validate, originAllowed, beforeStore });
  listingRoutes(app, { store, guard });
  adminRoutes(app, { store, guard, authorized });
  comparisonRoutes(app, { store, minimum: config.comparisonMin });
  await app.register(cookie);
  const users = userStore(store.db);
  const sessions = inboxSessions(users);
  inboxSessionRoutes(app, { users, sessions, signInPerMinute: config.signInPerMinute });
  inboxRoutes(app, { joinRequests: joinRequestStore(store.db), users, sessions, deliveries });
  inboxEventRoutes(app, { events: eventStore(store.db), users, sessions });
  inboxViewRoutes(app, { store, overview: overviewStore(store.db), users, sessions, deliveries });
  inboxNotificationRoutes(app, { deliveries, users, sessions, settings: config.notifications, wake: wakeNotifier });
  return app;
}
