// What the widgets post, read by an independent receiver: the official CloudEvents SDK
// (`cloudevents` on npm). Each widget of the built script-tag bundle sends a real submission
// from Debian Chromium to the reference collector on 127.0.0.1; the collector keeps the
// headers and the bytes as they arrived, and the SDK's HTTP binding must read each request as
// ONE structured-mode event whose attributes and data are exactly what was sent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CloudEvent, HTTP } from 'cloudevents';
import { launchBrowser, root, servePages, startTestReceiver, watchConsole } from './support.mjs';
import { answerChecker } from './pages/harness.mjs';

const pages = {
  '/': { body: '' },
  '/tietosuoja.html': { body: '<!doctype html><title>Tietosuoja</title><p>Tietosuojaseloste' },
};

let server;
let collector;
let browser;
/** Every POST as it arrived: the request headers and the raw body text. */
const wire = [];

before(async () => {
  server = await servePages(pages, { staticDirs: { '/fixtures/': join(root, 'test/fixtures') } });
  collector = await startTestReceiver(server.url, {
    setup: (app) =>
      app.addHook('preHandler', async (request) => {
        if (request.method === 'POST') wire.push({ headers: { ...request.headers }, body: request.rawBody });
      }),
  });
  const endpoint = `${collector.url}/api/submissions`;
  pages['/'].body = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>CloudEvents</title>
<script src="/dist/digione-widgets.js" defer></script></head><body><main>
<digione-event-card heading="DigiOne-tietoisku" start="2032-09-15T09:00" end="2032-09-15T09:45" event-id="tietoisku-2032-09-15"
  endpoint="${endpoint}" privacy-url="/tietosuoja.html"></digione-event-card>
<digione-readiness-checker src="/fixtures/questionnaire-small.json" endpoint="${endpoint}" privacy-url="/tietosuoja.html"></digione-readiness-checker>
<digione-join-form endpoint="${endpoint}" privacy-url="/tietosuoja.html" no-draft></digione-join-form>
</main></body></html>`;
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await collector?.close();
  await server?.close();
});

const waitText = (page, tag, pattern) =>
  page.waitForFunction(([t, source]) => new RegExp(source).test(document.querySelector(t).shadowRoot.textContent), [tag, pattern.source], {
    timeout: 10_000,
  });

/** The three widgets each send one submission, as a person would. */
async function sendFromEveryWidget(page) {
  await page.locator('#reg-name').fill('Maija Meikäläinen');
  await page.locator('#reg-email').fill('maija.meikalainen@example.fi');
  await page.locator('#reg-organisation').fill('Esimerkkilän kaupunki');
  await page.locator('#reg-consent').check();
  await page.locator('digione-event-card button[type="submit"]').click();
  await waitText(page, 'digione-event-card', /Kiitos, ilmoittautumisesi on vastaanotettu/);

  const checker = page.locator('digione-readiness-checker');
  await answerChecker(checker);
  await checker.locator('button', { hasText: /Lähetä tulos/ }).click();
  await waitText(page, 'digione-readiness-checker', /Tulos on lähetetty/);

  await page.locator('digione-join-form').evaluate((form) => {
    form.prefill = {
      municipality: 'Espoo',
      contactName: 'Matti Virtanen',
      title: 'Sivistysjohtaja',
      email: 'matti.virtanen@espoo.fi',
      interests: ['identity'],
      timeframe: 'next-term',
    };
  });
  await page.locator('digione-join-form #consent').check();
  await page.locator('digione-join-form button[type="submit"]').click();
  await waitText(page, 'digione-join-form', /Kiitos/);
}

test("each widget's submission, as Chromium sent it, is one structured-mode CloudEvent for the official SDK", async () => {
  const page = await browser.newPage();
  const log = watchConsole(page);
  await page.goto(`${server.url}/`);
  await sendFromEveryWidget(page);

  assert.deepEqual(wire.map((request) => JSON.parse(request.body).widget).sort(), ['digione-event-card', 'digione-join-form', 'digione-readiness-checker']);
  for (const { headers, body } of wire) {
    const sent = JSON.parse(body);
    const label = sent.widget;
    assert.equal(headers['content-type'], 'application/cloudevents+json; charset=utf-8', label);
    assert.equal(headers['idempotency-key'], `"${sent.id}"`, label);
    assert.equal(HTTP.isEvent({ headers, body }), true, label);

    const event = HTTP.toEvent({ headers, body });
    assert.ok(!Array.isArray(event), `${label}: one event per request, not a batch`);
    assert.ok(event instanceof CloudEvent, label);
    assert.equal(event.specversion, '1.0');
    for (const attribute of ['id', 'type', 'source', 'time', 'dataschema', 'datacontenttype']) {
      assert.equal(event[attribute], sent[attribute], `${label}: ${attribute}`);
    }
    // The extension attributes, by the spec's naming rule (lower-case ASCII letters and digits).
    for (const extension of ['widget', 'widgetversion', 'locale']) {
      assert.match(extension, /^[a-z0-9]{1,20}$/);
      assert.equal(event[extension], sent[extension], `${label}: ${extension}`);
    }
    assert.deepEqual(event.data, sent.data, `${label}: data`);
    // Nothing the widget sent is lost or added on the SDK's way: the event round-trips to the same JSON.
    assert.deepEqual(JSON.parse(JSON.stringify(event)), sent, `${label}: the whole event`);
  }
  // The reference collector stored each once.
  assert.equal((await collector.store.rows()).length, 3);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.errors, []);
  await page.close();
});
