// The no-code snippet builder (dist/builder/, the built static folder) as a web editor uses it,
// with the keyboard alone: the join form's endpoint and privacy notice, a municipality from the
// combobox, a primary colour with too little contrast (the warning shows), then a fixed one, the
// script location pointed at this server's dist/, and "Copy". A second page made from exactly
// the copied snippet renders the widget in that colour and posts to a real receiver, which
// stores the row. Also: axe on the builder in its states and languages, 320 px reflow, and the
// iframe snippet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchBrowser, root, servePages, startTestReceiver, watchConsole } from './support.mjs';
import { assertVisibleFocus, axeViolations, button, focusInfo, keyTo, widgetsReady } from './pages/harness.mjs';

const pages = {
  '/from-snippet.html': { body: '' },
  '/tietosuoja.html': { body: '<!doctype html><html lang="fi"><title>Tietosuoja</title><p>Tietosuojaseloste</p></html>' },
};
const BUILDER = '/dist/builder/index.html';
const TAG = 'digione-snippet-builder';

let server;
let receiver;
let browser;
before(async () => {
  server = await servePages(pages);
  receiver = await startTestReceiver(server.url);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await receiver?.close();
  await server?.close();
});

const byId = (id) => (info) => info.id === id;
const inBuilder = (page, selector) => page.locator(`${TAG} ${selector}`);
const violations = (page) => page.evaluate(() => window.__violations);

async function openBuilder(context, viewport = { width: 1280, height: 900 }) {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const log = watchConsole(page);
  // the page's own CSP (a meta tag: strict, Trusted Types): every violation is kept and must stay none
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(`${server.url}${BUILDER}`);
  await page.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('#preview digione-join-form')?.shadowRoot, TAG);
  return { page, log };
}

/** Replaces the text of the focused field, as a person does: select all, type. */
async function retype(page, text) {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

const axeSource = readFileSync(`${root}node_modules/axe-core/axe.min.js`, 'utf8');
/** axe-core, evaluated through the DevTools protocol: the page's strict CSP forbids adding a script. */
async function axe(page, state) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `axe on the builder: ${state}`);
}

test('keyboard alone: a join form snippet with a colour fixed after the contrast warning, copied, pasted on a page that posts to the receiver', async () => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const { page, log } = await openBuilder(context);
  const endpoint = `${receiver.url}/api/submissions`;
  const scriptUrl = `${server.url}/dist/digione-widgets.js`;

  await keyTo(page, byId('endpoint'));
  await page.keyboard.type(endpoint);
  await keyTo(page, byId('privacy-url'));
  await page.keyboard.type(`${server.url}/tietosuoja.html`);
  // the join form's own municipality combobox: type, arrow down, Enter
  await keyTo(page, byId('municipality'));
  await page.keyboard.type('esp');
  await page.waitForFunction((tag) => document.querySelector(tag).shadowRoot.querySelector('#municipality[aria-expanded="true"]'), TAG);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForFunction((tag) => /Espoo/.test(document.querySelector(tag).shadowRoot.querySelector('#municipality').value), TAG);

  // a pale primary under white button text: the warning shows
  await keyTo(page, byId('colour-primary'));
  await retype(page, '#99ccff');
  await page.keyboard.press('Tab');
  const warning = inBuilder(page, '.contrast li').filter({ hasText: 'Teksti päävärin päällä' }).locator('.fails');
  await warning.waitFor();
  assert.match(await warning.textContent(), /Liian heikko kontrasti: 1,[0-9]:1, vähintään 4,5:1 tarvitaan/);
  assert.match(await inBuilder(page, 'fieldset p.status').textContent(), /väriparia alittaa vaatimuksen/);
  // the preview already wears it
  const previewButton = page.locator(`${TAG} #preview digione-join-form button[type="submit"]`);
  assert.equal(await previewButton.evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(153, 204, 255)');

  // fixed: back to the field with Shift+Tab
  await keyTo(page, byId('colour-primary'), { key: 'Shift+Tab' });
  await retype(page, '#00507a');
  await page.waitForFunction((tag) => !document.querySelector(tag).shadowRoot.querySelector('.contrast .fails'), TAG);
  assert.match(await inBuilder(page, 'fieldset p.status').textContent(), /Kaikki väriparit täyttävät vaatimuksen/);

  // the script from this server's dist/ (its own copy) instead of the CDN
  await keyTo(page, byId('script-location-cdn'));
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction((tag) => document.querySelector(tag).shadowRoot.querySelector('#script-url'), TAG);
  await keyTo(page, byId('script-url'));
  await page.keyboard.type(scriptUrl);

  await keyTo(page, button(/^Kopioi koodi$/));
  await page.keyboard.press('Enter');
  await inBuilder(page, 'p.status').filter({ hasText: 'Koodi on kopioitu leikepöydälle.' }).waitFor();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(snippet, await inBuilder(page, '#snippet-script').inputValue(), 'the clipboard holds the snippet shown');

  const { 'digione-widgets.js': integrity } = JSON.parse(readFileSync(`${root}dist/integrity.json`, 'utf8'));
  assert.ok(snippet.includes(`<script src="${scriptUrl}" integrity="${integrity}" crossorigin="anonymous" defer></script>`), snippet);
  assert.ok(snippet.includes('<style>\ndigione-join-form {\n  --digione-color-primary: #00507a;\n}\n</style>'), 'only the changed token');
  assert.equal((snippet.match(/--digione-/g) ?? []).length, 1, snippet);
  assert.ok(
    snippet.includes(`<digione-join-form endpoint="${endpoint}" privacy-url="${server.url}/tietosuoja.html" municipality="049"></digione-join-form>`),
    snippet,
  );
  assert.match(
    snippet,
    /<noscript><a href="http:\/\/127\.0\.0\.1:\d+\/dist\/embed\/index\.html\?widget=join-form&amp;endpoint=[^"]+">DigiOne: liittymislomake/,
  );
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(await violations(page), [], 'no CSP or Trusted Types violation on the builder');

  // a second page made from exactly that snippet
  pages['/from-snippet.html'].body = `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Kunnan sivu</title></head>
<body><main><h1>Liity DigiOneen</h1>
${snippet}
</main></body></html>`;
  const municipal = await context.newPage();
  const municipalLog = watchConsole(municipal);
  await municipal.goto(`${server.url}/from-snippet.html`);
  await widgetsReady(municipal, ['digione-join-form']);
  const form = municipal.locator('digione-join-form');
  assert.equal(await form.locator('button[type="submit"]').evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(0, 80, 122)', 'the chosen colour');
  await form.locator('#organisationType-municipality').check();
  assert.match(await form.locator('#municipality').inputValue(), /Espoo/, 'the preset municipality');
  await form.locator('#contactName').fill('Liisa Laaksonen');
  await form.locator('#title').fill('Sivistysjohtaja');
  await form.locator('#email').fill('liisa.laaksonen@espoo.fi');
  await form.locator('#interests-identity').check();
  await form.locator('#timeframe-next-term').check();
  await form.locator('#consent').check();
  await form.locator('button[type="submit"]').click();
  await form
    .getByText(/Kiitos/)
    .first()
    .waitFor();
  const [row] = await receiver.store.rows({ type: 'fi.digione.join.requested' });
  assert.ok(row, 'the receiver stored the request');
  assert.equal(row.envelope.widget, 'digione-join-form');
  assert.equal(row.envelope.source, `${server.url}/from-snippet.html`);
  const data = JSON.stringify(row.envelope.data);
  for (const expected of ['Liisa Laaksonen', 'liisa.laaksonen@espoo.fi', '049']) assert.ok(data.includes(expected), `${expected} in ${data}`);
  assert.deepEqual(municipalLog.pageErrors, []);
  await context.close();
});

test('bad input: a clear message on the field, nothing typed lost, and Copy leads to the error summary', async () => {
  const context = await browser.newContext();
  const { page } = await openBuilder(context);
  await keyTo(page, byId('endpoint'));
  await page.keyboard.type('http://vastaanotto.example.fi/api');
  await page.keyboard.press('Tab');
  await inBuilder(page, '#endpoint-error').waitFor();
  assert.match(await inBuilder(page, '#endpoint-error').textContent(), /Widget ei lähetä tähän osoitteeseen/);
  assert.equal(await inBuilder(page, '#endpoint').getAttribute('aria-invalid'), 'true');
  assert.equal(await inBuilder(page, '#endpoint').inputValue(), 'http://vastaanotto.example.fi/api', 'the text stays');
  assert.ok(!(await inBuilder(page, '#snippet-script').inputValue()).includes('vastaanotto.example.fi'), 'a refused value stays out of the snippet');
  await keyTo(page, button(/^Kopioi koodi$/));
  await page.keyboard.press('Enter');
  // the summary takes the focus and links to each field
  await page.waitForFunction((tag) => document.querySelector(tag).shadowRoot.activeElement?.classList.contains('error-summary'), TAG);
  const links = await inBuilder(page, '.error-summary a').allTextContents();
  assert.deepEqual(links, [
    'Vastaanottajan osoite (endpoint): Widget ei lähetä tähän osoitteeseen: käytä https://-osoitetta tai polkua omalla sivustolla.',
    'Tietosuojaselosteen osoite (privacy-url): Tämä tieto on pakollinen.',
  ]);
  await keyTo(page, (info) => info.tag === 'a' && /endpoint/.test(info.text));
  await page.keyboard.press('Enter');
  const focused = await focusInfo(page);
  assert.equal(focused.id, 'endpoint');
  assertVisibleFocus(focused);
  await context.close();
});

test('the iframe snippet, the builder in Swedish and English, the preview at phone and desktop width', async () => {
  const context = await browser.newContext();
  const { page, log } = await openBuilder(context);
  await inBuilder(page, '#widget-event-card').check();
  await inBuilder(page, '#heading').fill('Tietoisku "DigiOne" <b>');
  await inBuilder(page, '#start').fill('2026-09-15T09:00');
  await page.waitForFunction((tag) => document.querySelector(tag).shadowRoot.querySelector('#preview digione-event-card'), TAG);
  const iframe = await inBuilder(page, '#snippet-iframe').inputValue();
  assert.equal(
    iframe,
    '<iframe src="https://cdn.jsdelivr.net/npm/digione-widgets@0.1.0/dist/embed/index.html?widget=event-card&amp;heading=Tietoisku+%22DigiOne%22+%3Cb%3E&amp;start=2026-09-15T09%3A00" title="DigiOne: infotilaisuus" width="100%" height="900" loading="lazy"></iframe>',
  );
  assert.ok((await inBuilder(page, '#snippet-script').inputValue()).includes('heading="Tietoisku &quot;DigiOne&quot; &lt;b&gt;"'));
  // the preview: 360 px, then the full width; in Swedish
  const width = () => page.locator(`${TAG} #preview`).evaluate((el) => el.getBoundingClientRect().width);
  assert.equal(await width(), 360);
  await inBuilder(page, '#preview-width-desktop').check();
  assert.ok((await width()) > 500);
  await inBuilder(page, '#preview-language-sv').check();
  await page.waitForFunction((tag) => document.querySelector(tag).shadowRoot.querySelector('#preview digione-event-card[lang="sv"]'), TAG);
  await axe(page, 'event card, fi, desktop preview in Swedish');
  for (const [lang, title] of [
    ['sv', 'Kodbyggare för DigiOne-widgetar'],
    ['en', 'DigiOne widget snippet builder'],
  ]) {
    await inBuilder(page, `#ui-language-${lang}`).check();
    await page.waitForFunction((expected) => document.title === expected, title);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    await axe(page, `builder in ${lang}`);
  }
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(await violations(page), []);
  await context.close();
});

test('axe in every state of the join form snippet, and reflow at 320 px', async () => {
  const context = await browser.newContext();
  const { page, log } = await openBuilder(context, { width: 320, height: 800 });
  await axe(page, 'initial, 320 px');
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320, 'no horizontal scrolling at 320 px');
  await inBuilder(page, '#colour-primary').fill('#99ccff');
  await inBuilder(page, '#colour-border').fill('vihreä');
  await inBuilder(page, '#colour-border').blur();
  await inBuilder(page, '#colour-border-error').waitFor();
  await axe(page, 'contrast warnings and a colour error');
  await page.locator(`${TAG} button`, { hasText: 'Kopioi koodi' }).first().click();
  await inBuilder(page, '.error-summary').waitFor();
  await axe(page, 'error summary');
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320, 'no horizontal scrolling with the errors shown');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
