// The inbox's join requests: the filtered list (cursor pages), the detail view, the status
// workflow, and the exports of the filtered list (admins). Also the admins' users and audit
// pages. Every view, change and export is written to the audit log (ids and filter names,
// never personal data).
import { exportFile, joinRequestColumns } from '../inbox/export.js';
import { markup, layout } from '../inbox/html.js';
import { FILTER_FIELDS, NOTE_MAX, STATUSES, canMove, parseFilters } from '../inbox/join-request.js';
import { detailView, listView } from '../inbox/join-views.js';
import { stringsOf } from '../inbox/session.js';
import { ROLES } from '../database/users.js';
import { failedNotice } from './inbox-notifications.js';
import { parseStored } from '../safe-json.js';

const PAGE_SIZE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * @typedef {object} InboxContext
 * @property {import('../database/join-requests.js').JoinRequestStore} joinRequests
 * @property {import('../database/users.js').UserStore} users
 * @property {import('../inbox/session.js').InboxSessions} sessions
 * @property {import('../database/notifications.js').NotificationStore} [deliveries] for the failed notifications' count above the list
 */

/** @param {import('fastify').FastifyRequest} request */
const userOf = (request) =>
  /** @type {import('../inbox/session.js').InboxUser} */ (/** @type {import('../inbox/session.js').InboxRequest} */ (request).inboxUser);

/** @param {import('fastify').FastifyRequest} request @param {'join' | 'users' | 'audit'} section */
const pageContext = (request, section) => ({ t: stringsOf(request), path: request.url, user: userOf(request), section });

/** Which filters were used (their names; a search text may name a person). @param {import('../inbox/join-request.js').Filters} filters */
const filterNames = (filters) => FILTER_FIELDS.filter((field) => filters[field]);

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {InboxContext} context
 */
export function inboxRoutes(app, { joinRequests, users, sessions, deliveries }) {
  const signedIn = { preHandler: sessions.signedIn };
  const adminOnly = { preHandler: [sessions.signedIn, sessions.adminOnly] };

  /** The query's filters, checked; the unusable ones are left out and explained. @param {import('fastify').FastifyRequest} request */
  const filtersOf = (request) => {
    const t = stringsOf(request);
    const parsed = parseFilters(/** @type {Record<string, unknown>} */ (request.query));
    const usable = { ...parsed.filters };
    for (const error of parsed.errors) if (error.field !== 'after') delete usable[error.field];
    if (parsed.errors.some((e) => e.code === 'order')) delete usable.from;
    const errors = parsed.errors.map((e) => ({
      field: e.field === 'after' ? 'status' : e.field,
      message: t[/** @type {'choice' | 'date' | 'order' | 'long' | 'cursor'} */ (e.code)],
    }));
    return { ...parsed, usable, errors };
  };

  app.get('/inbox/join-requests', signedIn, async (request, reply) => {
    const user = userOf(request);
    const { filters, usable, errors, after } = filtersOf(request);
    const [rows, total, failed] = await Promise.all([
      joinRequests.page(usable, { limit: PAGE_SIZE + 1, after }),
      joinRequests.count(usable),
      deliveries?.failedCount() ?? 0,
    ]);
    const shown = rows.slice(0, PAGE_SIZE);
    await users.audit({ actor: user.userId, action: 'view-list', target: 'join-requests', detail: { filters: filterNames(usable), rows: shown.length } });
    const body = listView(stringsOf(request), {
      filters,
      errors,
      rows: shown.map((row) => ({ row, data: parseStored(row.envelope)?.data ?? {} })),
      total,
      next: rows.length > PAGE_SIZE ? shown[shown.length - 1] : undefined,
      paged: Boolean(after),
      canExport: user.role === 'admin',
    });
    return reply
      .code(errors.length ? 400 : 200)
      .type('text/html; charset=utf-8')
      .send(
        layout(pageContext(request, 'join'), stringsOf(request).joinTitle, markup`${failedNotice(stringsOf(request), failed, user.role === 'admin')}${body}`),
      );
  });

  for (const format of /** @type {const} */ (['csv', 'xlsx'])) {
    app.get(`/inbox/join-requests.${format}`, adminOnly, async (request, reply) => {
      const t = stringsOf(request);
      const { usable } = filtersOf(request);
      const file = await exportFile(format, joinRequestColumns(t), joinRequests.each(usable), t.joinTitle);
      await users.audit({
        actor: userOf(request).userId,
        action: 'export',
        target: 'join-requests',
        detail: { format, filters: filterNames(usable), rows: file.count },
      });
      return file.send(reply, 'join-requests');
    });
  }

  /**
   * @param {import('fastify').FastifyRequest} request @param {import('fastify').FastifyReply} reply @param {string} id
   * @param {{ note?: string, to?: string, errors?: { field: string, message: string }[], saved?: boolean, erased?: boolean }} [state]
   */
  async function detail(request, reply, id, state = {}) {
    const t = stringsOf(request);
    const row = UUID.test(id) ? await joinRequests.find(id) : undefined;
    if (!row)
      return reply
        .code(404)
        .type('text/html; charset=utf-8')
        .send(layout(pageContext(request, 'join'), t.notFound, markup`<p><a href="/inbox/join-requests">${t.back}</a></p>`));
    const user = userOf(request);
    const history = await users.auditEntries({ target: id, actions: ['status', 'erase'], limit: 100 });
    const title = `${t.detailTitle}: ${row.municipality_name ?? parseStored(row.envelope)?.data?.organisationName ?? row.organisation_type}`;
    const body = detailView(t, {
      row,
      envelope: parseStored(row.envelope),
      csrf: user.csrf,
      note: state.note ?? row.note,
      to: state.to ?? row.status,
      errors: state.errors ?? [],
      saved: state.saved ?? false,
      history,
      canErase: user.role === 'admin',
      erasedNow: state.erased ?? false,
    });
    return reply.type('text/html; charset=utf-8').send(layout(pageContext(request, 'join'), title, body));
  }

  app.get('/inbox/join-requests/:id', signedIn, async (request, reply) => {
    const { id } = /** @type {{ id: string }} */ (request.params);
    if (UUID.test(id)) await users.audit({ actor: userOf(request).userId, action: 'view', target: id });
    const query = /** @type {Record<string, unknown>} */ (request.query);
    return detail(request, reply, id, { saved: query.saved === '1', erased: query.erased === '1' });
  });

  app.post('/inbox/join-requests/:id/status', signedIn, async (request, reply) => {
    const t = stringsOf(request);
    const { id } = /** @type {{ id: string }} */ (request.params);
    const body = /** @type {Record<string, unknown>} */ (request.body ?? {});
    const from = String(body.from ?? '');
    const to = String(body.status ?? '');
    const note = String(body.note ?? '').replace(/\r\n/g, '\n');
    const row = UUID.test(id) ? await joinRequests.find(id) : undefined;
    if (!row) return detail(request, reply.code(404), id);
    /** @type {{ field: string, message: string }[]} */
    const errors = [];
    if (!STATUSES.includes(to) || !canMove(row.status, to)) errors.push({ field: 'status', message: t.badMove });
    if (note.length > NOTE_MAX) errors.push({ field: 'note', message: t.noteLong });
    if (!errors.length && from !== row.status) errors.push({ field: 'status', message: t.conflict });
    if (errors.length) return detail(request, reply.code(errors[0].message === t.conflict ? 409 : 400), id, { note, to, errors });
    if (to === row.status && note === row.note) return reply.redirect(`/inbox/join-requests/${id}?saved=1`, 303);
    const changed = await joinRequests.setStatus(id, { from, to, note, now: new Date().toISOString() });
    if (!changed) return detail(request, reply.code(409), id, { note, to, errors: [{ field: 'status', message: t.conflict }] });
    await users.audit({ actor: userOf(request).userId, action: 'status', target: id, detail: { from, to, noteChanged: note !== row.note } });
    return reply.redirect(`/inbox/join-requests/${id}?saved=1`, 303);
  });

  app.get('/inbox/users', adminOnly, async (request, reply) => {
    const t = stringsOf(request);
    const user = userOf(request);
    const list = await users.list();
    const saved = /** @type {Record<string, unknown>} */ (request.query).saved === '1';
    const body = markup`${saved ? markup`<p class="notice" role="status">${t.roleSaved}</p>` : ''}<p>${t.addUserHelp}</p>
<table><caption>${t.usersTitle}</caption><thead><tr><th scope="col">${t.email}</th><th scope="col">${t.role}</th><th scope="col">${t.changeRole}</th></tr></thead><tbody>
${list.map(
  (u) =>
    markup`<tr><th scope="row">${u.email}</th><td>${t.roles[u.role]}</td><td>${
      u.id === user.userId
        ? t.ownRole
        : markup`<form method="post" action="/inbox/users/${u.id}/role"><input type="hidden" name="_csrf" value="${user.csrf}">
<label for="role-${u.id}">${t.role}: ${u.email}</label><select id="role-${u.id}" name="role">${ROLES.map((r) => markup`<option value="${r}"${r === u.role ? markup` selected` : ''}>${t.roles[r]}</option>`)}</select>
<button type="submit">${t.changeRole}</button></form>`
    }</td></tr>`,
)}</tbody></table>`;
    return reply.type('text/html; charset=utf-8').send(layout(pageContext(request, 'users'), t.usersTitle, body));
  });

  app.post('/inbox/users/:id/role', adminOnly, async (request, reply) => {
    const t = stringsOf(request);
    const { id } = /** @type {{ id: string }} */ (request.params);
    const role = /** @type {Record<string, unknown>} */ (request.body ?? {}).role;
    const target = UUID.test(id) ? await users.byId(id) : undefined;
    const user = userOf(request);
    if (!target || !ROLES.includes(/** @type {any} */ (role)) || target.id === user.userId) {
      return sessions.refuse(request, reply, target ? 400 : 404, target?.id === user.userId ? t.ownRole : t.forbidden);
    }
    const to = /** @type {'admin' | 'viewer'} */ (role);
    await users.setRole(target.id, to);
    await users.audit({ actor: user.userId, action: 'role', target: target.id, detail: { from: target.role, to } });
    return reply.redirect('/inbox/users?saved=1', 303);
  });

  app.get('/inbox/audit', adminOnly, async (request, reply) => {
    const t = stringsOf(request);
    const entries = await users.auditEntries({ limit: 200 });
    const body = markup`<p>${t.auditIntro}</p><table><caption>${t.auditTitle}</caption><thead><tr><th scope="col">${t.when}</th><th scope="col">${t.who}</th>
<th scope="col">${t.action}</th><th scope="col">${t.target}</th><th scope="col">${t.detail}</th></tr></thead><tbody>
${entries.map((e) => markup`<tr><td>${e.at}</td><td>${e.actorEmail ?? e.actor}</td><td>${e.action}</td><td>${e.target ?? ''}</td><td>${e.detail ?? ''}</td></tr>`)}</tbody></table>`;
    return reply.type('text/html; charset=utf-8').send(layout(pageContext(request, 'audit'), t.auditTitle, body));
  });
}
