// digione-receiver: start it with startReceiver() (or the `digione-receiver` command). Every
// setting comes from the environment (config.js); the options override them for tests and the demo.
import { buildApp } from './app.js';
import { readConfig } from './config.js';
import { openDatabase } from './database/index.js';
import { submissionStore } from './database/submissions.js';
import { notificationStore } from './database/notifications.js';
import { emailChannel, webhookChannel } from './notifications/channels.js';
import { channelsOf } from './notifications/message.js';
import { DEFAULT_TIMING, startNotifier } from './notifications/worker.js';
import { scheduleRetention } from './retention.js';
import { createValidator } from './validation.js';

export { readConfig, ConfigError } from './config.js';
export { openDatabase } from './database/index.js';
export { submissionStore } from './database/submissions.js';
export { userStore } from './database/users.js';
export { applyRetention } from './retention.js';
export { BODY_LIMIT } from './app.js';

/** The SQLite file when neither DIGIONE_DB nor DIGIONE_DATABASE_URL says otherwise. */
export const DEFAULT_SQLITE_PATH = '.data/submissions.sqlite';

/**
 * @typedef {object} StartOptions
 * @property {number} [port]
 * @property {string} [host]
 * @property {string} [dbPath] SQLite file or ':memory:'
 * @property {string} [databaseUrl] postgres://…
 * @property {string[]} [allowedOrigins]
 * @property {string} [token] the admin token
 * @property {number} [rateLimitPerMinute]
 * @property {boolean | number | string[]} [trustProxy]
 * @property {number} [retentionDays]
 * @property {number} [requestTimeoutMs]
 * @property {number} [signInPerMinute] inbox sign-in attempts per minute per address
 * @property {boolean} [logger] JSON logs on stdout (default off: tests and the demo)
 * @property {NodeJS.ProcessEnv} [env] where the settings not given here come from
 * @property {import('./routes/submit.js').SubmitContext['beforeStore']} [beforeStore] awaited between validating and storing (tests hold a request in flight with it)
 * @property {(app: import('fastify').FastifyInstance) => unknown} [setup] called with the app after CORS and before the routes (tests add hooks)
 * @property {import('./notifications/worker.js').NotifierTiming} [notifierTiming] the notification sender's backoff and timeouts (tests make them short)
 */

/**
 * Opens the database (running its migrations), starts the retention job and listens.
 * @param {StartOptions} [options]
 */
export async function startReceiver(options = {}) {
  const { env = process.env, logger = false, beforeStore, setup } = options;
  const fromEnv = readConfig(env, DEFAULT_SQLITE_PATH);
  /** @type {import('./config.js').Config} */
  const config = {
    ...fromEnv,
    ...definedOnly({
      port: options.port,
      host: options.host,
      sqlitePath: options.dbPath,
      allowedOrigins: options.allowedOrigins,
      rateLimitPerMinute: options.rateLimitPerMinute,
      trustProxy: options.trustProxy,
      retentionDays: options.retentionDays,
      requestTimeoutMs: options.requestTimeoutMs,
      signInPerMinute: options.signInPerMinute,
    }),
    // An explicit SQLite file wins over a PostgreSQL URL in the environment, and vice versa.
    databaseUrl: options.databaseUrl ?? (options.dbPath ? undefined : fromEnv.databaseUrl),
    adminToken: 'token' in options ? options.token || undefined : fromEnv.adminToken,
  };
  const validate = createValidator();
  /** @type {import('fastify').FastifyInstance | undefined} */
  let app;
  const log = { error: (/** @type {object} */ obj, /** @type {string} */ msg) => app?.log.error(obj, msg) };
  const database = await openDatabase({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath, log });
  let wakeNotifier = () => {};
  const store = submissionStore(database.db, {
    notificationChannels: channelsOf(config.notifications),
    onNotification: () => wakeNotifier(),
  });
  const deliveries = notificationStore(database.db, database.kind);
  const shuttingDown = { value: false };
  try {
    app = await buildApp({
      config,
      store,
      deliveries,
      ping: database.ping,
      validate,
      logger,
      beforeStore,
      setup,
      closing: shuttingDown,
      wakeNotifier: () => wakeNotifier(),
    });
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app?.close();
    await database.db.destroy();
    throw error;
  }
  const retention = scheduleRetention(store, config.retentionDays, app.log);
  const address = /** @type {import('node:net').AddressInfo} */ (app.server.address());
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  const server = app;
  const notifier = notificationSender(config, deliveries, { ...DEFAULT_TIMING, ...options.notifierTiming }, () => config.publicUrl ?? url, log);
  wakeNotifier = notifier.wake;
  let closing;
  return {
    url,
    config,
    /** Where the rows are: the SQLite file, or "PostgreSQL" (the URL holds credentials). */
    dbPath: config.databaseUrl ? 'PostgreSQL' : config.sqlitePath,
    databaseKind: database.kind,
    app: server,
    store,
    /** Graceful: stops accepting, lets requests in flight finish, then closes the database. */
    close: () =>
      (closing ??= (async () => {
        shuttingDown.value = true;
        await server.close();
        await notifier.stop();
        await retention.stop();
        await database.db.destroy();
      })()),
  };
}

/**
 * The channels DIGIONE_WEBHOOK_URL and DIGIONE_SMTP_URL set up, and the worker that sends on them.
 * @param {import('./config.js').Config} config
 * @param {import('./database/notifications.js').NotificationStore} deliveries
 * @param {Required<import('./notifications/worker.js').NotifierTiming>} timing
 * @param {() => string} base the inbox's address in links
 * @param {{ error: (obj: object, msg: string) => void }} log
 */
function notificationSender(config, deliveries, timing, base, log) {
  const { webhook, email } = config.notifications;
  const options = { base, timeoutMs: timing.timeoutMs };
  return startNotifier({
    deliveries,
    channels: { ...(webhook ? { webhook: webhookChannel(webhook, options) } : {}), ...(email ? { email: emailChannel(email, options) } : {}) },
    timing,
    log,
  });
}

/** The demo's and the tests' name for it (the reference collector of earlier versions). */
export const startCollector = startReceiver;

/**
 * @template {Record<string, unknown>} T
 * @param {T} object
 * @returns {Partial<T>}
 */
function definedOnly(object) {
  return /** @type {Partial<T>} */ (Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)));
}
