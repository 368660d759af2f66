// The inbox's contract, run against each database (inbox-sqlite.test.mjs, inbox-postgres.test.mjs):
// sessions and their cookie, CSRF, roles, the lockout, the filtered list with cursor pages, the
// status workflow, the exports, and the audit log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { userStore } from '../src/database/users.js';
import { neutralised } from '../src/csv.js';
import { TOKEN, envelope, post, storedRow, validData } from './support.mjs';
import { PASSWORD, SAMPLE, addUsers, inboxReceiver, browserClient, csrfOf, joinRequest, postJoinRequests, signIn } from './inbox-support.mjs';

/** The rows of a CSV of the inbox (every cell quoted, `;` between). @param {string} text */
export function parseQuotedCsv(text) {
  assert.ok(text.startsWith('\uFEFF'), 'UTF-8 BOM');
  const rows = [];
  const cell = /"((?:[^"]|"")*)"(;|\r\n)/gy;
  let row = [];
  const body = text.slice(1);
  let match;
  while ((match = cell.exec(body))) {
    row.push(match[1].replace(/""/g, '"'));
    if (match[2] === '\r\n') {
      rows.push(row);
      row = [];
    }
  }
  assert.equal(cell.lastIndex === 0 ? body.length : cell.lastIndex, body.length, 'every cell is quoted and the file ends with a line break');
  return rows;
}

/** The rows of an XLSX as text, as the CSV would have them. @param {Buffer} buffer */
export async function parseXlsx(buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  const rows = [];
  workbook.worksheets[0].eachRow((row) => {
    const values = /** @type {unknown[]} */ (row.values).slice(1);
    for (const value of values) assert.ok(value === undefined || value === null || typeof value !== 'object', 'no formulas or rich values');
    rows.push(values.map((value) => neutralised(value)));
  });
  const width = rows[0].length;
  return rows.map((row) => [...row, ...Array(width - row.length).fill('')]);
}

/**
 * @param {string} label
 * @param {() => Promise<{ options: object, cleanup: () => Promise<void> }>} database
 */
export function inboxTests(label, database) {
  let receiver;
  let url;
  let ids;
  let userIds;

  inboxReceiver(database, async (started) => {
    receiver = started;
    url = started.url;
    userIds = await addUsers(receiver, { 'admin@example.fi': 'admin', 'viewer@example.fi': 'viewer', 'locked@example.fi': 'viewer' });
    ids = await postJoinRequests(url, SAMPLE);
  });

  test(`${label}: without a session the inbox sends to the sign-in page; signing in sets an HttpOnly, SameSite=Strict session cookie with an expiry`, async () => {
    const client = browserClient(url);
    const away = await client.request('/inbox/join-requests');
    assert.equal(away.status, 303);
    assert.equal(away.headers.get('location'), '/inbox/sign-in');
    const page = await client.request('/inbox/sign-in');
    assert.match(page.text, /<html lang="fi">/);
    assert.match(page.headers.get('content-security-policy'), /default-src 'none'/);
    const wrong = await signIn(client, 'admin@example.fi', 'not the password');
    assert.equal(wrong.status, 401);
    assert.match(wrong.text, /Sähköposti tai salasana on väärin/);
    assert.match(wrong.text, /value="admin@example.fi"/, 'the email stays as typed');
    const signed = await signIn(client, 'admin@example.fi');
    assert.equal(signed.status, 303);
    const cookie = client.lastSetCookies.find((line) => line.startsWith('digione_session='));
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    assert.match(cookie, /Max-Age=28800/);
    assert.doesNotMatch(cookie, /Secure/, 'plain HTTP on 127.0.0.1');
    const list = await client.request('/inbox/join-requests');
    assert.equal(list.status, 200);
    assert.match(list.text, /3 liittymistoivetta/);
  });

  test(`${label}: the list filters by status, type, interest, timeframe, dates and text, and escapes what was sent`, async () => {
    const client = browserClient(url);
    await signIn(client, 'admin@example.fi');
    const names = async (query) => {
      const page = await client.request(`/inbox/join-requests?${query}`);
      assert.equal(page.status, 200, query);
      return [...page.text.matchAll(/<th scope="row" data-label="[^"]*"><a href="[^"]+">([^<]*)</g)].map((m) => m[1]);
    };
    assert.deepEqual(await names(''), ['Koulu Oy &lt;b&gt;', 'Espoo', 'Helsinki']);
    assert.deepEqual(await names('orgType=municipality&interest=identity'), ['Helsinki']);
    assert.deepEqual(await names('timeframe=next-term'), ['Espoo']);
    assert.deepEqual(await names('q=EEVA'), ['Espoo']);
    assert.deepEqual(await names('q=%25'), [], 'a % is searched for, not a wildcard');
    assert.deepEqual(await names('status=new&orgType=private-provider'), ['Koulu Oy &lt;b&gt;']);
    assert.deepEqual(await names('status=joined'), []);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());
    assert.equal((await names(`from=${today}&to=${today}`)).length, 3);
    assert.deepEqual(await names('to=2000-01-01'), []);
    const page = await client.request('/inbox/join-requests');
    assert.doesNotMatch(page.text, /<b>/);
    const bad = await client.request('/inbox/join-requests?status=bogus&from=2026-02-30&q=Espoo');
    assert.equal(bad.status, 400);
    assert.match(bad.text, /class="summary"/);
    assert.match(bad.text, /<a href="#status">Valitse jokin luettelon vaihtoehdoista.<\/a>/);
    assert.match(bad.text, /<a href="#from">Anna päivämäärä/);
    assert.match(bad.text, /id="from" name="from" type="date" value="2026-02-30"/, 'the value stays as typed');
    assert.match(bad.text, /1 liittymistoive</, 'the usable filters still apply');
  });

  test(`${label}: cursor pages keep a stable order, also among rows received at the same instant`, async () => {
    const receivedAt = '2020-01-01T00:00:00.000Z';
    const extra = [];
    for (let i = 0; i < 55; i++) {
      const body = joinRequest({ municipality: { code: '999', name: `Sivutus ${i}` }, timeframe: 'within-year' });
      await receiver.store.save(storedRow(body, receivedAt));
      extra.push(body.id);
    }
    const client = browserClient(url);
    await signIn(client, 'viewer@example.fi');
    const seen = [];
    let path = '/inbox/join-requests?timeframe=within-year';
    let pages = 0;
    while (path) {
      const page = await client.request(path);
      assert.equal(page.status, 200);
      pages += 1;
      seen.push(...[...page.text.matchAll(/href="\/inbox\/join-requests\/([0-9a-f-]{36})"/g)].map((m) => m[1]));
      path = /href="(\/inbox\/join-requests\?[^"]*after=[^"]+)">Seuraavat/.exec(page.text)?.[1]?.replace(/&amp;/g, '&');
    }
    assert.equal(pages, 2);
    assert.equal(seen.length, 55);
    assert.deepEqual(seen, [...extra].sort().reverse(), 'newest first, then by id: each row once');
    const broken = await client.request('/inbox/join-requests?after=nonsense');
    assert.equal(broken.status, 400);
    assert.match(broken.text, /Sivun linkki oli rikki/);
  });

  test(`${label}: a status change needs the session's CSRF token, follows the workflow, and is audited`, async () => {
    const client = browserClient(url);
    await signIn(client, 'viewer@example.fi');
    const id = ids[0];
    const detail = await client.request(`/inbox/join-requests/${id}`);
    assert.equal(detail.status, 200);
    assert.match(detail.text, /Matti Virtanen/);
    assert.match(detail.text, /<th scope="row">Tiedonhallinta ja tietosuoja<\/th><td>50<\/td><td>4 \/ 4<\/td>/, 'the attached readiness areas, named');
    const csrf = csrfOf(detail.text);
    const without = await client.request(`/inbox/join-requests/${id}/status`, { form: { from: 'new', status: 'contacted', note: 'x' } });
    assert.equal(without.status, 403);
    const wrongToken = await client.request(`/inbox/join-requests/${id}/status`, {
      form: { _csrf: 'A'.repeat(43), from: 'new', status: 'contacted', note: 'x' },
    });
    assert.equal(wrongToken.status, 403);
    const otherSite = await client.request(`/inbox/join-requests/${id}/status`, {
      form: { _csrf: csrf, from: 'new', status: 'contacted', note: 'x' },
      headers: { Origin: 'https://evil.example' },
    });
    assert.equal(otherSite.status, 403);
    const skip = await client.request(`/inbox/join-requests/${id}/status`, { form: { _csrf: csrf, from: 'new', status: 'joined', note: 'kept <i>' } });
    assert.equal(skip.status, 400);
    assert.match(skip.text, /Tähän tilaan ei voi siirtyä/);
    assert.match(skip.text, /kept &lt;i&gt;<\/textarea>/, 'the note stays as typed');
    const saved = await client.request(`/inbox/join-requests/${id}/status`, {
      form: { _csrf: csrf, from: 'new', status: 'contacted', note: 'Soitettu <i>ma</i>' },
    });
    assert.equal(saved.status, 303);
    const stale = await client.request(`/inbox/join-requests/${id}/status`, { form: { _csrf: csrf, from: 'new', status: 'contacted', note: 'again' } });
    assert.equal(stale.status, 409);
    const after = await client.request(saved.headers.get('location'));
    assert.match(after.text, /Tallennettu/);
    assert.match(after.text, /Soitettu &lt;i&gt;ma&lt;\/i&gt;<\/textarea>/);
    assert.match(after.text, /viewer@example.fi<\/td>\s*<td>Uusi → Yhteydessä; muistiinpano muuttui/);
    const list = await client.request('/inbox/join-requests?status=contacted');
    assert.match(list.text, /1 liittymistoive</);
    const audit = await userStore(receiver.store.db).auditEntries({ target: id, limit: 10 });
    const status = audit.find((entry) => entry.action === 'status');
    assert.deepEqual(JSON.parse(status.detail), { from: 'new', to: 'contacted', noteChanged: true });
    assert.equal(status.actor, userIds['viewer@example.fi']);
    assert.ok(audit.some((entry) => entry.action === 'view'));
  });

  test(`${label}: a viewer sees no export and gets 403; another user's cookie cannot change roles`, async () => {
    const viewer = browserClient(url);
    await signIn(viewer, 'viewer@example.fi');
    const list = await viewer.request('/inbox/join-requests');
    assert.doesNotMatch(list.text, /join-requests\.(csv|xlsx)/);
    assert.doesNotMatch(list.text, /\/inbox\/users/);
    for (const path of ['/inbox/join-requests.csv', '/inbox/join-requests.xlsx', '/inbox/users', '/inbox/audit'])
      assert.equal((await viewer.request(path)).status, 403, path);
    const viewerCsrf = csrfOf(list.text);
    const escalate = await viewer.request(`/inbox/users/${userIds['viewer@example.fi']}/role`, { form: { _csrf: viewerCsrf, role: 'admin' } });
    assert.equal(escalate.status, 403);
    const admin = browserClient(url);
    await signIn(admin, 'admin@example.fi');
    // The admin's cookie with the viewer's token (a token from another session) is refused too.
    const mixed = await admin.request(`/inbox/users/${userIds['viewer@example.fi']}/role`, { form: { _csrf: viewerCsrf, role: 'admin' } });
    assert.equal(mixed.status, 403);
    assert.equal((await userStore(receiver.store.db).byId(userIds['viewer@example.fi'])).role, 'viewer');
    const users = await admin.request('/inbox/users');
    assert.equal(users.status, 200);
    const changed = await admin.request(`/inbox/users/${userIds['locked@example.fi']}/role`, { form: { _csrf: csrfOf(users.text), role: 'admin' } });
    assert.equal(changed.status, 303);
    assert.equal((await userStore(receiver.store.db).byId(userIds['locked@example.fi'])).role, 'admin');
    await admin.request(`/inbox/users/${userIds['locked@example.fi']}/role`, { form: { _csrf: csrfOf(users.text), role: 'viewer' } });
    const own = await admin.request(`/inbox/users/${userIds['admin@example.fi']}/role`, { form: { _csrf: csrfOf(users.text), role: 'viewer' } });
    assert.equal(own.status, 400);
  });

  test(`${label}: the exports of the filtered list: CSV (BOM, ; , every cell quoted, formulas defused) and XLSX with the same cells, audited`, async () => {
    const admin = browserClient(url);
    await signIn(admin, 'admin@example.fi');
    const csv = await admin.request('/inbox/join-requests.csv?orgType=private-provider');
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type'), /text\/csv; charset=utf-8/);
    const rows = parseQuotedCsv(csv.text);
    assert.equal(rows.length, 2);
    assert.equal(rows[0][0], 'Tunniste');
    const cells = Object.fromEntries(rows[0].map((header, i) => [header, rows[1][i]]));
    assert.equal(cells.Yhteyshenkilö, `'=HYPERLINK("http://evil.example","x")`);
    assert.equal(cells.Viesti, 'Rivi 1\nRivi 2; "lainaus"');
    assert.equal(cells['Organisaation nimi'], 'Koulu Oy <b>');
    const xlsx = await admin.request('/inbox/join-requests.xlsx?orgType=private-provider');
    assert.equal(xlsx.status, 200);
    assert.deepEqual(await parseXlsx(xlsx.buffer), rows);
    const all = parseQuotedCsv((await admin.request('/inbox/join-requests.csv?orgType=municipality&timeframe=this-term')).text);
    assert.deepEqual(
      all.slice(1).map((row) => row[0]),
      [ids[0]],
    );
    const exports = (await userStore(receiver.store.db).auditEntries({ actions: ['export'], limit: 10 })).map((e) => JSON.parse(e.detail));
    assert.deepEqual(exports[0], { format: 'csv', filters: ['orgType', 'timeframe'], rows: 1 });
    assert.deepEqual(exports[1], { format: 'xlsx', filters: ['orgType'], rows: 1 });
  });

  test(`${label}: 10 wrong passwords lock the account for a while and the page says so; the right one then waits too`, async () => {
    const client = browserClient(url);
    for (let i = 1; i <= 9; i++) assert.equal((await signIn(client, 'locked@example.fi', `wrong ${i}`)).status, 401);
    const tenth = await signIn(client, 'locked@example.fi', 'wrong 10');
    assert.equal(tenth.status, 429);
    assert.match(tenth.text, /Tili on lukittu .* asti, koska salasana annettiin 10 kertaa väärin/);
    const right = await signIn(client, 'locked@example.fi', PASSWORD);
    assert.equal(right.status, 429);
    assert.equal(client.cookies.has('digione_session'), false);
    const user = await userStore(receiver.store.db).byEmail('locked@example.fi');
    assert.ok(user.locked_until > new Date(Date.now() + 14 * 60_000).toISOString());
    await userStore(receiver.store.db).succeeded(user.id);
    assert.equal((await signIn(client, 'locked@example.fi', PASSWORD)).status, 303, 'unlocked again');
  });

  test(`${label}: a one-time sign-in link signs in once and can set a password; signing out ends the session`, async () => {
    const users = userStore(receiver.store.db);
    const { user } = await users.add({ email: 'new@example.fi', role: 'viewer' });
    const token = await users.createLink(user.id);
    const client = browserClient(url);
    const page = await client.request(`/inbox/sign-in/link?token=${token}`);
    assert.equal(page.status, 200);
    const short = await client.request('/inbox/sign-in/link', { form: { _csrf: csrfOf(page.text), token, password: 'short', password2: 'short' } });
    assert.equal(short.status, 400);
    assert.match(short.text, /vähintään 12 merkkiä/);
    const used = await client.request('/inbox/sign-in/link', {
      form: { _csrf: csrfOf(page.text), token, password: 'a new long password', password2: 'a new long password' },
    });
    assert.equal(used.status, 303);
    assert.equal((await client.request('/inbox/join-requests')).status, 200);
    const again = browserClient(url);
    const second = await again.request(`/inbox/sign-in/link?token=${token}`);
    assert.equal(second.status, 410);
    assert.equal((await signIn(again, 'new@example.fi', 'a new long password')).status, 303);
    const cookie = client.cookies.get('digione_session');
    const list = await client.request('/inbox/join-requests');
    const out = await client.request('/inbox/sign-out', { form: { _csrf: csrfOf(list.text) } });
    assert.equal(out.status, 200);
    assert.match(out.text, /Olet kirjautunut ulos/);
    const replay = browserClient(url);
    replay.cookies.set('digione_session', cookie);
    assert.equal((await replay.request('/inbox/join-requests')).status, 303, 'the old cookie no longer works');
    const signOutWithout = await again.request('/inbox/sign-out', { form: {} });
    assert.equal(signOutWithout.status, 403, 'signing out needs the token too');
  });

  test(`${label}: the sign-in form needs its double-submit token; the audit log holds no personal data`, async () => {
    const client = browserClient(url);
    const refused = await client.request('/inbox/sign-in', { form: { email: 'admin@example.fi', password: PASSWORD } });
    assert.equal(refused.status, 403);
    assert.equal(client.cookies.has('digione_session'), false);
    const entries = await userStore(receiver.store.db).auditEntries({ limit: 1000 });
    assert.ok(entries.length > 10);
    for (const entry of entries) {
      const line = JSON.stringify({ ...entry, actorEmail: undefined });
      for (const personal of ['@', 'Matti', 'Eeva', 'EEVA', 'Soitettu', PASSWORD]) assert.ok(!line.includes(personal), `${personal} in ${line}`);
    }
  });

  test(`${label}: the language switch; retention removes the person from the search; erasure from the inbox`, async () => {
    const client = browserClient(url);
    await signIn(client, 'admin@example.fi');
    const switched = await client.request('/inbox/language?to=sv&back=%2Finbox%2Fjoin-requests%3Fq%3Dx');
    assert.equal(switched.headers.get('location'), '/inbox/join-requests?q=x');
    assert.match((await client.request('/inbox/join-requests')).text, /<html lang="sv">[\s\S]*Anslutningsönskemål/);
    const elsewhere = await client.request('/inbox/language?to=en&back=https%3A%2F%2Fevil.example');
    assert.equal(elsewhere.headers.get('location'), '/inbox/join-requests');
    const [id] = await postJoinRequests(url, [{ contactName: 'Poistettava Henkilö', email: 'poistettava@example.fi' }]);
    assert.match((await client.request('/inbox/join-requests?q=poistettava')).text, /1 join request</);
    await receiver.store.expireContacts(new Date(Date.now() + 1000).toISOString(), new Date().toISOString());
    assert.match((await client.request('/inbox/join-requests?q=poistettava')).text, /0 join requests/);
    assert.match((await client.request(`/inbox/join-requests/${id}`)).text, /The contact data was erased/);
    const [second] = await postJoinRequests(url, [{ email: 'erase-me@example.fi' }]);
    assert.equal(
      (await fetch(`${url}/api/submissions?email=erase-me@example.fi`, { method: 'DELETE', headers: { Authorization: `Bearer ${TOKEN}` } })).status,
      200,
    );
    assert.equal((await client.request(`/inbox/join-requests/${second}`)).status, 404);
    assert.equal((await post(url, envelope())).status, 201, 'other types stay out of the inbox');
  });

  test(`${label}: event registrations by event: counts, the attendee list, its CSV and XLSX for admins only, audited`, async () => {
    const EVENT = 'fi.digione.event.registered';
    const register = (fields) => post(url, envelope(EVENT, { ...validData[EVENT], ...fields }));
    for (const fields of [
      { eventId: 'ev/1 & co', eventTitle: 'Tietoisku <1>', name: 'Anna Ensimmäinen', email: 'anna@example.fi' },
      { eventId: 'ev/1 & co', eventTitle: 'Tietoisku <1>', name: '@Bertta', email: 'bertta@example.fi', organisation: 'Kunta; "B"' },
      { eventId: 'ev-2', eventTitle: 'Toinen', eventStart: '2026-10-01T09:00:00+03:00', name: 'Cecilia', email: 'cecilia@example.fi' },
    ]) {
      assert.equal((await register(fields)).status, 201);
    }
    const viewer = browserClient(url);
    await signIn(viewer, 'viewer@example.fi');
    const list = await viewer.request('/inbox/events');
    assert.equal(list.status, 200);
    const events = [...list.text.matchAll(/<a href="(\/inbox\/events\/[^"]+)">([^<]*)<\/a><\/th>[\s\S]*?data-label="Ilmoittautuneita">(\d+)</g)].map((m) => [
      m[1],
      m[2],
      m[3],
    ]);
    // The latest start first, then by id (the registration of an earlier test starts on the same day as ev/1).
    assert.deepEqual(events, [
      ['/inbox/events/ev-2', 'Toinen', '1'],
      ['/inbox/events/digione-tietoisku-2026-09-15', 'DigiOne-tietoisku kunnille', '1'],
      ['/inbox/events/ev%2F1%20%26%20co', 'Tietoisku &lt;1&gt;', '2'],
    ]);
    const sheet = await viewer.request('/inbox/events/ev%2F1%20%26%20co');
    assert.equal(sheet.status, 200);
    assert.match(sheet.text, /2 osallistujaa/);
    assert.deepEqual(
      [...sheet.text.matchAll(/<th scope="row" data-label="Yhteyshenkilö">([^<]*)</g)].map((m) => m[1]),
      ['Anna Ensimmäinen', '@Bertta'],
    );
    assert.doesNotMatch(sheet.text, /attendees\.(csv|xlsx)/, 'no export for a viewer');
    assert.equal((await viewer.request('/inbox/events/ev%2F1%20%26%20co/attendees.csv')).status, 403);
    assert.equal((await viewer.request('/inbox/events/nothing-here')).status, 404);
    const admin = browserClient(url);
    await signIn(admin, 'admin@example.fi');
    assert.match((await admin.request('/inbox/events/ev%2F1%20%26%20co')).text, /href="\/inbox\/events\/ev%2F1%20%26%20co\/attendees\.csv"/);
    const csv = parseQuotedCsv((await admin.request('/inbox/events/ev%2F1%20%26%20co/attendees.csv')).text);
    assert.deepEqual(
      csv.map((row) => row.slice(0, 3)),
      [
        ['Yhteyshenkilö', 'Sähköposti', 'Organisaatio'],
        ['Anna Ensimmäinen', 'anna@example.fi', 'Esimerkkilän kaupunki'],
        ["'@Bertta", 'bertta@example.fi', 'Kunta; "B"'],
      ],
    );
    const xlsx = await admin.request('/inbox/events/ev%2F1%20%26%20co/attendees.xlsx');
    assert.deepEqual(await parseXlsx(xlsx.buffer), csv);
    const longId = 'ä'.repeat(500);
    assert.equal((await register({ eventId: longId, eventTitle: 'Pitkä' })).status, 201);
    const long = await admin.request(`/inbox/events/${encodeURIComponent(longId)}`);
    assert.equal(long.status, 200, 'the longest event id the schema allows has its page');
    assert.match(long.text, /1 osallistuja/);
    const audit = await userStore(receiver.store.db).auditEntries({ target: 'event:ev/1 & co', limit: 10 });
    assert.deepEqual(
      audit.map((e) => e.action).sort(),
      ['export', 'export', 'view', 'view'],
      "the viewer's and the admin's views, two exports; not the refused export",
    );
  });
}
