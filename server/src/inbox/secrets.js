// The inbox's secrets: password hashes (Node's scrypt, a salt per password), and random tokens
// (sessions, sign-in links, CSRF) of which the database keeps only a SHA-256 hash.
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

/** @param {string} password @param {Buffer} salt @param {number} n @param {number} r @param {number} p */
const derive = (password, salt, n, r, p) =>
  new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N: n, r, p, maxmem: 256 * n * r + 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );

/** `scrypt$N$r$p$salt$key` (base64url). @param {string} password */
export async function hashPassword(password) {
  const salt = randomBytes(16);
  const key = /** @type {Buffer} */ (await derive(password, salt, N, R, P));
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

// Checked when the account does not exist, so the answer takes as long as for one that does.
const UNKNOWN = `scrypt$${N}$${R}$${P}$${Buffer.alloc(16).toString('base64url')}$${Buffer.alloc(KEY_LENGTH).toString('base64url')}`;

/** @param {string} password @param {string | null | undefined} stored */
export async function verifyPassword(password, stored) {
  const [scheme, n, r, p, salt, key] = (stored ?? UNKNOWN).split('$');
  if (scheme !== 'scrypt' || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = /** @type {Buffer} */ (await derive(password, Buffer.from(salt, 'base64url'), Number(n), Number(r), Number(p)));
  return timingSafeEqual(actual, expected) && stored !== undefined && stored !== null;
}

/** A random token for a cookie, a link or a form. */
export const newToken = () => randomBytes(32).toString('base64url');

/** What the database keeps of a token. @param {string} token */
export const tokenHash = (token) => createHash('sha256').update(token).digest('hex');

/** Constant-time comparison of two tokens. @param {unknown} given @param {string} expected */
export function sameToken(given, expected) {
  if (typeof given !== 'string' || given === '') return false;
  return timingSafeEqual(createHash('sha256').update(given).digest(), createHash('sha256').update(expected).digest());
}
