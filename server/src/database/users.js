// Every query of the inbox's people: users, one-time sign-in links, sessions (so any number of
// instances share them), the lockout after wrong passwords, and the audit log.
import { randomUUID } from 'node:crypto';
import { newToken, tokenHash } from '../inbox/secrets.js';

/** @typedef {import('./index.js').Db} Db */
/** @typedef {import('./index.js').UsersTable} User */

export const ROLES = /** @type {const} */ (['admin', 'viewer']);
export const MAX_FAILED = 10;
export const LOCK_MS = 15 * 60_000;
export const SESSION_MS = 8 * 3600_000;
export const LINK_MS = 24 * 3600_000;

/** @param {number} ms */
const isoIn = (ms) => new Date(Date.now() + ms).toISOString();

/** @param {Db} db */
export function userStore(db) {
  /** @param {string} email */
  const byEmail = (email) => db.selectFrom('users').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();

  return {
    byEmail,
    /** @param {string} id */
    byId: (id) => db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst(),
    list: () => db.selectFrom('users').selectAll().orderBy('email').execute(),

    /**
     * Creates the user, or gives an existing one this role (and password, when given).
     * @param {{ email: string, role: User['role'], passwordHash?: string }} user
     * @returns {Promise<{ user: User, created: boolean }>}
     */
    async add({ email, role, passwordHash }) {
      const existing = await byEmail(email);
      if (existing) {
        const changes = { role, ...(passwordHash ? { password_hash: passwordHash, failed_attempts: 0, locked_until: null } : {}) };
        await db.updateTable('users').set(changes).where('id', '=', existing.id).execute();
        return { user: { ...existing, ...changes }, created: false };
      }
      /** @type {User} */
      const user = {
        id: randomUUID(),
        email: email.trim().toLowerCase(),
        role,
        password_hash: passwordHash ?? null,
        failed_attempts: 0,
        locked_until: null,
        created_at: new Date().toISOString(),
      };
      await db.insertInto('users').values(user).execute();
      return { user, created: true };
    },

    /** @param {string} id @param {User['role']} role */
    async setRole(id, role) {
      await db.updateTable('users').set({ role }).where('id', '=', id).execute();
    },

    /** @param {string} id @param {string} passwordHash */
    async setPassword(id, passwordHash) {
      await db.updateTable('users').set({ password_hash: passwordHash, failed_attempts: 0, locked_until: null }).where('id', '=', id).execute();
    },

    /**
     * A wrong password: counts it; the MAX_FAILED-th locks the account for LOCK_MS.
     * @param {string} id
     * @returns {Promise<string | null>} until when it is locked now, if it is
     */
    async failed(id) {
      const row = await db
        .updateTable('users')
        .set((eb) => ({ failed_attempts: eb('failed_attempts', '+', 1) }))
        .where('id', '=', id)
        .returning('failed_attempts')
        .executeTakeFirst();
      if (!row || row.failed_attempts < MAX_FAILED) return null;
      const until = isoIn(LOCK_MS);
      await db.updateTable('users').set({ failed_attempts: 0, locked_until: until }).where('id', '=', id).execute();
      return until;
    },

    /** @param {string} id */
    async succeeded(id) {
      await db.updateTable('users').set({ failed_attempts: 0, locked_until: null }).where('id', '=', id).execute();
    },

    /** A one-time sign-in link's token for the user (the database keeps its hash). @param {string} userId */
    async createLink(userId) {
      const token = newToken();
      await db
        .insertInto('sign_in_links')
        .values({ token_sha256: tokenHash(token), user_id: userId, expires_at: isoIn(LINK_MS) })
        .execute();
      return token;
    },

    /** The link's user if the token is valid; it is used up either way. @param {string} token */
    async useLink(token) {
      const link = await db.deleteFrom('sign_in_links').where('token_sha256', '=', tokenHash(token)).returning(['user_id', 'expires_at']).executeTakeFirst();
      if (!link || link.expires_at <= new Date().toISOString()) return undefined;
      return db.selectFrom('users').selectAll().where('id', '=', link.user_id).executeTakeFirst();
    },

    /** @param {string} token @returns {Promise<boolean>} whether the link can still be used */
    async linkValid(token) {
      const link = await db.selectFrom('sign_in_links').select('expires_at').where('token_sha256', '=', tokenHash(token)).executeTakeFirst();
      return Boolean(link && link.expires_at > new Date().toISOString());
    },

    /** A new session: the cookie's value and its CSRF token. @param {string} userId */
    async createSession(userId) {
      const id = newToken();
      const csrf = newToken();
      const now = new Date().toISOString();
      await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
      await db
        .insertInto('sessions')
        .values({ id_sha256: tokenHash(id), user_id: userId, csrf_token: csrf, created_at: now, expires_at: isoIn(SESSION_MS) })
        .execute();
      return { id, csrf, maxAge: SESSION_MS / 1000 };
    },

    /** The session of a cookie value, with its user, unless it expired. @param {string} id */
    session: (id) =>
      db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .select(['users.id as userId', 'users.email', 'users.role', 'sessions.csrf_token as csrf', 'sessions.expires_at as expiresAt'])
        .where('sessions.id_sha256', '=', tokenHash(id))
        .where('sessions.expires_at', '>', new Date().toISOString())
        .executeTakeFirst(),

    /** @param {string} id */
    async endSession(id) {
      await db.deleteFrom('sessions').where('id_sha256', '=', tokenHash(id)).execute();
    },

    /**
     * One line of the audit log: who (a user id, "token" or "cli"), what, on what; never personal data.
     * @param {{ actor: string, action: string, target?: string, detail?: Record<string, unknown> }} entry
     */
    async audit({ actor, action, target, detail }) {
      await db
        .insertInto('audit_log')
        .values({ id: randomUUID(), at: new Date().toISOString(), actor, action, target: target ?? null, detail: detail ? JSON.stringify(detail) : null })
        .execute();
    },

    /** @param {{ target?: string, actions?: string[], limit: number }} query */
    auditEntries({ target, actions, limit }) {
      let query = db.selectFrom('audit_log').leftJoin('users', 'users.id', 'audit_log.actor').selectAll('audit_log').select('users.email as actorEmail');
      if (target) query = query.where('audit_log.target', '=', target);
      if (actions) query = query.where('audit_log.action', 'in', actions);
      return query.orderBy('audit_log.at', 'desc').orderBy('audit_log.id', 'desc').limit(limit).execute();
    },
  };
}

/** @typedef {ReturnType<typeof userStore>} UserStore */
