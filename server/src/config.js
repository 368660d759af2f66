// Configuration comes only from environment variables (README, "The receiver": one table).
// readConfig() turns them into one checked object; a bad value stops the start with a message
// naming the variable, never a silent default.
import { resolve } from 'node:path';
import { DEFAULT_MINIMUM, LOWEST_MINIMUM } from './comparison.js';

/**
 * @typedef {object} Config
 * @property {string} host
 * @property {number} port
 * @property {string | undefined} databaseUrl postgres://… (PostgreSQL); unset = the SQLite file
 * @property {string} sqlitePath SQLite file, or ':memory:'
 * @property {string[]} allowedOrigins origins that may POST ('*' = any)
 * @property {string | undefined} adminToken bearer token for the listing, exports, erasure and /admin
 * @property {number} rateLimitPerMinute requests per minute per client address
 * @property {boolean | number | string[]} trustProxy false, a hop count, or the proxies' addresses/CIDRs
 * @property {number} retentionDays contact data of older submissions is erased
 * @property {number} requestTimeoutMs the whole request (headers and body) must arrive within this
 * @property {string} logLevel pino level, or 'silent'
 * @property {number} comparisonMin the comparison publishes a row only when this many municipalities contributed
 * @property {number} signInPerMinute inbox sign-in attempts per minute per client address
 * @property {string | undefined} publicUrl the receiver's address as people open it (sign-in links)
 * @property {Notifications} notifications where a new submission is announced (notifications/)
 */

/**
 * @typedef {object} Notifications
 * @property {{ url: string, secret: string, personal: boolean } | undefined} webhook
 * @property {{ url: string, to: string[], from: string } | undefined} email SMTP
 */

export const DEFAULT_ORIGINS = 'http://127.0.0.1:8080,http://localhost:8080';

export class ConfigError extends Error {}

/**
 * @param {string} name
 * @param {string | undefined} value
 * @param {number} fallback
 * @param {{ min: number, max: number }} range
 */
function integer(name, value, fallback, { min, max }) {
  if (value === undefined || value.trim() === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; it is "${value}".`);
  }
  return number;
}

/**
 * DIGIONE_TRUST_PROXY: unset or 0 = no proxy (the socket's address counts); a number = that many
 * proxies in front, each appending to X-Forwarded-For (the client is the entry that many places
 * from the right); otherwise the proxies' addresses or CIDRs, comma-separated. "Trust everyone"
 * is refused: the leftmost X-Forwarded-For entry is whatever the client wrote.
 * @param {string | undefined} value
 * @returns {boolean | number | string[]}
 */
export function parseTrustProxy(value) {
  const text = (value ?? '').trim();
  if (text === '' || text === '0' || text === 'false') return false;
  if (/^\d+$/.test(text)) return integer('DIGIONE_TRUST_PROXY', text, 0, { min: 0, max: 10 });
  if (text === 'true' || text === '*') {
    throw new ConfigError(
      'DIGIONE_TRUST_PROXY must be a hop count (e.g. 1) or the proxies\' addresses, not "true": a client could then choose its own address.',
    );
  }
  const list = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const address = /^[0-9a-fA-F.:]+(\/\d{1,3})?$|^(loopback|linklocal|uniquelocal)$/;
  const bad = list.find((entry) => !address.test(entry));
  if (bad) throw new ConfigError(`DIGIONE_TRUST_PROXY: "${bad}" is neither an address, a CIDR nor a hop count.`);
  return list;
}

const EMAIL = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

/**
 * The webhook (DIGIONE_WEBHOOK_URL, _SECRET, _PERSONAL) and the email (DIGIONE_SMTP_URL,
 * DIGIONE_NOTIFY_EMAIL, DIGIONE_MAIL_FROM); each is off while its URL is unset, and half a
 * setting stops the start.
 * @param {NodeJS.ProcessEnv} env
 * @returns {Notifications}
 */
export function readNotifications(env) {
  const webhookUrl = env.DIGIONE_WEBHOOK_URL?.trim() || undefined;
  const secret = env.DIGIONE_WEBHOOK_SECRET ?? '';
  const personal = (env.DIGIONE_WEBHOOK_PERSONAL ?? '').trim();
  if (!['', '0', '1'].includes(personal)) throw new ConfigError(`DIGIONE_WEBHOOK_PERSONAL must be 1 (include personal data) or 0; it is "${personal}".`);
  if (webhookUrl && !/^https?:\/\/[^/]/.test(webhookUrl)) throw new ConfigError('DIGIONE_WEBHOOK_URL must be an http:// or https:// address.');
  if (webhookUrl && secret.length < 16) {
    throw new ConfigError(
      "DIGIONE_WEBHOOK_SECRET is required when DIGIONE_WEBHOOK_URL is set: at least 16 characters, shared with the webhook's receiver, which checks the signature with it (e.g. openssl rand -hex 32).",
    );
  }
  const smtpUrl = env.DIGIONE_SMTP_URL?.trim() || undefined;
  const to = (env.DIGIONE_NOTIFY_EMAIL ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean);
  const from = env.DIGIONE_MAIL_FROM?.trim() ?? '';
  if (smtpUrl) {
    if (!/^smtps?:\/\/[^/]/.test(smtpUrl))
      throw new ConfigError('DIGIONE_SMTP_URL must look like smtp://user:password@host:587 (or smtps://… for TLS from the start).');
    if (!to.length) throw new ConfigError('DIGIONE_NOTIFY_EMAIL (who is told, comma-separated addresses) is required when DIGIONE_SMTP_URL is set.');
    const bad = to.find((address) => !EMAIL.test(address));
    if (bad) throw new ConfigError(`DIGIONE_NOTIFY_EMAIL: "${bad}" is not an email address.`);
    const address = /<([^>]+)>\s*$/.exec(from)?.[1] ?? from;
    if (!EMAIL.test(address))
      throw new ConfigError('DIGIONE_MAIL_FROM (the sender, e.g. "DigiOne <digione@example.fi>") is required when DIGIONE_SMTP_URL is set.');
  }
  return {
    webhook: webhookUrl ? { url: webhookUrl, secret, personal: personal === '1' } : undefined,
    email: smtpUrl ? { url: smtpUrl, to, from } : undefined,
  };
}

/**
 * @param {NodeJS.ProcessEnv} env
 * @param {string} defaultSqlitePath
 * @returns {Config}
 */
export function readConfig(env, defaultSqlitePath) {
  const databaseUrl = env.DIGIONE_DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DIGIONE_DATABASE_URL must start with postgres:// (unset it for the embedded SQLite file).');
  }
  return {
    host: env.DIGIONE_COLLECTOR_HOST?.trim() || '127.0.0.1',
    port: integer('DIGIONE_COLLECTOR_PORT', env.DIGIONE_COLLECTOR_PORT, 8787, { min: 0, max: 65535 }),
    databaseUrl,
    sqlitePath: env.DIGIONE_DB === ':memory:' ? ':memory:' : resolve(env.DIGIONE_DB?.trim() || defaultSqlitePath),
    allowedOrigins: (env.DIGIONE_ALLOWED_ORIGINS ?? DEFAULT_ORIGINS)
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    adminToken: env.DIGIONE_ADMIN_TOKEN || undefined,
    rateLimitPerMinute: integer('DIGIONE_RATE_LIMIT', env.DIGIONE_RATE_LIMIT, 60, { min: 1, max: 1_000_000 }),
    trustProxy: parseTrustProxy(env.DIGIONE_TRUST_PROXY),
    retentionDays: integer('DIGIONE_RETENTION_DAYS', env.DIGIONE_RETENTION_DAYS, 365, { min: 1, max: 3650 }),
    requestTimeoutMs: integer('DIGIONE_REQUEST_TIMEOUT_MS', env.DIGIONE_REQUEST_TIMEOUT_MS, 10_000, { min: 100, max: 300_000 }),
    logLevel: env.DIGIONE_LOG_LEVEL?.trim() || 'info',
    comparisonMin: integer('DIGIONE_COMPARISON_MIN', env.DIGIONE_COMPARISON_MIN, DEFAULT_MINIMUM, { min: LOWEST_MINIMUM, max: 1000 }),
    signInPerMinute: integer('DIGIONE_SIGN_IN_LIMIT', env.DIGIONE_SIGN_IN_LIMIT, 20, { min: 1, max: 1_000_000 }),
    publicUrl: env.DIGIONE_PUBLIC_URL?.trim().replace(/\/+$/, '') || undefined,
    notifications: readNotifications(env),
  };
}
