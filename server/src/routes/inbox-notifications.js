// The inbox's notifications page (admins): which channels are set up, the latest deliveries with
// their status, attempts and last error (no personal data), and "retry now" (CSRF, audited).
import { markup, layout } from '../inbox/html.js';
import { formatTime } from '../inbox/join-request.js';
import { stringsOf } from '../inbox/session.js';
import { inboxPath } from '../notifications/message.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SHOWN = 100;

/**
 * @typedef {object} NotificationsContext
 * @property {import('../database/notifications.js').NotificationStore} deliveries
 * @property {import('../database/users.js').UserStore} users
 * @property {import('../inbox/session.js').InboxSessions} sessions
 * @property {import('../config.js').Notifications} settings
 * @property {() => void} wake
 */

/** @typedef {import('../inbox/i18n/index.js').Strings} Strings */

/** @param {import('fastify').FastifyRequest} request */
const userOf = (request) =>
  /** @type {import('../inbox/session.js').InboxUser} */ (/** @type {import('../inbox/session.js').InboxRequest} */ (request).inboxUser);

/** The channels as the page lists them (the webhook by its host only: a path may hold a token). @param {Strings} t @param {import('../config.js').Notifications} settings */
const channelList = (t, { webhook, email }) =>
  webhook || email
    ? markup`<ul>${webhook ? markup`<li>${t.notifyWebhook(new URL(webhook.url).host, webhook.personal)}</li>` : ''}${email ? markup`<li>${t.notifyEmail(email.to.length)}</li>` : ''}</ul>`
    : markup`<p>${t.notificationsOff}</p>`;

/**
 * The failed deliveries' count above the join-request list, with a link for admins.
 * @param {Strings} t @param {number} failed @param {boolean} admin
 */
export const failedNotice = (t, failed, admin) =>
  failed ? markup`<p class="summary">${t.notifyFailed(failed)}${admin ? markup` <a href="/inbox/notifications">${t.notifySee}</a>` : ''}</p>` : '';

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {NotificationsContext} context
 */
export function inboxNotificationRoutes(app, { deliveries, users, sessions, settings, wake }) {
  const adminOnly = { preHandler: [sessions.signedIn, sessions.adminOnly] };

  app.get('/inbox/notifications', adminOnly, async (request, reply) => {
    const t = stringsOf(request);
    const user = userOf(request);
    const [rows, failed] = await Promise.all([deliveries.recent(SHOWN), deliveries.failedCount()]);
    await users.audit({ actor: user.userId, action: 'view-list', target: 'notifications', detail: { rows: rows.length } });
    const retried = /** @type {Record<string, unknown>} */ (request.query).retried === '1';
    const table = rows.length
      ? markup`<table class="list"><caption>${t.notifyCaption}</caption><thead><tr><th scope="col">${t.notifySubmission}</th><th scope="col">${t.notifyChannel}</th>
<th scope="col">${t.status}</th><th scope="col">${t.notifyAttempts}</th><th scope="col">${t.notifyCreated}</th><th scope="col">${t.notifyNext}</th><th scope="col">${t.notifyError}</th><th scope="col">${t.notifyAction}</th></tr></thead><tbody>
${rows.map((row) => {
  const path = inboxPath({ id: row.id, submissionId: row.submission_id, type: row.type, receivedAt: '', data: {} });
  const waiting = row.status === 'pending' && row.attempts > 0;
  return markup`<tr><th scope="row" id="delivery-${row.id}" data-label="${t.notifySubmission}"><a href="${path}">${t.notifyTypes[/** @type {keyof Strings['notifyTypes']} */ (row.type)] ?? row.type}</a></th>
<td data-label="${t.notifyChannel}">${t.notifyChannels[row.channel] ?? row.channel}</td>
<td data-label="${t.status}">${t.notifyStatuses[row.status] ?? row.status}</td>
<td data-label="${t.notifyAttempts}">${row.attempts}</td>
<td data-label="${t.notifyCreated}">${formatTime(row.created_at, t.lang)}</td>
<td data-label="${t.notifyNext}">${row.status === 'pending' ? formatTime(row.next_attempt_at, t.lang) : ''}</td>
<td data-label="${t.notifyError}">${row.last_error ?? ''}</td>
<td data-label="${t.notifyAction}">${
    row.status === 'failed' || waiting
      ? markup`<form method="post" action="/inbox/notifications/${row.id}/retry"><input type="hidden" name="_csrf" value="${user.csrf}"><button type="submit" aria-describedby="delivery-${row.id}">${t.notifyRetry}</button></form>`
      : ''
  }</td></tr>`;
})}</tbody></table>`
      : markup`<p>${t.notifyNone}</p>`;
    const body = markup`${retried ? markup`<p class="notice" role="status">${t.notifyRetried}</p>` : ''}<p>${t.notificationsIntro}</p>${channelList(t, settings)}
${failedNotice(t, failed, false)}${table}`;
    return reply.type('text/html; charset=utf-8').send(layout({ t, path: request.url, user, section: 'notifications' }, t.notificationsTitle, body));
  });

  app.post('/inbox/notifications/:id/retry', adminOnly, async (request, reply) => {
    const t = stringsOf(request);
    const { id } = /** @type {{ id: string }} */ (request.params);
    const channel = UUID.test(id) ? await deliveries.retryNow(id, new Date().toISOString()) : undefined;
    if (!channel) return sessions.refuse(request, reply, 404, t.notifyNotFound);
    await users.audit({ actor: userOf(request).userId, action: 'notification-retry', target: id, detail: { channel } });
    wake();
    return reply.redirect('/inbox/notifications?retried=1', 303);
  });
}
