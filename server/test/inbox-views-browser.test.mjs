// The inbox's overview, readiness results and erase button in Debian's Chromium, by keyboard
// alone, on each database: sign in (the overview), the readiness results (the table holds the
// chart's numbers), a municipality's history, a join request's detail with its chart, erasing
// as an admin after confirming; a viewer has no erase button and gets 403. axe finds nothing on
// any view, and a 320 px wide window never scrolls sideways.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
// the repository's one Chromium path and flag list (the package's tests run inside the repository)
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/support/chromium.mjs';
import { envelope, post, postgresAvailable } from './support.mjs';
import { SAMPLE, addUsers, postJoinRequests } from './inbox-support.mjs';
import { check, enter, signInByKeyboard, tabTo, withInboxPage } from './inbox-browser-support.mjs';
import { RESULTS, postAll } from './inbox-views-contract.mjs';

let browser;
before(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
});

/** The rows of the first table after the element matching the selector, as text. */
const tableAfter = (page, selector) =>
  page.$eval(selector, (start) => {
    let table = start;
    while (table && table.tagName !== 'TABLE') table = table.nextElementSibling;
    return [...table.tBodies[0].rows].map((row) => [...row.cells].map((cell) => cell.textContent.trim()));
  });

const available = await postgresAvailable();

for (const label of ['SQLite', 'PostgreSQL']) {
  test(
    `${label}: the overview, readiness results and erasure by keyboard alone, with axe and a 320 px window on every view`,
    { skip: label === 'PostgreSQL' && available !== true && available, timeout: 120_000 },
    async () => {
      await withInboxPage(browser, label, async ({ receiver, url, page }) => {
        await addUsers(receiver, { 'admin@example.fi': 'admin', 'viewer@example.fi': 'viewer' });
        const [helsinki, espoo] = await postJoinRequests(url, SAMPLE);
        await postAll(url, RESULTS());
        assert.equal((await post(url, envelope())).status, 201);

        await signInByKeyboard(page, url, 'admin@example.fi');
        assert.equal(new URL(page.url()).pathname, '/inbox', 'signing in lands on the overview');
        assert.equal(await page.textContent('h1'), 'Yleiskatsaus');
        assert.deepEqual(await tableAfter(page, 'main > p'), [
          ['Liittymistoiveet', '3 (2 kuntaa)', '3 (2 kuntaa)'],
          ['Valmiustulokset', '5 (4 kuntaa)', '5 (4 kuntaa)'],
          ['Tapahtumailmoittautumiset', '1 (1 tilaisuus)', '1 (1 tilaisuus)'],
        ]);
        await check(page, 'the overview');

        await tabTo(page, 'header a[href="/inbox/readiness"]');
        await enter(page);
        assert.equal(await page.textContent('h1'), 'Valmiustulokset');
        await check(page, 'the readiness results');
        // The table says what the chart draws: each median line and quartile band is at the table's numbers.
        const drawn = await page.$eval('main section:first-of-type svg.chart', (svg) => {
          const x = (element, attribute) => Number(element.getAttribute(attribute)) / 4;
          return {
            medians: [...svg.querySelectorAll('line.median')].map((line) => x(line, 'x1')),
            bands: [...svg.querySelectorAll('rect.iqr')].map((rect) => [x(rect, 'x'), x(rect, 'x') + x(rect, 'width')]),
            name: svg.getAttribute('aria-label'),
            role: svg.getAttribute('role'),
            title: svg.querySelector('title')?.textContent,
            desc: svg.querySelector('desc')?.textContent,
          };
        });
        const table = await page.$$eval('main section:first-of-type table.spread tbody tr', (rows) =>
          rows.map((row) => [...row.cells].map((cell) => Number(cell.textContent.replace(',', '.')))),
        );
        assert.deepEqual(
          drawn.medians,
          table.map((row) => row[3]),
        );
        assert.deepEqual(
          drawn.bands,
          table.map((row) => [row[2], row[4]]),
        );
        assert.equal(drawn.role, 'img');
        assert.equal(drawn.title, drawn.name);
        assert.ok(drawn.desc.length > 20);
        assert.equal(await page.$('main [style]'), null, 'no inline style');

        await tabTo(page, 'a[href="/inbox/readiness/091"]');
        await enter(page);
        assert.equal(await page.textContent('h1'), 'Valmiustulokset: Helsinki (091)');
        assert.deepEqual(
          (await page.$$eval('table.list tbody tr td:nth-of-type(3)', (cells) => cells.map((cell) => cell.textContent))).length,
          2,
          'both of Helsinki’s results',
        );
        await check(page, "a municipality's history");

        await tabTo(page, 'header a[href="/inbox/join-requests"]');
        await enter(page);
        await tabTo(page, `a[href="/inbox/join-requests/${helsinki}"]`);
        await enter(page);
        assert.equal(await page.getAttribute('svg.chart', 'aria-label'), 'Liitetyn valmiusarvion pisteet alueittain');
        assert.equal(await page.getAttribute('svg.chart rect.value', 'width'), '200', 'the bar of a score of 50');
        assert.match(await page.textContent('main'), /Matti Virtanen/);
        await check(page, "a join request's detail with its chart");

        // Erase: the button leads to a confirmation page; without the checkbox nothing happens.
        await tabTo(page, `a[href="/inbox/erase/${helsinki}"]`);
        await enter(page);
        assert.equal(await page.textContent('h1'), 'Poista henkilötiedot');
        await check(page, 'the erase confirmation');
        await tabTo(page, 'form[action^="/inbox/erase/"] button');
        await enter(page);
        assert.match(await page.textContent('.summary'), /Vahvista poisto/);
        await check(page, 'the erase confirmation with an error');
        await tabTo(page, '#confirm');
        await page.keyboard.press('Space');
        assert.equal(await page.isChecked('#confirm'), true);
        await tabTo(page, 'form[action^="/inbox/erase/"] button');
        await enter(page);
        assert.equal(new URL(page.url()).pathname, `/inbox/join-requests/${helsinki}`);
        const main = await page.textContent('main');
        assert.match(main, /Henkilötiedot poistettiin\./);
        for (const gone of ['Matti Virtanen', 'matti@example.fi', 'Opetustoimen johtaja', 'Haluamme kuulla lisää'])
          assert.ok(!main.includes(gone), `${gone} is gone`);
        assert.match(main, /Helsinki \(091\)/);
        assert.equal(await page.$('a[href^="/inbox/erase/"]'), null);
        await check(page, 'the detail after erasing');

        await page.goto(`${url}/inbox/events/digione-tietoisku-2026-09-15`);
        await check(page, "an event's attendees with the erase links");

        await tabTo(page, 'form[action="/inbox/sign-out"] button');
        await enter(page);
        await signInByKeyboard(page, url, 'viewer@example.fi');
        await check(page, "the viewer's overview");
        await page.goto(`${url}/inbox/join-requests/${espoo}`);
        assert.match(await page.textContent('main'), /Eeva Espoolainen/);
        assert.equal(await page.$('a[href^="/inbox/erase/"]'), null, 'no erase button for a viewer');
        await page.goto(`${url}/inbox/events/digione-tietoisku-2026-09-15`);
        assert.equal(await page.$('a[href^="/inbox/erase/"]'), null, 'no erase links for a viewer');
        assert.equal((await page.request.get(`${url}/inbox/erase/${espoo}`)).status(), 403);
        const csrf = await page.getAttribute('form[action="/inbox/sign-out"] input[name="_csrf"]', 'value');
        const refused = await page.request.post(`${url}/inbox/erase/${espoo}`, { form: { _csrf: csrf, confirm: 'yes' } });
        assert.equal(refused.status(), 403);
        await page.goto(`${url}/inbox/erase/${espoo}`);
        await check(page, 'the viewer refused');
        await page.goto(`${url}/inbox/join-requests/${espoo}`);
        assert.match(await page.textContent('main'), /Eeva Espoolainen/, 'nothing was erased');
        await page.goto(`${url}/inbox/language?to=sv&back=%2Finbox%2Freadiness`);
        assert.equal(await page.getAttribute('html', 'lang'), 'sv');
        await check(page, 'the readiness results in Swedish');
        await page.goto(`${url}/inbox/language?to=en&back=%2Finbox`);
        await check(page, 'the overview in English');
      });
    },
  );
}
