// The widgets on a hostile page, part 4: the whole flow of every widget with the keyboard alone
// (Tab, Shift+Tab, Space, Enter, arrows, Escape), on a page with the strict CSP and Trusted Types
// header and the aggressive host CSS (which also removes outlines on the page: `*:focus
// { outline: none !important }`). At every focus stop inside a widget the focus must be visible.
// The forms post to the real reference collector; every submission must arrive, with no CSP
// violation on the way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, servePages, startTestReceiver, watchConsole } from './support.mjs';
import { documentOf, pagesDir, STRICT_CSP, SEED_EVENT, widgetsReady, focusInfo, keyTo, assertVisibleFocus, button, field, link } from './pages/harness.mjs';

const head = '<link rel="stylesheet" href="/pages/hostile.css"><script src="/dist/digione-widgets.js" defer></script>';
const pages = {
  '/card.html': { headers: { 'content-security-policy': STRICT_CSP }, body: '' },
  '/checker.html': { headers: { 'content-security-policy': STRICT_CSP }, body: '' },
  '/join.html': { headers: { 'content-security-policy': STRICT_CSP }, body: '' },
  '/tietosuoja.html': { body: '<!doctype html><title>Tietosuoja</title><p>Tietosuojaseloste' },
  '/favicon.ico': { headers: { 'content-type': 'image/x-icon' }, body: '' },
};

let server;
let collector;
let browser;
before(async () => {
  server = await servePages(pages, { staticDirs: { '/pages/': pagesDir } });
  collector = await startTestReceiver(server.url);
  const endpoint = `${collector.url}/api/submissions`;
  // the routes read the body at request time, so the pages can name the collector's port now
  const page = (body) => documentOf({ head, body: `<p><a href="#top">Sivun alkuun</a></p>${body}` });
  pages['/card.html'].body = page(`<digione-event-card ${SEED_EVENT} endpoint="${endpoint}" privacy-url="/tietosuoja.html"></digione-event-card>`);
  pages['/checker.html'].body = page(
    `<digione-readiness-checker endpoint="${endpoint}" privacy-url="/tietosuoja.html" municipality="Esimerkkilä"></digione-readiness-checker>`,
  );
  pages['/join.html'].body = page(`<digione-join-form endpoint="${endpoint}" privacy-url="/tietosuoja.html" no-draft></digione-join-form>`);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await collector?.close();
  await server?.close();
});

async function open(path) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  const log = watchConsole(page);
  await page.goto(`${server.url}${path}`);
  await widgetsReady(page);
  return { page, log };
}

const rows = async (type) => (await collector.store.rows({ type })).map((row) => row.envelope);
const clean = async (page, log) => {
  assert.deepEqual(await page.evaluate(() => ({ violations: window.__violations, errors: window.__errors })), { violations: [], errors: [] });
  assert.deepEqual(log.pageErrors, []);
};
const type = async (page, text) => page.keyboard.type(text);
/** Waits (frame by frame, at most 100 frames) until the focus is where `wanted` says. */
async function waitForFocus(page, wanted) {
  for (let i = 0; i < 100; i++) {
    const info = await focusInfo(page);
    if (wanted(info)) return info;
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
  throw new Error(`focus did not arrive; it is on ${JSON.stringify(await focusInfo(page))}`);
}

test('event card: the calendar menu and the registration with the keyboard alone, under strict CSP', async () => {
  const { page, log } = await open('/card.html');
  const menuButton = await keyTo(page, button(/Lisää kalenteriin/));
  assert.equal(menuButton.expanded, 'false');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('digione-event-card').shadowRoot.querySelector('[aria-expanded="true"]'));
  // into the menu with the arrows, then Escape: closed, and the focus back on its button
  await page.keyboard.press('ArrowDown');
  const item = await waitForFocus(page, (info) => info.tag === 'a');
  assertVisibleFocus(item);
  await page.keyboard.press('ArrowDown');
  assertVisibleFocus(await waitForFocus(page, (info) => info.tag === 'a' && info.text !== item.text));
  await page.keyboard.press('Escape');
  const back = await waitForFocus(page, button(/Lisää kalenteriin/));
  assert.equal(back.expanded, 'false');
  assertVisibleFocus(back);

  await keyTo(page, field(/Nimi/));
  await type(page, 'Liisa Laaksonen');
  await keyTo(page, field(/sähköposti/i));
  await type(page, 'liisa.laaksonen@esimerkkila.fi');
  await keyTo(page, field(/Organisaatio/));
  await type(page, 'Esimerkkilän kunta');
  await keyTo(page, (info) => info.type === 'checkbox');
  await page.keyboard.press('Space');
  assert.equal((await focusInfo(page)).checked, true);
  await keyTo(page, link(/tietosuoja/i));
  // Shift+Tab goes back to the consent and Tab forward again: still checked
  assert.equal((await keyTo(page, (info) => info.type === 'checkbox', { key: 'Shift+Tab' })).checked, true);
  await keyTo(page, button(/Lähetä/));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /kiitos|lähetetty|vastaanotettu/i.test(document.querySelector('digione-event-card').shadowRoot.textContent), null, {
    timeout: 10_000,
  });
  const [registration] = await rows('fi.digione.event.registered');
  assert.ok(registration, 'the collector stored the registration');
  assert.equal(registration.widget, 'digione-event-card');
  assert.deepEqual(
    [registration.data.name, registration.data.email, registration.data.organisation, registration.data.consent],
    ['Liisa Laaksonen', 'liisa.laaksonen@esimerkkila.fi', 'Esimerkkilän kunta', true],
  );
  await clean(page, log);
  await page.close();
});

const checkerText = (page) => page.locator('digione-readiness-checker').evaluate((host) => host.shadowRoot.textContent.replace(/\s+/g, ' '));

test('readiness checker: every step, the results and sending them with the keyboard alone, under strict CSP', async () => {
  const { page, log } = await open('/checker.html');
  await keyTo(page, button(/^(Aloita|Jatka)/));
  await page.keyboard.press('Enter');
  let steps = 0;
  let answered = 0;
  for (;;) {
    // each step moves the focus to its heading
    const heading = await waitForFocus(page, (info) => /^h[1-6]$/.test(info.tag));
    assertVisibleFocus(heading);
    steps += 1;
    assert.match(await checkerText(page), new RegExp(`Osa ${steps}/\\d+`));
    // Tab through the step: answer each question on arrival (Space takes the first option, the
    // arrows move along the scale), until the button that goes on
    const next = await keyTo(page, (info) => {
      if (info.type === 'radio' && !info.checked) return true;
      return button(/Seuraava|Näytä tulokset/)(info);
    });
    if (next.type === 'radio') {
      await page.keyboard.press('Space');
      for (let i = 0; i < answered % 4; i++) await page.keyboard.press('ArrowDown');
      answered += 1;
      let info = await focusInfo(page);
      assert.equal(info.checked, true, 'the focused option is chosen');
      // keep answering the rest of this step
      for (;;) {
        info = await keyTo(page, (stop) => (stop.type === 'radio' && !stop.checked) || button(/Seuraava|Näytä tulokset/)(stop));
        if (info.tag === 'button') break;
        await page.keyboard.press(answered % 2 ? 'ArrowRight' : 'Space');
        answered += 1;
      }
      if (steps === 2) {
        // Shift+Tab back into the last question and move its answer with the arrows; then back
        // one step with "Edellinen" and forward again with "Seuraava"
        const last = await keyTo(page, (info) => info.type === 'radio', { key: 'Shift+Tab' });
        assert.equal(last.checked, true);
        await page.keyboard.press('ArrowDown');
        const moved = await focusInfo(page);
        assert.equal(moved.checked, true);
        assert.notEqual(moved.id, last.id);
        await keyTo(page, button(/Edellinen/));
        await page.keyboard.press('Enter');
        await waitForFocus(page, (info) => /^h[1-6]$/.test(info.tag));
        assert.match(await checkerText(page), /Osa 1\//);
        await keyTo(page, button(/Seuraava/));
        await page.keyboard.press('Enter');
        await waitForFocus(page, (info) => /^h[1-6]$/.test(info.tag));
        assert.match(await checkerText(page), /Osa 2\//);
        await keyTo(page, button(/Seuraava/));
      }
    }
    const label = (await focusInfo(page)).text;
    await page.keyboard.press('Enter');
    if (/Näytä tulokset/.test(label)) break;
    assert.ok(steps < 30, 'the steps come to an end');
  }
  await page.waitForFunction(() => /Taso:/.test(document.querySelector('digione-readiness-checker').shadowRoot.textContent));
  assert.ok(steps >= 8, `${steps} steps`);
  // send the result: the municipality from the official list, typed on the closed select
  const municipality = await keyTo(page, (info) => info.tag === 'select' || (info.tag === 'input' && /Kunta/.test(info.label)));
  if (municipality.tag === 'select') {
    await type(page, 'Espoo');
  } else {
    await type(page, 'Espoo');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
  }
  await keyTo(page, button(/Lähetä tulos/));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /Tulos on lähetetty/.test(document.querySelector('digione-readiness-checker').shadowRoot.textContent), null, {
    timeout: 10_000,
  });
  const [result] = await rows('fi.digione.readiness.completed');
  assert.ok(result, 'the collector stored the result');
  assert.equal(result.widget, 'digione-readiness-checker');
  assert.equal(result.data.municipality?.code, '049', 'the municipality chosen by typing on the list');
  assert.equal(Object.keys(result.data.answers).length, answered, 'every answer given by keyboard was sent');
  await clean(page, log);
  await page.close();
});

const byId = (id) => (info) => info.id === id;

test('join form: an error on the way, the error summary, the combobox, and a submission, with the keyboard alone', async () => {
  const { page, log } = await open('/join.html');
  // straight to the submit button, every field passed on the way shows its focus
  await keyTo(page, button(/Lähetä ilmoitus/));
  await page.keyboard.press('Enter');
  // the error summary takes the focus, visibly
  const summary = await waitForFocus(page, (info) => info.hosts.length > 0 && info.tag !== 'button');
  assertVisibleFocus(summary);
  assert.match(summary.text, /Korjaa/);
  // its first link leads to the first field with an error
  await keyTo(page, link(/organisaation tyyppi/i));
  await page.keyboard.press('Enter');
  const radio = await waitForFocus(page, (info) => info.type === 'radio');
  assertVisibleFocus(radio);
  await page.keyboard.press('Space');
  assert.equal((await focusInfo(page)).checked, true);
  // the municipality from the official list with the combobox: type, arrow down, Enter
  await keyTo(page, byId('municipality'));
  await type(page, 'esb');
  await page.waitForFunction(() => document.querySelector('digione-join-form').shadowRoot.querySelector('[role="combobox"][aria-expanded="true"]'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /Espoo/.test(document.querySelector('digione-join-form').shadowRoot.querySelector('[role="combobox"]').value));
  await keyTo(page, byId('contactName'));
  await type(page, 'Liisa Laaksonen');
  await keyTo(page, byId('title'));
  await type(page, 'Sivistysjohtaja');
  await keyTo(page, byId('email'));
  await type(page, 'liisa.laaksonen@');
  // leaving a touched field with a bad address shows its error at once; Shift+Tab back to fix it
  await keyTo(page, byId('phone'));
  await page.waitForFunction(() => document.querySelector('digione-join-form').shadowRoot.querySelector('#email[aria-invalid="true"]'));
  await keyTo(page, byId('email'), { key: 'Shift+Tab' });
  await page.keyboard.press('End'); // tabbing into a text field selects its text
  await type(page, 'espoo.fi');
  await keyTo(page, byId('phone'));
  await type(page, '040 123 4567');
  await keyTo(page, (info) => info.type === 'checkbox' && info.id.startsWith('interests'));
  await page.keyboard.press('Space');
  await keyTo(page, (info) => info.type === 'radio' && info.id.startsWith('timeframe'));
  await page.keyboard.press('ArrowDown');
  await keyTo(page, byId('message'));
  await type(page, 'Haluamme aloittaa ensi lukukaudella.');
  await keyTo(page, byId('consent'));
  await page.keyboard.press('Space');
  await keyTo(page, button(/Lähetä ilmoitus/));
  await page.keyboard.press('Enter');
  // the success panel takes the focus
  const success = await waitForFocus(page, (info) => /Kiitos/.test(info.text));
  assertVisibleFocus(success);
  const [request] = await rows('fi.digione.join.requested');
  assert.ok(request, 'the collector stored the request');
  assert.equal(request.widget, 'digione-join-form');
  const data = JSON.stringify(request.data);
  for (const expected of ['Liisa Laaksonen', 'liisa.laaksonen@espoo.fi', '049', '+358401234567', 'Sivistysjohtaja']) {
    assert.ok(data.includes(expected), `${expected} in ${data}`);
  }
  await clean(page, log);
  await page.close();
});
