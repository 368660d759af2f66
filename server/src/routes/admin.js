// /admin: the receiving team's read-only page (a token form, then the newest submissions by
// type). Everything from a submission is escaped; the page runs under a CSP without scripts.
import { parseStored } from '../safe-json.js';
import { SUBMISSION_TYPES } from './listing.js';

const PER_TYPE = 200;

const ADMIN_CSS = `body{font:16px/1.5 system-ui,sans-serif;margin:1rem auto;max-width:72rem;padding:0 1rem;color:#1a1a1a}
table{border-collapse:collapse;width:100%;margin-bottom:2rem}th,td{border:1px solid #bbb;padding:.4rem;text-align:left;vertical-align:top}
pre{white-space:pre-wrap;word-break:break-word;margin:0;font-size:.875rem}label,input,button{font:inherit}input{padding:.3rem}
button{padding:.3rem .8rem}`;

/** @param {unknown} value */
export const escapeHtml = (value) =>
  String(value).replace(/[&<>"']/g, (c) => /** @type {Record<string, string>} */ ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** @param {string} body */
const page = (body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>DigiOne submissions</title><link rel="stylesheet" href="/admin.css"></head><body>
<h1>DigiOne submissions</h1>${body}</body></html>`;

const TOKEN_FORM = `<form method="post" action="/admin"><p><label for="token">Admin token</label><br>
<input id="token" name="token" type="password" autocomplete="current-password" required> <button type="submit">Show submissions</button></p></form>`;

/** @param {import('../database/submissions.js').ListedRow} row */
function tableRow(row) {
  const e = parseStored(row.envelope);
  const data = e ? JSON.stringify(e.data, null, 2) : '(unreadable: stored before the receiver checked depth)';
  return `<tr><td>${escapeHtml(row.received_at)}</td><td><code>${escapeHtml(row.id)}</code></td><td>${escapeHtml(e?.locale ?? '')}</td>
<td>${escapeHtml(e?.source ?? '')}</td><td><pre>${escapeHtml(data)}</pre></td></tr>`;
}

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {{ store: import('../database/submissions.js').SubmissionStore, guard: import('fastify').preHandlerAsyncHookHandler, authorized: (request: import('fastify').FastifyRequest) => boolean }} context
 */
export function adminRoutes(app, { store, guard, authorized }) {
  app.get('/admin.css', async (request, reply) => reply.type('text/css').header('Cache-Control', 'max-age=600').send(ADMIN_CSS));

  /** @type {import('fastify').RouteHandlerMethod} */
  const render = async (request, reply) => {
    reply.type('text/html; charset=utf-8');
    if (!authorized(request)) return reply.send(page(TOKEN_FORM));
    const sections = [];
    for (const type of SUBMISSION_TYPES) {
      const { total, rows } = await store.page({ type, limit: PER_TYPE, offset: 0 });
      const table = rows.length
        ? `<table><thead><tr><th scope="col">Received</th><th scope="col">Id</th><th scope="col">Locale</th><th scope="col">Page</th><th scope="col">Data</th></tr></thead><tbody>${rows.map(tableRow).join('')}</tbody></table>`
        : '<p>None yet.</p>';
      sections.push(`<h2>${escapeHtml(type)} (${total})</h2>${table}`);
    }
    return reply.send(page(`<p>Newest first; at most ${PER_TYPE} per type (the CSV export has all).</p>${sections.join('')}`));
  };
  app.get('/admin', { preHandler: guard }, render);
  app.post('/admin', { preHandler: guard }, render);
}
