// The inbox in Debian's Chromium, by keyboard alone, on each database: sign in, filter to one
// municipality's join request, open it, change its status with a note, export the filtered
// list as CSV and XLSX (both parsed back and compared), open an event's attendee list and
// export it, sign out; a viewer has no export and
// gets 403; axe finds nothing on any view; a 320 px wide window never scrolls sideways.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
// the repository's one Chromium path and flag list (the package's tests run inside the repository)
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/support/chromium.mjs';
import { envelope, post, postgresAvailable } from './support.mjs';
import { SAMPLE, addUsers, postJoinRequests } from './inbox-support.mjs';
import { check, enter, signInByKeyboard, tabTo, withInboxPage } from './inbox-browser-support.mjs';
import { parseQuotedCsv, parseXlsx } from './inbox-contract.mjs';
import { FAST, SECRET, closedPort, until, webhookEndpoint } from './notify-support.mjs';

let browser;
before(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
});

async function download(page, selector) {
  await tabTo(page, selector);
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  return readFileSync(await file.path());
}

const available = await postgresAvailable();

for (const label of ['SQLite', 'PostgreSQL']) {
  test(
    `${label}: the inbox by keyboard alone, with axe and a 320 px window on every view`,
    { skip: label === 'PostgreSQL' && available !== true && available, timeout: 120_000 },
    async () => {
      // A webhook that is down: every notification fails (retried after 50 ms, twice).
      const hookPort = await closedPort();
      let hook;
      const receiverOptions = {
        env: { DIGIONE_WEBHOOK_URL: `http://127.0.0.1:${hookPort}/hook`, DIGIONE_WEBHOOK_SECRET: SECRET },
        notifierTiming: FAST,
      };
      try {
        await withInboxPage(
          browser,
          label,
          async ({ receiver, url, page }) => {
            await addUsers(receiver, { 'admin@example.fi': 'admin', 'viewer@example.fi': 'viewer' });
            const [helsinki] = await postJoinRequests(url, SAMPLE);

            await page.goto(`${url}/inbox/sign-in`);
            await page.keyboard.press('Tab');
            assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip', 'the skip link comes first');
            assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), 'none', 'focus is visible');
            await page.keyboard.press('Enter');
            assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
            await check(page, 'the sign-in page');
            await tabTo(page, '#email');
            await page.keyboard.type('admin@example.fi');
            await tabTo(page, 'button[type="submit"]');
            await enter(page);
            assert.match(await page.textContent('.summary'), /Kirjoita salasana/);
            await check(page, 'the sign-in error summary');

            await signInByKeyboard(page, url, 'admin@example.fi');
            assert.equal(new URL(page.url()).pathname, '/inbox', 'signing in lands on the overview');
            await tabTo(page, 'header a[href="/inbox/join-requests"]');
            await enter(page);
            await check(page, 'the list');

            // Filter to Helsinki: the search field, then "Näytä".
            await tabTo(page, '#q');
            await page.keyboard.type('Helsinki');
            await tabTo(page, 'form[role="search"] button[type="submit"]');
            await enter(page);
            assert.deepEqual(await page.$$eval('table.list tbody th a', (links) => links.map((a) => a.textContent)), ['Helsinki']);
            await check(page, 'the filtered list');

            await tabTo(page, `a[href="/inbox/join-requests/${helsinki}"]`);
            await enter(page);
            assert.match(await page.textContent('h1'), /Liittymistoive: Helsinki/);
            await check(page, 'the detail view');

            await tabTo(page, '#status');
            await page.keyboard.press('ArrowDown');
            assert.equal(await page.inputValue('#status'), 'contacted');
            await tabTo(page, '#note');
            await page.keyboard.type('Soitettu; palataan elokuussa');
            await tabTo(page, 'form[action$="/status"] button[type="submit"]');
            await enter(page);
            assert.match(await page.textContent('.notice'), /Tallennettu/);
            assert.match(await page.textContent('main'), /Uusi → Yhteydessä; muistiinpano muuttui/);
            await check(page, 'the detail view after saving');

            await page.goto(`${url}/inbox/join-requests?q=helsinki&status=contacted`);
            const csv = parseQuotedCsv((await download(page, 'a[href^="/inbox/join-requests.csv"]')).toString('utf8'));
            const xlsx = await parseXlsx(await download(page, 'a[href^="/inbox/join-requests.xlsx"]'));
            assert.deepEqual(xlsx, csv, 'the XLSX holds what the CSV holds');
            assert.equal(csv.length, 2);
            const row = Object.fromEntries(csv[0].map((header, i) => [header, csv[1][i]]));
            assert.equal(row.Tunniste, helsinki);
            assert.equal(row.Tila, 'Yhteydessä');
            assert.equal(row['Kunta tai organisaatio'], 'Helsinki');
            assert.equal(row['Sisäinen muistiinpano (ei näy lähettäjälle, enintään 2000 merkkiä)'], 'Soitettu; palataan elokuussa');

            // The event registrations: the events, one event's attendee list, its exports.
            assert.equal((await post(url, envelope())).status, 201);
            await tabTo(page, 'a[href="/inbox/events"]');
            await enter(page);
            await check(page, 'the events');
            await tabTo(page, 'a[href="/inbox/events/digione-tietoisku-2026-09-15"]');
            await enter(page);
            assert.match(await page.textContent('main'), /1 osallistuja[\s\S]*Maija Meikäläinen/);
            await check(page, "an event's attendee list");
            const attendees = parseQuotedCsv((await download(page, 'a[href$="/attendees.csv"]')).toString('utf8'));
            assert.deepEqual(await parseXlsx(await download(page, 'a[href$="/attendees.xlsx"]')), attendees);
            assert.deepEqual(attendees[1].slice(0, 2), ['Maija Meikäläinen', 'maija.meikalainen@example.fi']);

            await page.goto(`${url}/inbox/join-requests?status=bogus&from=2026-13-01`);
            await check(page, 'the list with filter errors');
            for (const path of ['/inbox/users', '/inbox/audit']) {
              await page.goto(`${url}${path}`);
              await check(page, path);
            }
            // The failed notifications: counted above the list, listed on their page, retried by keyboard.
            const deliveries = () => receiver.store.db.selectFrom('notification_deliveries').select('status').execute();
            await until(async () => (await deliveries()).every((d) => d.status === 'failed'), 5000, 'the notifications to fail');
            await page.goto(`${url}/inbox/join-requests`);
            await tabTo(page, 'main a[href="/inbox/notifications"]');
            await enter(page);
            assert.match(await page.textContent('main'), /4 ilmoitusta jäi toimittamatta[\s\S]*Epäonnistui/);
            await check(page, 'the notifications');
            hook = await webhookEndpoint({ port: hookPort });
            await tabTo(page, 'form[action$="/retry"] button');
            await enter(page);
            assert.match(await page.textContent('.notice'), /Ilmoitusta yritetään nyt uudelleen/);
            await until(() => hook.requests.length === 1, 5000, 'the retried notification');
            await check(page, 'the notifications after a retry');
            await page.goto(`${url}/inbox/join-requests`);
            await tabTo(page, 'a[hreflang="sv"]');
            await enter(page);
            assert.equal(await page.getAttribute('html', 'lang'), 'sv');
            await check(page, 'the list in Swedish');
            await page.goto(`${url}/inbox/join-requests/${helsinki}`);
            await check(page, 'the detail view in Swedish');
            await page.goto(`${url}/inbox/language?to=en&back=${encodeURIComponent(`/inbox/join-requests/${helsinki}`)}`);
            assert.equal(await page.getAttribute('html', 'lang'), 'en');
            await check(page, 'the detail view in English');
            await page.goto(`${url}/inbox/join-requests?status=bogus`);
            await check(page, 'the list in English, with an error');
            await page.goto(`${url}/inbox/language?to=sv&back=%2Finbox%2Fjoin-requests`);

            await tabTo(page, 'form[action="/inbox/sign-out"] button');
            await enter(page);
            assert.match(await page.textContent('.notice'), /Du har loggat ut/);
            await check(page, 'signed out');
            assert.equal((await page.request.get(`${url}/inbox/join-requests`, { maxRedirects: 0 })).status(), 303);

            await signInByKeyboard(page, url, 'viewer@example.fi');
            await page.goto(`${url}/inbox/join-requests`);
            assert.equal(await page.$('a[href^="/inbox/join-requests.csv"]'), null, 'no export for a viewer');
            assert.equal(await page.$('a[href="/inbox/users"]'), null);
            await check(page, "the viewer's list");
            assert.equal((await page.request.get(`${url}/inbox/join-requests.csv`)).status(), 403);
            assert.equal((await page.request.get(`${url}/inbox/join-requests.xlsx`)).status(), 403);
            await page.goto(`${url}/inbox/users`);
            await check(page, 'the viewer refused');
          },
          receiverOptions,
        );
      } finally {
        await hook?.close();
      }
    },
  );
}
