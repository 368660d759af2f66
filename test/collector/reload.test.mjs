// A REAL page reload with the built script-tag bundle (dist/digione-widgets.js; run `npm run build`
// first, else this file is skipped): the receiver (server/, digione-receiver) is down when the person registers → the card
// says the registration waits on this device → the collector comes up → the page is reloaded →
// the outbox sends it, once, and the card on the new page says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';
import { launchBrowser, root, servePages } from '../e2e/support.mjs';
import { startCollector } from 'digione-receiver';

const built = existsSync(join(root, 'dist/digione-widgets.js'));

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

test('queued while the endpoint is down, delivered once after a page reload', { skip: !built && 'dist/ not built' }, async () => {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}/api/submissions`;
  const site = await servePages({
    '/': {
      body: `<!doctype html><html lang="fi"><head><title>Tietoisku</title></head><body>
<digione-event-card heading="DigiOne-tietoisku" start="2026-12-15T09:00" end="2026-12-15T09:45" event-id="tietoisku-1"
  endpoint="${endpoint}" privacy-url="/tietosuoja"></digione-event-card>
<script src="/dist/digione-widgets.js"></script></body></html>`,
    },
  });
  const dir = mkdtempSync(join(tmpdir(), 'digione-reload-'));
  const browser = await launchBrowser();
  let collector;
  try {
    const page = await browser.newPage();
    const events = [];
    await page.exposeFunction('recordSubmissionEvent', (event) => events.push(event));
    await page.addInitScript(() => {
      for (const name of ['digione-queued', 'digione-submitted', 'digione-submit-failed']) {
        document.addEventListener(name, (event) => window.recordSubmissionEvent({ name, detail: event.detail }));
      }
    });
    const cardText = () => page.evaluate(() => document.querySelector('digione-event-card').shadowRoot.textContent.replace(/\s+/g, ' '));

    await page.goto(`${site.url}/`);
    await page.locator('#reg-name').fill('Maija Meikäläinen');
    await page.locator('#reg-email').fill('maija.meikalainen@example.fi');
    await page.locator('#reg-organisation').fill('Esimerkkilän kaupunki');
    await page.locator('#reg-consent').check();
    await page.locator('digione-event-card button[type="submit"]').click();
    await page.waitForFunction(() => document.querySelector('digione-event-card').shadowRoot.textContent.includes('Tallennettu tälle laitteelle'));
    assert.equal(events.length, 1);
    assert.equal(events[0].name, 'digione-queued');
    const { id } = events[0].detail;

    collector = await startCollector({ port, dbPath: join(dir, 'submissions.sqlite'), allowedOrigins: [site.url] });
    await page.reload();
    await page.waitForFunction(() =>
      document.querySelector('digione-event-card').shadowRoot.textContent.includes('aiemmin tallennettu lähetys on nyt perillä'),
    );
    assert.deepEqual(events.at(-1), { name: 'digione-submitted', detail: { id, status: 201 } });
    assert.match(await cardText(), /aiemmin tallennettu lähetys on nyt perillä/);

    // Another reload sends nothing more: the outbox is empty.
    await page.reload();
    await page.waitForTimeout(500);
    const rows = (await collector.store.rows()).map((row) => ({ id: row.id, type: row.type }));
    assert.deepEqual(rows, [{ id, type: 'fi.digione.event.registered' }]);
    assert.equal(events.filter((e) => e.name === 'digione-submitted').length, 1);
  } finally {
    await browser.close();
    await collector?.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
