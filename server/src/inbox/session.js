// Who is asking: the session cookie (HttpOnly, SameSite=Strict, Secure except on localhost,
// with an expiry; the session itself is a row, so any instance knows it), the CSRF check of
// every state-changing request (the session's synchronizer token in the form; before sign-in a
// double-submit cookie), the roles, and the language.
import { markup, layout } from './html.js';
import { LANGUAGES, pickLang } from './i18n/index.js';
import { newToken, sameToken } from './secrets.js';

export const SESSION_COOKIE = 'digione_session';
export const PRE_COOKIE = 'digione_signin';
export const LANG_COOKIE = 'digione_lang';

/** @typedef {{ userId: string, email: string, role: 'admin' | 'viewer', csrf: string, sessionId: string }} InboxUser */
/** @typedef {import('fastify').FastifyRequest & { inboxUser?: InboxUser }} InboxRequest */

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Secure cookies, except when the receiver is opened on this machine over plain HTTP. @param {import('fastify').FastifyRequest} request */
export const secureCookies = (request) => !LOCAL_HOSTS.has(request.hostname.replace(/:\d+$/, ''));

/** @param {import('fastify').FastifyRequest} request @param {number} maxAge seconds */
export const cookieOptions = (request, maxAge) => ({
  path: '/',
  httpOnly: true,
  sameSite: /** @type {const} */ ('strict'),
  secure: secureCookies(request),
  maxAge,
});

/** @param {import('fastify').FastifyRequest} request */
export const langOf = (request) => pickLang(request.cookies[LANG_COOKIE]);
/** @param {import('fastify').FastifyRequest} request */
export const stringsOf = (request) => LANGUAGES[langOf(request)];

/**
 * A request from another site (a form posted from elsewhere): the browser says so in
 * Sec-Fetch-Site, or its Origin names another host. (Under Referrer-Policy: no-referrer a
 * browser sends "Origin: null" for its own forms: the tokens decide then.)
 * @param {import('fastify').FastifyRequest} request
 */
function crossSite(request) {
  const site = request.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = request.headers.origin;
  if (!origin || origin === 'null') return false;
  try {
    return new URL(origin).host !== request.host;
  } catch {
    return true;
  }
}

/** @param {import('../database/users.js').UserStore} users */
export function inboxSessions(users) {
  /** @param {InboxRequest} request */
  async function readUser(request) {
    if (request.inboxUser) return request.inboxUser;
    const id = request.cookies[SESSION_COOKIE];
    if (!id) return undefined;
    const session = await users.session(id);
    if (!session) return undefined;
    request.inboxUser = { userId: session.userId, email: session.email, role: session.role, csrf: session.csrf, sessionId: id };
    return request.inboxUser;
  }

  /** @param {import('fastify').FastifyRequest} request @param {import('fastify').FastifyReply} reply @param {number} status @param {string} message */
  const refuse = (request, reply, status, message) => {
    const t = stringsOf(request);
    const user = /** @type {InboxRequest} */ (request).inboxUser;
    return reply
      .code(status)
      .type('text/html; charset=utf-8')
      .send(layout({ t, path: '/inbox', user }, message, markup`<p><a href="/inbox/join-requests">${t.back}</a></p>`));
  };

  /**
   * preHandler of every inbox page and action: a signed-in user (else to the sign-in page, or
   * 401 for a POST); for a POST also the session's CSRF token and a same-site Origin.
   * @type {import('fastify').preHandlerAsyncHookHandler}
   */
  async function signedIn(request, reply) {
    const user = await readUser(request);
    if (request.method === 'POST') {
      const body = /** @type {Record<string, unknown> | undefined} */ (request.body);
      if (!user) return refuse(request, reply, 401, stringsOf(request).csrf);
      if (crossSite(request) || !sameToken(body?._csrf, user.csrf)) return refuse(request, reply, 403, stringsOf(request).csrf);
      return undefined;
    }
    if (!user) return reply.redirect('/inbox/sign-in', 303);
    return undefined;
  }

  /** @type {import('fastify').preHandlerAsyncHookHandler} */
  async function adminOnly(request, reply) {
    if (/** @type {InboxRequest} */ (request).inboxUser?.role !== 'admin') return refuse(request, reply, 403, stringsOf(request).forbidden);
    return undefined;
  }

  /**
   * The double-submit token of the sign-in forms (no session yet): set as a cookie with the form.
   * @param {import('fastify').FastifyRequest} request @param {import('fastify').FastifyReply} reply
   */
  function preToken(request, reply) {
    const existing = request.cookies[PRE_COOKIE];
    const token = existing && existing.length === 43 ? existing : newToken();
    reply.setCookie(PRE_COOKIE, token, cookieOptions(request, 3600));
    return token;
  }

  /** @param {import('fastify').FastifyRequest} request */
  const preTokenValid = (request) => {
    const body = /** @type {Record<string, unknown> | undefined} */ (request.body);
    const cookie = request.cookies[PRE_COOKIE];
    return !crossSite(request) && Boolean(cookie) && sameToken(body?._csrf, /** @type {string} */ (cookie));
  };

  return { readUser, signedIn, adminOnly, preToken, preTokenValid, refuse };
}

/** @typedef {ReturnType<typeof inboxSessions>} InboxSessions */
