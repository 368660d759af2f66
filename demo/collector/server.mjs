// The reference collector: receives what the widgets POST, validates it against schema/, and
// stores each submission exactly once in SQLite. A receiving team can run it as is, or read it
// as the specification of its own endpoint (README, "Submissions and the collector").
//
//   npm run collector              # alone, on http://127.0.0.1:8787
//   npm start                      # together with the demo page
//
// Environment (all optional):
//   DIGIONE_DB                 SQLite file (default demo/.data/submissions.sqlite; directory created)
//   DIGIONE_ALLOWED_ORIGINS    comma-separated origins that may POST (default http://127.0.0.1:8080,http://localhost:8080; * = any)
//   DIGIONE_ADMIN_TOKEN        bearer token for GET /api/submissions(.csv) and /admin; unset = those are off (404)
//   DIGIONE_COLLECTOR_HOST     default 127.0.0.1
//   DIGIONE_COLLECTOR_PORT     default 8787
//   DIGIONE_RATE_LIMIT         requests per minute per client address (default 60)
import Fastify from 'fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Database from 'better-sqlite3';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { createHash, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const schemaDir = resolve(here, '../../schema');
const env = process.env;
export const BODY_LIMIT = 64 * 1024;
const DATA_TYPES = [
  'fi.digione.readiness.completed',
  'fi.digione.join.requested',
  'fi.digione.event.registered',
];

/** One ajv instance with every schema in schema/ (the envelope refers to the data schemas). */
export function createValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats.default(ajv);
  for (const file of readdirSync(schemaDir).filter((name) => name.endsWith('.schema.json'))) {
    const schema = JSON.parse(readFileSync(resolve(schemaDir, file), 'utf8'));
    if (schema.$id.endsWith('/envelope.schema.json') || schema.type === 'object') ajv.addSchema(schema);
  }
  return ajv.getSchema('https://digione.fi/schema/v1/envelope.schema.json');
}

/** ajv errors as the fields a person or developer can act on, without the if/then noise. */
function fieldErrors(errors = []) {
  const seen = new Set();
  const list = [];
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    const field =
      error.keyword === 'required' ? `${error.instancePath}/${error.params.missingProperty}` : error.instancePath || '/';
    const key = `${field} ${error.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    list.push({ field, message: error.message });
  }
  return list;
}

function problem(reply, status, title, detail, extra = {}) {
  return reply
    .code(status)
    .header('Content-Type', 'application/problem+json; charset=utf-8')
    .send({ type: 'about:blank', title, status, detail, ...extra });
}

/** The Idempotency-Key header is a structured-field string: `"<id>"` (a bare token is accepted too). */
export function parseIdempotencyKey(value) {
  if (typeof value !== 'string') return undefined;
  const match = /^\s*"([^"\\]{1,255})"\s*$/.exec(value) ?? /^\s*([A-Za-z0-9._~:-]{1,255})\s*$/.exec(value);
  return match?.[1];
}

function sameSecret(given, expected) {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

const escapeHtml = (value) =>
  String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** A CSV cell; formulas are defused so a spreadsheet never executes what a stranger typed. */
function csvCell(value) {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const ADMIN_CSS = `body{font:16px/1.5 system-ui,sans-serif;margin:1rem auto;max-width:72rem;padding:0 1rem;color:#1a1a1a}
table{border-collapse:collapse;width:100%;margin-bottom:2rem}th,td{border:1px solid #bbb;padding:.4rem;text-align:left;vertical-align:top}
pre{white-space:pre-wrap;word-break:break-word;margin:0;font-size:.875rem}label,input,button{font:inherit}input{padding:.3rem}
button{padding:.3rem .8rem}`;

/**
 * Starts the collector; resolves when it listens.
 * @returns {Promise<{url: string, dbPath: string, app: import('fastify').FastifyInstance, db: Database.Database, close: () => Promise<void>}>}
 */
export async function startCollector({
  port = Number(env.DIGIONE_COLLECTOR_PORT ?? 8787),
  host = env.DIGIONE_COLLECTOR_HOST ?? '127.0.0.1',
  dbPath = env.DIGIONE_DB ?? resolve(here, '../.data/submissions.sqlite'),
  allowedOrigins = (env.DIGIONE_ALLOWED_ORIGINS ?? 'http://127.0.0.1:8080,http://localhost:8080')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean),
  token = env.DIGIONE_ADMIN_TOKEN || undefined,
  rateLimitPerMinute = Number(env.DIGIONE_RATE_LIMIT ?? 60),
  /** Awaited between validation and storing (e.g. forwarding); tests use it to hold a request in flight. */
  beforeStore = undefined,
  /** Called with the app after CORS and before the routes (tests add hooks here). */
  setup = undefined,
  logger = false,
} = {}) {
  if (dbPath !== ':memory:') mkdirSync(dirname(resolve(dbPath)), { recursive: true });
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(`CREATE TABLE IF NOT EXISTS submissions (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    received_at TEXT NOT NULL,
    body_sha256 TEXT NOT NULL,
    status INTEGER NOT NULL,
    response TEXT NOT NULL,
    envelope TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS submissions_by_type ON submissions (type, received_at DESC);`);
  const findStored = db.prepare('SELECT body_sha256, status, response FROM submissions WHERE id = ?');
  // INSERT OR IGNORE: the primary key makes a second row for one id impossible, whatever happens above.
  const insert = db.prepare(
    'INSERT OR IGNORE INTO submissions (id, type, received_at, body_sha256, status, response, envelope) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const validate = createValidator();
  const inFlight = new Map(); // idempotency key -> body hash, while a request is between validation and storing
  const anyOrigin = allowedOrigins.includes('*');
  const originAllowed = (origin) => anyOrigin || allowedOrigins.includes(origin);

  const app = Fastify({ logger, bodyLimit: BODY_LIMIT, trustProxy: env.DIGIONE_TRUST_PROXY === '1' });

  // Keep the raw text: the idempotency fingerprint is the hash of the bytes that were sent.
  const parseJson = (request, body, done) => {
    request.rawBody = body;
    try {
      done(null, JSON.parse(body));
    } catch {
      const error = new Error('The body is not valid JSON.');
      error.statusCode = 400;
      error.code = 'MALFORMED_JSON';
      done(error);
    }
  };
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: BODY_LIMIT }, parseJson);
  // CloudEvents structured content mode, what the widgets send; application/json stays accepted
  // for widgets already deployed.
  app.addContentTypeParser('application/cloudevents+json', { parseAs: 'string', bodyLimit: BODY_LIMIT }, parseJson);
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 4096 }, (request, body, done) =>
    done(null, Object.fromEntries(new URLSearchParams(body))),
  );

  app.setErrorHandler((error, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) request.log.error(error);
    const titles = { 400: 'Bad Request', 413: 'Content Too Large', 415: 'Unsupported Media Type', 429: 'Too Many Requests' };
    const detail =
      status === 413 ? `The body is larger than ${BODY_LIMIT} bytes.` : status >= 500 ? 'The submission could not be stored.' : error.message;
    return problem(reply, status, titles[status] ?? (status >= 500 ? 'Internal Server Error' : 'Error'), detail);
  });
  app.setNotFoundHandler((request, reply) => problem(reply, 404, 'Not Found', 'No such resource.'));

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
    if (!reply.hasHeader('Cache-Control')) reply.header('Cache-Control', 'no-store');
    return payload;
  });

  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin ? originAllowed(origin) : false),
    methods: ['POST'],
    allowedHeaders: ['Content-Type', 'Idempotency-Key'],
    exposedHeaders: ['Retry-After'],
    credentials: false,
    maxAge: 600,
  });
  if (setup) await setup(app);
  await app.register(rateLimit, {
    max: rateLimitPerMinute,
    timeWindow: 60_000,
    errorResponseBuilder: (request, context) => {
      const error = new Error(`Too many requests; try again in ${Math.ceil(context.ttl / 1000)} s.`);
      error.statusCode = 429;
      return error;
    },
  });

  app.get('/healthz', { config: { rateLimit: false } }, async () => ({ status: 'ok' }));

  app.post('/api/submissions', async (request, reply) => {
    const origin = request.headers.origin;
    if (origin && !originAllowed(origin)) return problem(reply, 403, 'Forbidden', `Origin ${origin} may not post here.`);
    const envelope = request.body;
    if (typeof request.rawBody !== 'string') return problem(reply, 415, 'Unsupported Media Type', 'Send Content-Type: application/cloudevents+json (or application/json).');
    if (!validate(envelope)) {
      const errors = fieldErrors(validate.errors);
      return problem(reply, 400, 'Invalid submission', `Invalid fields: ${[...new Set(errors.map((e) => e.field))].join(', ')}`, {
        errors,
      });
    }
    const key = parseIdempotencyKey(request.headers['idempotency-key']);
    if (!key) return problem(reply, 400, 'Bad Request', 'The Idempotency-Key header is missing or malformed; send Idempotency-Key: "<envelope id>".');
    if (key !== envelope.id) return problem(reply, 422, 'Unprocessable Content', 'The Idempotency-Key must equal the envelope id.');
    const hash = createHash('sha256').update(request.rawBody).digest('hex');

    const replay = () => {
      const stored = findStored.get(key);
      if (!stored) return undefined;
      if (stored.body_sha256 !== hash) {
        return problem(reply, 422, 'Unprocessable Content', 'This Idempotency-Key was already used with another body.');
      }
      return reply.code(stored.status).header('Idempotent-Replayed', 'true').type('application/json').send(stored.response);
    };
    const earlier = replay();
    if (earlier) return earlier;
    if (inFlight.has(key)) {
      return problem(reply, 409, 'Conflict', 'A request with this Idempotency-Key is still being processed; retry shortly.');
    }
    inFlight.set(key, hash);
    try {
      if (beforeStore) await beforeStore(envelope, request);
      const receivedAt = new Date().toISOString();
      const response = JSON.stringify({ id: envelope.id, status: 'stored', receivedAt });
      const result = insert.run(envelope.id, envelope.type, receivedAt, hash, 201, response, request.rawBody);
      if (result.changes === 0) return replay();
      return reply.code(201).type('application/json').send(response);
    } finally {
      inFlight.delete(key);
    }
  });

  // The receiving team's read-only views. Without a configured token they do not exist.
  const authorized = (request) => {
    const header = request.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7).trim() : request.body?.token;
    return typeof given === 'string' && given !== '' && sameSecret(given, token);
  };
  const guard = async (request, reply) => {
    if (!token) return problem(reply, 404, 'Not Found', 'The listing is off: set DIGIONE_ADMIN_TOKEN to enable it.');
    if (!authorized(request) && !(request.url.startsWith('/admin') && request.method === 'GET' && !request.headers.authorization)) {
      reply.header('WWW-Authenticate', 'Bearer realm="digione-collector"');
      return problem(reply, 401, 'Unauthorized', 'A valid bearer token is required.');
    }
  };
  const rowsQuery = (type, limit, offset) => {
    const where = type ? 'WHERE type = ?' : '';
    const args = type ? [type] : [];
    const total = db.prepare(`SELECT COUNT(*) AS n FROM submissions ${where}`).get(...args).n;
    const rows = db
      .prepare(`SELECT id, type, received_at, envelope FROM submissions ${where} ORDER BY received_at DESC, id LIMIT ? OFFSET ?`)
      .all(...args, limit, offset);
    return { total, rows };
  };
  const listParams = (query) => {
    const type = DATA_TYPES.includes(query.type) ? query.type : undefined;
    const limit = Math.min(Math.max(Number.parseInt(query.limit, 10) || 50, 1), 500);
    const page = Math.max(Number.parseInt(query.page, 10) || 1, 1);
    return { type, limit, page };
  };

  app.get('/api/submissions', { preHandler: guard }, async (request) => {
    const { type, limit, page } = listParams(request.query);
    const { total, rows } = rowsQuery(type, limit, (page - 1) * limit);
    return {
      page,
      limit,
      total,
      next: page * limit < total ? page + 1 : null,
      items: rows.map((row) => ({ id: row.id, type: row.type, receivedAt: row.received_at, envelope: JSON.parse(row.envelope) })),
    };
  });

  app.get('/api/submissions.csv', { preHandler: guard }, async (request, reply) => {
    const { type } = listParams(request.query);
    const { rows } = rowsQuery(type, -1, 0);
    const lines = [['id', 'type', 'received_at', 'time', 'locale', 'widget', 'widgetversion', 'source', 'data'].join(',')];
    for (const row of rows) {
      const e = JSON.parse(row.envelope);
      lines.push(
        [row.id, row.type, row.received_at, e.time, e.locale, e.widget, e.widgetversion, e.source, JSON.stringify(e.data)]
          .map(csvCell)
          .join(','),
      );
    }
    return reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', 'attachment; filename="submissions.csv"')
      .send(`\uFEFF${lines.join('\r\n')}\r\n`);
  });

  app.get('/admin.css', async (request, reply) => reply.type('text/css').header('Cache-Control', 'max-age=600').send(ADMIN_CSS));

  const adminPage = (body) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>DigiOne submissions</title><link rel="stylesheet" href="/admin.css"></head><body>
<h1>DigiOne submissions</h1>${body}</body></html>`;
  const renderAdmin = (request, reply) => {
    if (!authorized(request)) {
      return reply.type('text/html; charset=utf-8').send(
        adminPage(`<form method="post" action="/admin"><p><label for="token">Admin token</label><br>
<input id="token" name="token" type="password" autocomplete="current-password" required> <button type="submit">Show submissions</button></p></form>`),
      );
    }
    const sections = DATA_TYPES.map((type) => {
      const { total, rows } = rowsQuery(type, 200, 0);
      const items = rows
        .map((row) => {
          const e = JSON.parse(row.envelope);
          return `<tr><td>${escapeHtml(row.received_at)}</td><td><code>${escapeHtml(row.id)}</code></td><td>${escapeHtml(e.locale)}</td>
<td>${escapeHtml(e.source)}</td><td><pre>${escapeHtml(JSON.stringify(e.data, null, 2))}</pre></td></tr>`;
        })
        .join('');
      return `<h2>${escapeHtml(type)} (${total})</h2>${
        rows.length
          ? `<table><thead><tr><th scope="col">Received</th><th scope="col">Id</th><th scope="col">Locale</th><th scope="col">Page</th><th scope="col">Data</th></tr></thead><tbody>${items}</tbody></table>`
          : '<p>None yet.</p>'
      }`;
    }).join('');
    return reply.type('text/html; charset=utf-8').send(adminPage(`<p>Newest first; at most 200 per type (the CSV export has all).</p>${sections}`));
  };
  app.get('/admin', { preHandler: guard }, async (request, reply) => renderAdmin(request, reply));
  app.post('/admin', { preHandler: guard }, async (request, reply) => renderAdmin(request, reply));

  await app.listen({ port, host });
  const address = app.server.address();
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  return {
    url,
    dbPath,
    app,
    db,
    close: async () => {
      await app.close();
      db.close();
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const collector = await startCollector({ logger: true });
  console.log(`Collector: ${collector.url}/api/submissions (stored in ${collector.dbPath})`);
  const stop = async () => {
    await collector.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
