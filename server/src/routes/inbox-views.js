// The inbox's overview (/inbox, the landing page), the readiness results (every municipality's
// latest result, the overview per area, one municipality's history) and the erase button's
// confirmation page and action (admins). Views and erasures are audited (ids only).
import { READINESS_TYPE } from '../comparison.js';
import { errorSummary, markup, layout } from '../inbox/html.js';
import { EVENT_TYPE } from '../inbox/event-registration.js';
import { JOIN_TYPE, formatTime } from '../inbox/join-request.js';
import { overviewView } from '../inbox/overview-view.js';
import { areaOverview, helsinkiMonth, historyOf, latestResults, municipalityCodeOf, sentCounts } from '../inbox/readiness-results.js';
import { historyView, readinessView } from '../inbox/readiness-views.js';
import { stringsOf } from '../inbox/session.js';
import { failedNotice } from './inbox-notifications.js';
import { parseStored } from '../safe-json.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CODE = /^[0-9]{3}$/;

/**
 * @typedef {object} ViewsContext
 * @property {import('../database/submissions.js').SubmissionStore} store
 * @property {import('../database/overview.js').OverviewStore} overview
 * @property {import('../database/notifications.js').NotificationStore} [deliveries] for the failed notifications' count on the overview
 * @property {import('../database/users.js').UserStore} users
 * @property {import('../inbox/session.js').InboxSessions} sessions
 */

/** @param {import('fastify').FastifyRequest} request */
const userOf = (request) =>
  /** @type {import('../inbox/session.js').InboxUser} */ (/** @type {import('../inbox/session.js').InboxRequest} */ (request).inboxUser);

/** Every stored readiness result, parsed (the statistics need them all). @param {import('../database/submissions.js').SubmissionStore} store */
async function readinessRows(store) {
  /** @type {import('../inbox/readiness-results.js').StoredReadiness[]} */
  const rows = [];
  for await (const row of store.each({ type: READINESS_TYPE })) rows.push({ id: row.id, receivedAt: row.received_at, envelope: parseStored(row.envelope) });
  return rows;
}

/** Where a submission's personal data is shown (the erase page goes back there). @param {{ id: string, type: string }} row @param {any} envelope */
function shownAt(row, envelope) {
  if (row.type === JOIN_TYPE) return { path: `/inbox/join-requests/${row.id}`, section: /** @type {const} */ ('join') };
  if (row.type === EVENT_TYPE && typeof envelope?.data?.eventId === 'string')
    return { path: `/inbox/events/${encodeURIComponent(envelope.data.eventId.slice(0, 500))}`, section: /** @type {const} */ ('events') };
  const code = municipalityCodeOf(envelope);
  return { path: code ? `/inbox/readiness/${code}` : '/inbox/readiness', section: /** @type {const} */ ('readiness') };
}

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {ViewsContext} context
 */
export function inboxViewRoutes(app, { store, overview, users, sessions, deliveries }) {
  const signedIn = { preHandler: sessions.signedIn };
  const adminOnly = { preHandler: [sessions.signedIn, sessions.adminOnly] };
  /** @param {import('fastify').FastifyRequest} request @param {'overview' | 'readiness' | 'join' | 'events'} section */
  const pageContext = (request, section) => ({ t: stringsOf(request), path: request.url, user: userOf(request), section });
  /** @param {import('fastify').FastifyReply} reply @param {import('fastify').FastifyRequest} request @param {'overview' | 'readiness' | 'join' | 'events'} section @param {string} title @param {import('../inbox/html.js').SafeHtml} body */
  const page = (reply, request, section, title, body) => reply.type('text/html; charset=utf-8').send(layout(pageContext(request, section), title, body));

  app.get('/inbox', signedIn, async (request, reply) => {
    const t = stringsOf(request);
    const { firstDay, since } = helsinkiMonth(new Date());
    const [join, registrations, rows, failed] = await Promise.all([
      overview.joinRequests(since),
      overview.eventRegistrations(since),
      readinessRows(store),
      deliveries?.failedCount() ?? 0,
    ]);
    const readiness = sentCounts(
      rows.map((row) => ({ receivedAt: row.receivedAt, municipality: municipalityCodeOf(row.envelope) })),
      since,
    );
    await users.audit({ actor: userOf(request).userId, action: 'view', target: 'overview' });
    const body = overviewView(t, {
      firstDay,
      join,
      readiness: {
        total: { n: readiness.total, municipalities: readiness.municipalities },
        month: { n: readiness.month, municipalities: readiness.monthMunicipalities },
      },
      registrations,
    });
    return page(reply, request, 'overview', t.overviewTitle, markup`${failedNotice(t, failed, userOf(request).role === 'admin')}${body}`);
  });

  app.get('/inbox/readiness', signedIn, async (request, reply) => {
    const t = stringsOf(request);
    const rows = await readinessRows(store);
    const [latest, groups] = await Promise.all([latestResults(rows), areaOverview(rows)]);
    await users.audit({ actor: userOf(request).userId, action: 'view-list', target: 'readiness', detail: { rows: latest.length } });
    return page(reply, request, 'readiness', t.readinessTitle, readinessView(t, { latest, groups }));
  });

  app.get('/inbox/readiness/:code', signedIn, async (request, reply) => {
    const t = stringsOf(request);
    const { code } = /** @type {{ code: string }} */ (request.params);
    const history = CODE.test(code) ? historyOf(await readinessRows(store), code) : [];
    if (!history.length)
      return page(reply.code(404), request, 'readiness', t.noSuchMunicipality, markup`<p><a href="/inbox/readiness">${t.backToReadiness}</a></p>`);
    await users.audit({ actor: userOf(request).userId, action: 'view', target: `readiness:${code}`, detail: { rows: history.length } });
    const name = history[0].contribution.name ?? code;
    return page(reply, request, 'readiness', `${t.readinessTitle}: ${name} (${code})`, historyView(t, history));
  });

  /**
   * The confirmation page: what will be erased and what is kept, and a required checkbox.
   * @param {import('fastify').FastifyRequest} request @param {import('fastify').FastifyReply} reply @param {string} id @param {{ field: string, message: string }[]} [errors]
   */
  async function erasePage(request, reply, id, errors = []) {
    const t = stringsOf(request);
    const row = UUID.test(id) ? await store.stored(id) : undefined;
    if (!row) return page(reply.code(404), request, 'overview', t.noSuchSubmission, markup`<p><a href="/inbox">${t.navOverview}</a></p>`);
    const envelope = parseStored(row.envelope);
    const back = shownAt(row, envelope);
    if (row.contact_erased_at)
      return page(
        reply,
        request,
        back.section,
        t.eraseTitle,
        markup`<p class="notice" role="status">${t.alreadyErased}</p><p><a href="${back.path}">${t.backToSubmission}</a></p>`,
      );
    const kind = t.submissionKinds[/** @type {keyof import('../inbox/html.js').Strings['submissionKinds']} */ (row.type)] ?? row.type;
    const error = errors.find((e) => e.field === 'confirm')?.message;
    const body = markup`<p><a href="${back.path}">${t.backToSubmission}</a></p>${errorSummary(t, errors)}
<p>${t.eraseIntro(kind, formatTime(row.received_at, t.lang))}</p><p>${t.eraseKept}</p>
<form method="post" action="/inbox/erase/${row.id}" novalidate><input type="hidden" name="_csrf" value="${userOf(request).csrf}">
<div class="field check">${error ? markup`<span class="error-text" id="confirm-error">${error}</span>` : ''}
<input type="checkbox" id="confirm" name="confirm" value="yes" required${error ? markup` aria-describedby="confirm-error" aria-invalid="true"` : ''}>
<label for="confirm">${t.eraseConfirm}</label></div>
<button type="submit" class="danger">${t.eraseButton}</button></form>`;
    return page(reply, request, back.section, t.eraseTitle, body);
  }

  app.get('/inbox/erase/:id', adminOnly, async (request, reply) => erasePage(request, reply, /** @type {{ id: string }} */ (request.params).id));

  app.post('/inbox/erase/:id', adminOnly, async (request, reply) => {
    const t = stringsOf(request);
    const { id } = /** @type {{ id: string }} */ (request.params);
    const body = /** @type {Record<string, unknown>} */ (request.body ?? {});
    const row = UUID.test(id) ? await store.stored(id) : undefined;
    if (!row) return erasePage(request, reply.code(404), id);
    if (body.confirm !== 'yes') return erasePage(request, reply.code(400), id, [{ field: 'confirm', message: t.eraseUnconfirmed }]);
    const back = shownAt(row, parseStored(row.envelope));
    const type = await store.eraseContact(id, new Date().toISOString());
    // Erased already (by retention, or by someone a moment ago): nothing to do, and no new log line.
    if (type) await users.audit({ actor: userOf(request).userId, action: 'erase', target: id, detail: { type } });
    return reply.redirect(`${back.path}?erased=1`, 303);
  });
}
