// The inbox's overview, readiness results, erase button and attendee pages, run against each
// database (inbox-views-sqlite.test.mjs, inbox-views-postgres.test.mjs). Everything is posted
// through the real POST /api/submissions; only "received last year" is set in the database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comparison, latestPerMunicipality } from '../src/comparison.js';
import { userStore } from '../src/database/users.js';
import { envelope, post, validData } from './support.mjs';
import { SAMPLE, addUsers, browserClient, inboxReceiver, csrfOf, postJoinRequests, signIn } from './inbox-support.mjs';
import { parseQuotedCsv } from './inbox-contract.mjs';

const READINESS = 'fi.digione.readiness.completed';
const EVENT = 'fi.digione.event.registered';
const LAST_YEAR = '2025-03-10T10:00:00.000Z';

/** A readiness result of a municipality with these scores. */
export function readinessResult(code, name, overall, areas, version = '1.0.0') {
  return envelope(READINESS, {
    ...validData[READINESS],
    questionnaire: { id: 'digione-readiness', version },
    municipality: { code, name },
    scores: {
      overall,
      level: overall >= 60 ? 'good' : 'developing',
      areas: Object.entries(areas).map(([id, score]) => ({ id, score, answered: 3, total: 4 })),
    },
  });
}

/** Posts envelopes one after another (their order is the received order). */
export async function postAll(url, list) {
  for (const body of list) {
    const response = await post(url, body);
    assert.equal(response.status, 201, await response.text());
  }
  return list.map((body) => body.id);
}

/** The results the views are tested with: Helsinki twice (the later one counts), Espoo, Tampere, and one of another version. */
export const RESULTS = () => [
  readinessResult('091', 'Helsinki', 40, { leadership: 30, data: 50 }),
  readinessResult('049', 'Espoo', 70, { leadership: 60, data: 80 }),
  readinessResult('837', 'Tampere', 55.5, { leadership: 45, data: 66 }),
  readinessResult('091', 'Helsinki', 62, { leadership: 58, data: 66 }),
  readinessResult('092', 'Vantaa', 20, { leadership: 20 }, '0.9.0'),
];

/** The text of the page's <main>, without tags. @param {string} html */
const mainText = (html) =>
  html
    .replace(/^[\s\S]*<main[^>]*>/, '')
    .replace(/<\/main>[\s\S]*$/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

/** The cells of a table's body rows (tags removed). @param {string} table */
export const tableRows = (table) =>
  [...table.split('<tbody>')[1].matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => cell[1].replace(/<[^>]+>/g, '').trim()),
  );

/** A number as the Finnish page shows it, back to a number. @param {string} text */
const finnishNumber = (text) => Number(text.replace(',', '.'));

/**
 * @param {string} label
 * @param {() => Promise<{ options: object, cleanup: () => Promise<void> }>} database
 */
export function inboxViewTests(label, database) {
  let receiver;
  let url;
  let joinIds;
  let resultIds;
  let admin;
  let viewer;

  inboxReceiver(database, async (started) => {
    receiver = started;
    url = started.url;
    await addUsers(receiver, { 'admin@example.fi': 'admin', 'viewer@example.fi': 'viewer' });
    joinIds = await postJoinRequests(url, SAMPLE);
    resultIds = await postAll(url, RESULTS());
    // Espoo's join request and result, and one registration, arrived last year.
    const db = receiver.store.db;
    await db.updateTable('submissions').set({ received_at: LAST_YEAR }).where('id', 'in', [joinIds[1], resultIds[1]]).execute();
    await db.updateTable('join_requests').set({ received_at: LAST_YEAR }).where('submission_id', '=', joinIds[1]).execute();
    const [old] = await postAll(url, [envelope(EVENT, { ...validData[EVENT], eventId: 'kevat-2025', eventTitle: 'Kevään tietoisku' })]);
    await db.updateTable('submissions').set({ received_at: LAST_YEAR }).where('id', '=', old).execute();
    await db.updateTable('event_registrations').set({ received_at: LAST_YEAR }).where('submission_id', '=', old).execute();
    admin = browserClient(url);
    assert.equal((await signIn(admin, 'admin@example.fi')).status, 303);
    viewer = browserClient(url);
    await signIn(viewer, 'viewer@example.fi');
  });

  test(`${label}: signing in lands on the overview; without a session /inbox sends to the sign-in page`, async () => {
    const client = browserClient(url);
    const away = await client.request('/inbox');
    assert.equal(away.status, 303);
    assert.equal(away.headers.get('location'), '/inbox/sign-in');
    const signed = await signIn(client, 'viewer@example.fi');
    assert.equal(signed.headers.get('location'), '/inbox');
    const page = await client.request('/inbox');
    assert.equal(page.status, 200);
    assert.match(page.text, /<h1>Yleiskatsaus<\/h1>/);
    assert.match(page.text, /<a href="\/inbox" aria-current="page">Yleiskatsaus<\/a>/);
  });

  test(`${label}: the overview counts what was sent and by how many municipalities, this month and in total, and the join requests per status`, async () => {
    await postAll(url, [envelope(EVENT), envelope(EVENT)]);
    const page = await admin.request('/inbox');
    const firstDay = `${new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date()).slice(0, 7)}-01`;
    const [join, readiness, events] = tableRows(page.text.split('</table>')[0]);
    // Join requests: Helsinki and the private provider this month (1 municipality), Espoo last year.
    assert.deepEqual(join, ['Liittymistoiveet', '2 (1 kunta)', '3 (2 kuntaa)']);
    assert.match(
      page.text,
      new RegExp(`<a href="/inbox/join-requests\\?from=${firstDay}">2 \\(1 kunta\\)</a>`),
      'links to the list from the first of the month',
    );
    // Readiness: five results of four municipalities; Espoo's was last year.
    assert.deepEqual(readiness, ['Valmiustulokset', '4 (3 kuntaa)', '5 (4 kuntaa)']);
    assert.deepEqual(events, ['Tapahtumailmoittautumiset', '2 (1 tilaisuus)', '3 (2 tilaisuutta)']);
    const statuses = tableRows(page.text.split('</table>')[1]);
    assert.deepEqual(statuses[0], ['Uusi', '3']);
    assert.deepEqual(statuses[3], ['Liittynyt', '0']);
    assert.match(page.text, /<a href="\/inbox\/join-requests\?status=new">Uusi<\/a>/);
    const list = await admin.request(`/inbox/join-requests?from=${firstDay}`);
    assert.match(list.text, /2 liittymistoivetta/, 'the linked list holds what the overview counted');
  });

  test(`${label}: /inbox/readiness lists each municipality's latest result and the overview per area matches comparison.js with no minimum`, async () => {
    const page = await viewer.request('/inbox/readiness');
    assert.equal(page.status, 200);
    assert.match(mainText(page.text), /alle viiden kunnan ryhmistä/, 'says that small groups are shown');
    const latest = tableRows(page.text.split('</table>')[0]);
    assert.deepEqual(
      latest.map((row) => row.slice(0, 3)),
      [
        ['Espoo (049)', 'Hyvät valmiudet', '70'],
        ['Helsinki (091)', 'Hyvät valmiudet', '62'],
        ['Tampere (837)', 'Kehittyvä', '55,5'],
        ['Vantaa (092)', 'Kehittyvä', '20'],
      ],
      'the later of Helsinki’s results, by name',
    );
    assert.match(page.text, /<a href="\/inbox\/readiness\/091">Helsinki \(091\)<\/a>/);

    // The overview of version 1.0.0 (three municipalities) comes first, then 0.9.0 (one).
    const sections = page.text.split('<section').slice(1);
    assert.equal(sections.length, 2);
    assert.match(sections[0], /Kysely digione-readiness, versio 1\.0\.0[\s\S]*3 kuntaa/);
    const stored = (await receiver.store.rows({ type: READINESS })).map((row) => ({ receivedAt: row.receivedAt, envelope: row.envelope }));
    const expected = comparison(await latestPerMunicipality(stored, { questionnaire: 'digione-readiness', version: '1.0.0' }), {
      questionnaire: 'digione-readiness',
      version: '1.0.0',
      minimum: 1,
    });
    const table = tableRows(sections[0]);
    const figures = (row) => [row.n, row.p25, row.median, row.p75];
    assert.deepEqual(
      table.map((row) => row.slice(1).map(finnishNumber)),
      [figures(expected.overall), ...expected.areas.map(figures)],
    );
    assert.deepEqual(
      table.map((row) => row[0]),
      ['Kokonaistulos', 'Tiedonhallinta ja tietosuoja', 'Johtaminen ja strategia'],
    );
    // The chart: an image with a name, <title> and <desc>; its median lines and bands are the table's figures.
    const svg = /<svg[^>]*>[\s\S]*?<\/svg>/.exec(sections[0])[0];
    assert.match(svg, /^<svg class="chart" role="img" aria-label="Kuntien pisteet alueittain: digione-readiness 1\.0\.0"/);
    assert.match(svg, /<title>Kuntien pisteet alueittain: digione-readiness 1\.0\.0<\/title><desc>[^<]+<\/desc>/);
    const medians = [...svg.matchAll(/<line class="median" x1="([\d.]+)"/g)].map((m) => Number(m[1]) / 4);
    assert.deepEqual(
      medians,
      table.map((row) => finnishNumber(row[3])),
    );
    const bands = [...svg.matchAll(/<rect class="iqr" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => [
      Number(m[1]) / 4,
      (Number(m[1]) + Number(m[2])) / 4,
    ]);
    assert.deepEqual(
      bands,
      table.map((row) => [finnishNumber(row[2]), finnishNumber(row[4])]),
    );
    assert.doesNotMatch(page.text, /\sstyle=/, 'no inline style (strict CSP)');
  });

  test(`${label}: a municipality's history: every result, newest first, with per-area scores; an unknown code is 404`, async () => {
    const page = await viewer.request('/inbox/readiness/091');
    assert.equal(page.status, 200);
    assert.match(page.text, /<h1>Valmiustulokset: Helsinki \(091\)<\/h1>/);
    const tables = page.text.split('</table>');
    assert.deepEqual(tableRows(tables[0]), [
      ['Johtaminen ja strategia', '58', '3 / 4'],
      ['Tiedonhallinta ja tietosuoja', '66', '3 / 4'],
    ]);
    assert.match(
      page.text,
      /<svg class="chart" role="img" aria-label="Pisteet alueittain"[\s\S]*<rect class="value" x="0" y="\d+" width="232"/,
      'the latest result as the checker shows it (58 × 4)',
    );
    const history = tableRows(tables[1]);
    assert.deepEqual(
      history.map((row) => row.slice(2)),
      [
        ['Hyvät valmiudet', '62', '58', '66'],
        ['Kehittyvä', '40', '30', '50'],
      ],
    );
    assert.doesNotMatch(page.text, /Liisa|liisa@example\.fi/, 'the sender’s contact is not shown');
    assert.equal((await viewer.request('/inbox/readiness/999')).status, 404);
    assert.equal((await viewer.request('/inbox/readiness/..%2Fx')).status, 404);
    const audit = await userStore(receiver.store.db).auditEntries({ target: 'readiness:091', limit: 10 });
    assert.ok(audit.length >= 1, 'viewing is audited');
  });

  test(`${label}: the join request's detail shows the attached result as the checker does: level, overall, a chart and a table`, async () => {
    const page = await viewer.request(`/inbox/join-requests/${joinIds[0]}`);
    assert.equal(page.status, 200);
    const part = page.text.split('<h2>Liitetty valmiustulos</h2>')[1].split('<h2>')[0];
    assert.match(part, /<dt>Taso<\/dt><dd>on-the-way<\/dd><dt>Kokonaistulos<\/dt><dd>62<\/dd>/);
    assert.match(part, /<svg class="chart" role="img" aria-label="Liitetyn valmiusarvion pisteet alueittain"[^>]*><title>[^<]+<\/title><desc>[^<]+<\/desc>/);
    assert.match(part, /<text x="0" y="\d+" class="label">Tiedonhallinta ja tietosuoja: 50<\/text>[\s\S]*<rect class="value" x="0" y="\d+" width="200"/);
    assert.deepEqual(tableRows(part), [['Tiedonhallinta ja tietosuoja', '50', '4 / 4']]);
    assert.doesNotMatch(page.text, /\/inbox\/erase\//, 'a viewer has no erase button');
  });

  test(`${label}: erasing: viewers are refused; the admin confirms on a second page (CSRF, a required checkbox); the data goes, the request stays, the log holds ids`, async () => {
    const id = joinIds[0];
    assert.equal((await viewer.request(`/inbox/erase/${id}`)).status, 403);
    const viewerPage = await viewer.request(`/inbox/join-requests/${id}`);
    assert.equal((await viewer.request(`/inbox/erase/${id}`, { form: { _csrf: csrfOf(viewerPage.text), confirm: 'yes' } })).status, 403);

    const detail = await admin.request(`/inbox/join-requests/${id}`);
    assert.match(detail.text, new RegExp(`<a class="button danger" href="/inbox/erase/${id}">Poista henkilötiedot…</a>`));
    const confirm = await admin.request(`/inbox/erase/${id}`);
    assert.equal(confirm.status, 200);
    assert.match(confirm.text, /<input type="checkbox" id="confirm" name="confirm" value="yes" required>/);
    assert.equal((await admin.request(`/inbox/erase/${id}`, { form: { confirm: 'yes' } })).status, 403, 'no CSRF token');
    const unconfirmed = await admin.request(`/inbox/erase/${id}`, { form: { _csrf: csrfOf(confirm.text) } });
    assert.equal(unconfirmed.status, 400);
    assert.match(unconfirmed.text, /role="alert"[\s\S]*<a href="#confirm">Vahvista poisto valitsemalla valintaruutu\.<\/a>/);
    assert.match(unconfirmed.text, /aria-describedby="confirm-error" aria-invalid="true"/);
    assert.match((await admin.request(`/inbox/join-requests/${id}`)).text, /Matti Virtanen/, 'nothing erased without the confirmation');

    const erased = await admin.request(`/inbox/erase/${id}`, { form: { _csrf: csrfOf(confirm.text), confirm: 'yes' } });
    assert.equal(erased.status, 303);
    assert.equal(erased.headers.get('location'), `/inbox/join-requests/${id}?erased=1`);
    const after = await admin.request(erased.headers.get('location'));
    assert.equal(after.status, 200);
    assert.match(after.text, /Henkilötiedot poistettiin\./);
    assert.match(after.text, /Henkilötiedot on poistettu pyynnöstä\./);
    for (const gone of ['Matti Virtanen', 'matti@example.fi', 'Opetustoimen johtaja', '+358401234567', 'Haluamme kuulla lisää'])
      assert.doesNotMatch(after.text, new RegExp(gone.replace('+', '\\+')), `${gone} is gone from the detail`);
    assert.match(after.text, /Helsinki \(091\)/, 'the municipality stays');
    assert.match(after.text, /<dd>Uusi<\/dd>/, 'the handling stays');
    assert.match(after.text, /Tiedonhallinta ja tietosuoja: 50/, 'the attached result stays');
    assert.doesNotMatch(after.text, /\/inbox\/erase\//, 'no erase button once erased');
    assert.match(
      (await admin.request('/inbox/join-requests?q=matti')).text,
      /<p role="status">0 liittymistoivetta<\/p>/,
      'the search no longer finds the person',
    );
    const stored = await receiver.store.rows({ id });
    assert.equal(stored[0].envelope.data.email, undefined);

    const log = await userStore(receiver.store.db).auditEntries({ target: id, actions: ['erase'], limit: 10 });
    assert.equal(log.length, 1);
    assert.deepEqual(JSON.parse(log[0].detail), { type: 'fi.digione.join.requested' });
    assert.doesNotMatch(JSON.stringify(log), /matti|Virtanen/i, 'no personal data in the log');
    const again = await admin.request(`/inbox/erase/${id}`, { form: { _csrf: csrfOf(confirm.text), confirm: 'yes' } });
    assert.equal(again.status, 303, 'erasing twice does no harm');
    assert.equal((await userStore(receiver.store.db).auditEntries({ target: id, actions: ['erase'], limit: 10 })).length, 1);
    assert.match((await admin.request(`/inbox/erase/${id}`)).text, /on jo poistettu/);
    assert.equal((await admin.request('/inbox/erase/00000000-0000-4000-8000-000000000000')).status, 404);
    assert.equal((await admin.request('/inbox/erase/not-an-id')).status, 404);
  });

  test(`${label}: the attendee list pages with a cursor (stable order, the count is the total), admins erase an attendee, the exports hold everyone`, async () => {
    const eventId = 'syksy-2026';
    const people = Array.from({ length: 53 }, (_, i) => `Osallistuja ${String(i + 1).padStart(2, '0')}`);
    const ids = await postAll(
      url,
      people.map((name, i) => envelope(EVENT, { ...validData[EVENT], eventId, eventTitle: 'Syksyn tietoisku', name, email: `osallistuja${i + 1}@example.fi` })),
    );
    const names = (html) => [...html.matchAll(/<th scope="row" data-label="Yhteyshenkilö">([^<]*)<\/th>/g)].map((m) => m[1]);
    // The stored order (received, then id; two in the same millisecond keep one order too).
    const storedOrder = async () =>
      (await receiver.store.rows({ type: EVENT })).filter((row) => row.envelope.data.eventId === eventId).map((row) => row.envelope.data.name);
    const order = await storedOrder();
    assert.deepEqual([...order].sort(), people);
    const first = await viewer.request(`/inbox/events/${eventId}`);
    assert.equal(first.status, 200);
    assert.match(first.text, /53 osallistujaa/);
    assert.deepEqual(names(first.text), order.slice(0, 50));
    const next = /<a href="(\/inbox\/events\/syksy-2026\?after=[^"]+)">Seuraavat<\/a>/.exec(first.text)[1];
    // One more registration arrives between the pages: it comes last, nothing shifts.
    const [late] = await postAll(url, [envelope(EVENT, { ...validData[EVENT], eventId, name: 'Myöhäinen', email: 'late@example.fi' })]);
    const second = await viewer.request(next);
    assert.deepEqual(names(second.text), [...order.slice(50), 'Myöhäinen']);
    assert.deepEqual(await storedOrder(), [...order, 'Myöhäinen']);
    assert.match(second.text, /54 osallistujaa/, 'the count is the total');
    assert.match(second.text, /<a href="\/inbox\/events\/syksy-2026">Ensimmäinen sivu<\/a>/);
    assert.doesNotMatch(second.text, /Seuraavat/);
    assert.doesNotMatch(first.text, /\/inbox\/erase\//, 'a viewer has no erase links');
    const broken = await viewer.request(`/inbox/events/${eventId}?after=garbage`);
    assert.equal(broken.status, 200);
    assert.match(broken.text, /Sivun linkki oli rikki/);
    assert.deepEqual(names(broken.text), order.slice(0, 50));
    const sheet = await viewer.request(`/inbox/events/${eventId}?all=1`);
    assert.equal(names(sheet.text).length, 54, 'the printable sheet holds everyone');

    // The admin erases attendee 2 from the list.
    const list = await admin.request(`/inbox/events/${eventId}`);
    assert.match(list.text, new RegExp(`<a href="/inbox/erase/${ids[1]}">Poista henkilötiedot: Osallistuja 02</a>`));
    const confirm = await admin.request(`/inbox/erase/${ids[1]}`);
    const erased = await admin.request(`/inbox/erase/${ids[1]}`, { form: { _csrf: csrfOf(confirm.text), confirm: 'yes' } });
    assert.equal(erased.headers.get('location'), `/inbox/events/${eventId}?erased=1`);
    const after = await admin.request(erased.headers.get('location'));
    const place = order.indexOf('Osallistuja 02');
    assert.deepEqual(
      names(after.text),
      order.slice(0, 50).map((name, i) => (i === place ? '(poistettu)' : name)),
      'the erased attendee keeps their place',
    );
    assert.doesNotMatch(after.text, /osallistuja2@example\.fi/);
    assert.match(after.text, /54 osallistujaa/);

    const csv = parseQuotedCsv((await admin.request(`/inbox/events/${eventId}/attendees.csv`)).text);
    assert.equal(csv.length, 1 + 54, 'the export holds every attendee, not a page');
    assert.equal(csv[1 + place][0], '', 'the erased attendee has no name in the export either');
    assert.equal(csv[1 + place][1], '');
    assert.equal(csv.at(-1)[0], 'Myöhäinen');
    assert.equal((await receiver.store.rows({ id: late }))[0].envelope.data.name, 'Myöhäinen');
  });
}
