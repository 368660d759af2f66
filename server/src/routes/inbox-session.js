// The inbox's doors: the sign-in page (email and password), the one-time sign-in link (which
// can also set a password), sign-out, the language switch and the stylesheet. Sign-in attempts
// are limited per address (DIGIONE_SIGN_IN_LIMIT a minute) and per account (the 10th wrong
// password in a row locks it for 15 minutes, and the page says so).
import { errorSummary, markup, input, layout, INBOX_CSS } from '../inbox/html.js';
import { formatTime } from '../inbox/join-request.js';
import { PASSWORD_MAX, PASSWORD_MIN, hashPassword, verifyPassword } from '../inbox/secrets.js';
import { LANG_COOKIE, PRE_COOKIE, SESSION_COOKIE, cookieOptions, langOf, stringsOf } from '../inbox/session.js';

/**
 * @typedef {object} InboxSessionContext
 * @property {import('../database/users.js').UserStore} users
 * @property {import('../inbox/session.js').InboxSessions} sessions
 * @property {number} signInPerMinute
 */

/** @param {unknown} value */
const field = (value) => (typeof value === 'string' ? value : '');

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {InboxSessionContext} context
 */
export function inboxSessionRoutes(app, { users, sessions, signInPerMinute }) {
  app.get('/inbox.css', async (request, reply) => reply.type('text/css').header('Cache-Control', 'max-age=600').send(INBOX_CSS));

  /** Starts a session for the user and goes to the inbox. @param {import('fastify').FastifyRequest} request @param {import('fastify').FastifyReply} reply @param {string} userId @param {string} how */
  async function startSession(request, reply, userId, how) {
    const session = await users.createSession(userId);
    await users.audit({ actor: userId, action: 'sign-in', detail: { how } });
    reply.setCookie(SESSION_COOKIE, session.id, cookieOptions(request, session.maxAge));
    reply.clearCookie(PRE_COOKIE, { path: '/' });
    return reply.redirect('/inbox', 303);
  }

  /**
   * @param {import('fastify').FastifyRequest} request @param {import('fastify').FastifyReply} reply
   * @param {{ email?: string, errors?: { field: string, message: string }[], notice?: string }} [state]
   */
  async function signInPage(request, reply, { email = '', errors = [], notice } = {}) {
    const t = stringsOf(request);
    const token = sessions.preToken(request, reply);
    const anyUsers = (await users.list()).length > 0;
    const errorOf = (/** @type {string} */ id) => errors.find((e) => e.field === id)?.message;
    const body = markup`${notice ? markup`<p class="notice" role="status">${notice}</p>` : ''}${errorSummary(t, errors)}
${anyUsers ? '' : markup`<p>${t.noUsers}</p>`}
<form method="post" action="/inbox/sign-in" novalidate><input type="hidden" name="_csrf" value="${token}">
${input({ id: 'email', label: t.email, type: 'email', value: email, autocomplete: 'username', required: true, error: errorOf('email') })}
${input({ id: 'password', label: t.password, type: 'password', autocomplete: 'current-password', required: true, error: errorOf('password') })}
<button type="submit">${t.signIn}</button></form>`;
    return reply.type('text/html; charset=utf-8').send(layout({ t, path: '/inbox/sign-in', user: undefined }, t.signIn, body));
  }

  app.get('/inbox/sign-in', async (request, reply) => signInPage(request, reply));

  const limited = { config: { rateLimit: { max: signInPerMinute, timeWindow: 60_000 } } };

  app.post('/inbox/sign-in', limited, async (request, reply) => {
    const t = stringsOf(request);
    const body = /** @type {Record<string, unknown>} */ (request.body ?? {});
    const email = field(body.email).trim().slice(0, 254);
    const password = field(body.password).slice(0, PASSWORD_MAX);
    if (!sessions.preTokenValid(request)) return signInPage(request, reply.code(403), { email, errors: [{ field: 'email', message: t.csrf }] });
    const missing = [...(email ? [] : [{ field: 'email', message: t.emailMissing }]), ...(password ? [] : [{ field: 'password', message: t.passwordMissing }])];
    if (missing.length) return signInPage(request, reply.code(400), { email, errors: missing });
    const user = await users.byEmail(email);
    const now = new Date().toISOString();
    if (user?.locked_until && user.locked_until > now) {
      await users.audit({ actor: user.id, action: 'sign-in-refused', detail: { reason: 'locked' } });
      return signInPage(request, reply.code(429), {
        email,
        errors: [{ field: 'password', message: t.locked(formatTime(user.locked_until, langOf(request))) }],
      });
    }
    const right = await verifyPassword(password, user?.password_hash);
    if (!user || !right) {
      const lockedUntil = user ? await users.failed(user.id) : null;
      if (user) await users.audit({ actor: user.id, action: 'sign-in-refused', detail: { reason: lockedUntil ? 'locked now' : 'wrong password' } });
      const message = lockedUntil ? t.locked(formatTime(lockedUntil, langOf(request))) : t.wrongCredentials;
      return signInPage(request, reply.code(lockedUntil ? 429 : 401), { email, errors: [{ field: 'password', message }] });
    }
    await users.succeeded(user.id);
    return startSession(request, reply, user.id, 'password');
  });

  /** @param {import('fastify').FastifyRequest} request @param {import('fastify').FastifyReply} reply @param {string} token @param {{ field: string, message: string }[]} [errors] */
  async function linkPage(request, reply, token, errors = []) {
    const t = stringsOf(request);
    const path = '/inbox/sign-in/link';
    if (!(await users.linkValid(token)))
      return reply
        .code(410)
        .type('text/html; charset=utf-8')
        .send(layout({ t, path, user: undefined }, t.linkTitle, markup`<p>${t.linkInvalid}</p>`));
    const pre = sessions.preToken(request, reply);
    const errorOf = (/** @type {string} */ id) => errors.find((e) => e.field === id)?.message;
    const body = markup`${errorSummary(t, errors)}<p>${t.linkIntro}</p>
<form method="post" action="/inbox/sign-in/link" novalidate><input type="hidden" name="_csrf" value="${pre}"><input type="hidden" name="token" value="${token}">
${input({ id: 'password', label: t.newPassword, type: 'password', autocomplete: 'new-password', error: errorOf('password') })}
${input({ id: 'password2', label: t.newPasswordAgain, type: 'password', autocomplete: 'new-password', error: errorOf('password2') })}
<button type="submit">${t.signIn}</button></form>`;
    return reply.type('text/html; charset=utf-8').send(layout({ t, path, user: undefined }, t.linkTitle, body));
  }

  // The link is opened with GET (which uses nothing up: mail scanners open links); the page's
  // form POSTs the token, which signs in once.
  app.get('/inbox/sign-in/link', limited, async (request, reply) => linkPage(request, reply, field(/** @type {any} */ (request.query).token).slice(0, 100)));

  app.post('/inbox/sign-in/link', limited, async (request, reply) => {
    const t = stringsOf(request);
    const body = /** @type {Record<string, unknown>} */ (request.body ?? {});
    const token = field(body.token).slice(0, 100);
    const password = field(body.password);
    if (!sessions.preTokenValid(request)) return linkPage(request, reply.code(403), token, [{ field: 'password', message: t.csrf }]);
    /** @type {{ field: string, message: string }[]} */
    const errors = [];
    if (password && (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX)) errors.push({ field: 'password', message: t.passwordShort });
    else if (password && password !== field(body.password2)) errors.push({ field: 'password2', message: t.passwordMismatch });
    if (errors.length) return linkPage(request, reply.code(400), token, errors);
    const user = await users.useLink(token);
    if (!user)
      return reply
        .code(410)
        .type('text/html; charset=utf-8')
        .send(layout({ t, path: '/inbox/sign-in', user: undefined }, t.linkTitle, markup`<p>${t.linkInvalid}</p>`));
    if (password) {
      await users.setPassword(user.id, await hashPassword(password));
      await users.audit({ actor: user.id, action: 'password-set', target: user.id });
    } else {
      await users.succeeded(user.id);
    }
    return startSession(request, reply, user.id, 'link');
  });

  app.post('/inbox/sign-out', { preHandler: sessions.signedIn }, async (request, reply) => {
    const user = /** @type {import('../inbox/session.js').InboxRequest} */ (request).inboxUser;
    if (user) {
      await users.endSession(user.sessionId);
      await users.audit({ actor: user.userId, action: 'sign-out' });
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return signInPage(request, reply, { notice: stringsOf(request).signedOut });
  });

  // The language switch: a preference cookie, then back to the page it was chosen on.
  app.get('/inbox/language', async (request, reply) => {
    const { to, back } = /** @type {Record<string, unknown>} */ (request.query);
    const lang = to === 'sv' || to === 'en' || to === 'fi' ? to : langOf(request);
    reply.setCookie(LANG_COOKIE, lang, { ...cookieOptions(request, 365 * 86400), httpOnly: true });
    const target = typeof back === 'string' && /^\/inbox(\/|\?|$)/.test(back) && !back.startsWith('//') ? back : '/inbox/join-requests';
    return reply.redirect(target, 303);
  });
}
