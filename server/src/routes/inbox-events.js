// The inbox's event registrations: the events (by eventId) with their attendee counts, one
// event's attendee list in cursor pages (printable: the print stylesheet leaves the menus and
// forms out; admins have an erase link per attendee), and
// its export as CSV or XLSX for the organiser (admins). Views and exports are audited.
import { attendeeColumns, exportFile } from '../inbox/export.js';
import { markup, layout } from '../inbox/html.js';
import { decodeCursor, encodeCursor, formatTime } from '../inbox/join-request.js';
import { stringsOf } from '../inbox/session.js';
import { parseStored } from '../safe-json.js';

/**
 * @typedef {object} EventsContext
 * @property {import('../database/events.js').EventStore} events
 * @property {import('../database/users.js').UserStore} users
 * @property {import('../inbox/session.js').InboxSessions} sessions
 */

/** @param {import('fastify').FastifyRequest} request */
const userOf = (request) =>
  /** @type {import('../inbox/session.js').InboxUser} */ (/** @type {import('../inbox/session.js').InboxRequest} */ (request).inboxUser);

/** Attendees on one page of the list (the count and the exports are always of all). */
const ATTENDEE_PAGE = 50;

/** An event start as sent (ISO with offset), shown in Helsinki time; anything else as it is. @param {string | null} start @param {string} lang */
const eventTime = (start, lang) => (start && !Number.isNaN(Date.parse(start)) ? formatTime(start, lang) : (start ?? ''));

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {EventsContext} context
 */
export function inboxEventRoutes(app, { events, users, sessions }) {
  const context = (/** @type {import('fastify').FastifyRequest} */ request) => ({
    t: stringsOf(request),
    path: request.url,
    user: userOf(request),
    section: /** @type {const} */ ('events'),
  });

  app.get('/inbox/events', { preHandler: sessions.signedIn }, async (request, reply) => {
    const t = stringsOf(request);
    const list = await events.events();
    await users.audit({ actor: userOf(request).userId, action: 'view-list', target: 'events', detail: { rows: list.length } });
    const body = list.length
      ? markup`<table class="list"><caption>${t.eventsTitle}</caption><thead><tr><th scope="col">${t.event}</th><th scope="col">${t.eventStart}</th>
<th scope="col">${t.eventId}</th><th scope="col">${t.registrations}</th></tr></thead><tbody>
${list.map(
  (e) => markup`<tr><th scope="row" data-label="${t.event}"><a href="/inbox/events/${encodeURIComponent(e.event_id)}">${e.title || e.event_id}</a></th>
<td data-label="${t.eventStart}">${eventTime(e.start, t.lang)}</td><td data-label="${t.eventId}">${e.event_id}</td><td data-label="${t.registrations}">${Number(e.count)}</td></tr>`,
)}</tbody></table>`
      : markup`<p>${t.noEvents}</p>`;
    return reply.type('text/html; charset=utf-8').send(layout(context(request), t.eventsTitle, body));
  });

  /** @param {import('fastify').FastifyRequest} request */
  const eventIdOf = (request) => /** @type {{ eventId: string }} */ (request.params).eventId.slice(0, 500);

  app.get('/inbox/events/:eventId', { preHandler: sessions.signedIn }, async (request, reply) => {
    const t = stringsOf(request);
    const eventId = eventIdOf(request);
    const query = /** @type {Record<string, unknown>} */ (request.query);
    // A page link this receiver did not make: the first page, and say so.
    const after = typeof query.after === 'string' && query.after !== '' ? decodeCursor(query.after) : undefined;
    // ?all=1: every attendee on one page, the sheet to print.
    const all = query.all === '1';
    const [rows, total] = await Promise.all([
      all ? events.attendees(eventId) : events.attendeePage(eventId, { limit: ATTENDEE_PAGE + 1, after: after ?? undefined }),
      events.count(eventId),
    ]);
    if (!total) {
      return reply
        .code(404)
        .type('text/html; charset=utf-8')
        .send(layout(context(request), t.eventNotFound, markup`<p><a href="/inbox/events">${t.backToEvents}</a></p>`));
    }
    const attendees = all ? rows : rows.slice(0, ATTENDEE_PAGE);
    await users.audit({ actor: userOf(request).userId, action: 'view', target: `event:${eventId}`, detail: { rows: attendees.length } });
    const first = attendees[0] ?? rows[0];
    const path = `/inbox/events/${encodeURIComponent(eventId)}`;
    const base = `${path}/attendees`;
    const admin = userOf(request).role === 'admin';
    const next = !all && rows.length > ATTENDEE_PAGE ? attendees[attendees.length - 1] : undefined;
    const pages =
      next || after
        ? markup`<nav class="no-print" aria-label="${t.attendeeCaption}"><ul class="actions">${after ? markup`<li><a href="${path}">${t.first}</a></li>` : ''}
${next ? markup`<li><a href="${path}?after=${encodeCursor(next)}">${t.next}</a></li>` : ''}</ul></nav>`
        : '';
    const body = markup`<p class="no-print"><a href="/inbox/events">${t.backToEvents}</a></p>
${query.erased === '1' ? markup`<p class="notice" role="status">${t.erasedNow}</p>` : ''}${
      after === null ? markup`<p class="notice" role="status">${t.cursor}</p>` : ''
    }
<dl>${first?.event_start ? markup`<dt>${t.eventStart}</dt><dd>${eventTime(first.event_start, t.lang)}</dd>` : ''}<dt>${t.eventId}</dt><dd>${eventId}</dd>
<dt>${t.registrations}</dt><dd>${t.countAttendees(total)}</dd></dl>
<table class="list"><caption>${t.attendeeCaption}</caption><thead><tr><th scope="col">${t.contactName}</th><th scope="col">${t.email}</th>
<th scope="col">${t.organisation}</th><th scope="col">${t.received}</th>${admin ? markup`<th scope="col" class="no-print">${t.personalData}</th>` : ''}</tr></thead><tbody>
${attendees.map((row) => {
  const data = parseStored(row.envelope)?.data ?? {};
  return markup`<tr><th scope="row" data-label="${t.contactName}">${row.contact_erased_at ? t.erasedMark : (data.name ?? '')}</th><td data-label="${t.email}">${data.email ?? ''}</td>
<td data-label="${t.organisation}">${data.organisation ?? ''}</td><td data-label="${t.received}">${formatTime(row.received_at, t.lang)}</td>${
    admin
      ? markup`<td data-label="${t.personalData}" class="no-print">${
          row.contact_erased_at ? t.erasedMark : markup`<a href="/inbox/erase/${row.submission_id}">${t.eraseAttendee(data.name ?? row.submission_id)}</a>`
        }</td>`
      : ''
  }</tr>`;
})}</tbody></table>
${pages}
<p class="no-print">${t.printHint}${total > attendees.length ? markup` <a href="${path}?all=1">${t.printAll}</a>` : ''}</p>
${
  admin
    ? markup`<div class="no-print"><h2>${t.exportAttendees}</h2><ul class="actions"><li><a href="${base}.csv" download>${t.exportCsv}</a></li>
<li><a href="${base}.xlsx" download>${t.exportXlsx}</a></li></ul></div>`
    : ''
}`;
    return reply.type('text/html; charset=utf-8').send(layout(context(request), `${t.attendeesTitle}: ${first?.event_title || eventId}`, body));
  });

  for (const format of /** @type {const} */ (['csv', 'xlsx'])) {
    app.get(`/inbox/events/:eventId/attendees.${format}`, { preHandler: [sessions.signedIn, sessions.adminOnly] }, async (request, reply) => {
      const t = stringsOf(request);
      const eventId = eventIdOf(request);
      const file = await exportFile(format, attendeeColumns(t), await events.attendees(eventId), t.attendeesTitle);
      await users.audit({ actor: userOf(request).userId, action: 'export', target: `event:${eventId}`, detail: { format, rows: file.count } });
      return file.send(reply, 'attendees');
    });
  }
}
