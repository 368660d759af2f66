// The inbox's overview page (/inbox, where signing in lands): how much was sent, by how many
// municipalities, this month and in total, and the join requests per status; each figure links
// to its list. No map.
import { markup } from './html.js';
import { STATUSES } from './join-request.js';
import { statusLabel } from './join-views.js';

/** @typedef {import('./i18n/index.js').Strings} Strings */
/** @typedef {{ n: number, municipalities: number }} Sent */

/**
 * @param {Strings} t
 * @param {{ firstDay: string, join: { total: Sent, month: Sent, statuses: Map<string, number> }, readiness: { total: Sent, month: Sent },
 *   registrations: { total: { n: number, events: number }, month: { n: number, events: number } } }} overview
 */
export function overviewView(t, { firstDay, join, readiness, registrations }) {
  const sent = (/** @type {Sent} */ s) => t.sentBy(s.n, s.municipalities);
  const registered = (/** @type {{ n: number, events: number }} */ s) => t.registeredFor(s.n, s.events);
  return markup`<p>${t.overviewIntro(firstDay.split('-').reverse().map(Number).join('.'))}</p>
<table><caption>${t.sentCaption}</caption><thead><tr><th scope="col">${t.kind}</th><th scope="col">${t.thisMonth}</th><th scope="col">${t.inTotal}</th></tr></thead><tbody>
<tr><th scope="row"><a href="/inbox/join-requests">${t.navJoin}</a></th><td><a href="/inbox/join-requests?from=${firstDay}">${sent(join.month)}</a></td><td>${sent(join.total)}</td></tr>
<tr><th scope="row"><a href="/inbox/readiness">${t.navReadiness}</a></th><td>${sent(readiness.month)}</td><td>${sent(readiness.total)}</td></tr>
<tr><th scope="row"><a href="/inbox/events">${t.eventsTitle}</a></th><td>${registered(registrations.month)}</td><td>${registered(registrations.total)}</td></tr>
</tbody></table>
<p>${t.overviewNote}</p>
<h2>${t.statusesTitle}</h2>
<table><caption>${t.statusesCaption}</caption><thead><tr><th scope="col">${t.status}</th><th scope="col">${t.navJoin}</th></tr></thead><tbody>
${STATUSES.map(
  (status) =>
    markup`<tr><th scope="row"><a href="/inbox/join-requests?status=${status}">${statusLabel(t, status)}</a></th><td>${join.statuses.get(status) ?? 0}</td></tr>`,
)}</tbody></table>`;
}
