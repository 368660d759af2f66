// The iframe embed (dist/embed/index.html) as a CMS page uses it: a municipality's page on one
// origin embeds the page from another origin (the "CDN", serving dist/ as jsDelivr does), with
// and without the resizer; a person fills in the join form inside the iframe with the keyboard
// and it reaches a real receiver; the height message has the documented shape; hostile query
// values do nothing; axe finds nothing on the embedded page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchBrowser, servePages, startTestReceiver, watchConsole, root } from './support.mjs';
import { widgetsReady } from './pages/harness.mjs';

const integrity = JSON.parse(readFileSync(`${root}dist/integrity.json`, 'utf8'));
const axeSource = readFileSync(`${root}node_modules/axe-core/axe.min.js`, 'utf8');
const MINIMUM_HEIGHT = 900;
/** The widgets and the iframe titles the snippet gives them (Finnish). */
const AXE_WIDGETS = { 'join-form': 'DigiOne: liittymislomake', 'event-card': 'DigiOne: infotilaisuus', 'readiness-checker': 'DigiOne: valmiuskartoitus' };

let cdn;
let site;
let receiver;
let browser;
/** Query strings of the tests, by name, for the site's pages. */
let queries;

/** The municipality's page: the iframe snippet of the README (CONTRACT-16), optionally the resizer. */
function parentPage({ query, resizer, title = 'DigiOne: liittymislomake' }) {
  const script = resizer
    ? `<script src="${cdn.url}/dist/digione-embed-resizer.js" integrity="${integrity['digione-embed-resizer.js']}" crossorigin="anonymous" defer></script>`
    : '';
  return `<!doctype html><html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Esimerkkilän kunta</title>${script}</head><body><main><h1>DigiOneen liittyminen</h1>
<iframe src="${cdn.url}/dist/embed/index.html?${query}" title="${title}" width="100%" height="${MINIMUM_HEIGHT}" loading="lazy"></iframe>
<p>Sivun loppu</p></main></body></html>`;
}

/** The parent page's policy: scripts from itself and the CDN, frames from the CDN, no inline style. */
const parentCsp = () =>
  `default-src 'self'; script-src 'self' ${cdn.url}; style-src 'self'; frame-src ${cdn.url}; require-trusted-types-for 'script'; trusted-types 'none'`;

before(async () => {
  const registration = '<!doctype html><html lang="fi"><head><title>Ilmoittautuminen</title></head><body><main><h1>Ilmoittautuminen</h1></main></body></html>';
  cdn = await servePages({ '/registration.html': { body: registration } }, { cdn: true });
  receiver = await startTestReceiver(cdn.url);
  const endpoint = encodeURIComponent(`${receiver.url}/api/submissions`);
  queries = {
    join: `widget=join-form&endpoint=${endpoint}&privacy-url=${encodeURIComponent('https://www.esimerkkila.example/tietosuoja')}&lang=fi&municipality=Espoo&no-draft=1`,
    hostile: new URLSearchParams({
      widget: 'join-form',
      endpoint: 'javascript:alert(1)',
      'privacy-url': 'javascript:alert(2)',
      municipality: '<img src=x onerror=alert(3)>',
      onload: 'alert(4)',
      style: 'display:none',
    }).toString(),
    hostileCard: new URLSearchParams({
      widget: 'event-card',
      heading: '<img src=x onerror=alert(5)>',
      location: '<script src=/x.js></script>',
      start: '2099-09-15T09:00',
      'online-url': 'data:text/html,<script>alert(6)</script>',
      'registration-url': 'javascript:alert(7)',
      src: 'javascript:alert(8)',
      'heading-level': '<h1>',
    }).toString(),
    hostileWidget: new URLSearchParams({ widget: '<img src=x onerror=alert(9)>', lang: 'sv' }).toString(),
  };
  // the README's iframe snippet and its resizer snippet, pasted as they are (only the CDN address points here)
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const readmeSnippet = [...readme.matchAll(/```html\n([^]*?)```/g)]
    .map(([, code]) => code)
    .filter((code) => code.includes('/dist/embed/index.html') || code.includes('/dist/digione-embed-resizer.js'))
    .join('\n')
    .replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/digione-widgets@[\w.-]+\/dist\//g, `${cdn.url}/dist/`);
  const axePages = {
    '/readme.html': {
      body: `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Esimerkkilän kunta</title></head><body><main><h1>DigiOne</h1>\n${readmeSnippet}\n</main></body></html>`,
    },
  };
  for (const [widget, title] of Object.entries(AXE_WIDGETS)) {
    for (const lang of ['fi', 'sv', 'en']) {
      const query = new URLSearchParams({
        widget,
        lang,
        endpoint: `${receiver.url}/api/submissions`,
        'privacy-url': 'https://www.esimerkkila.example/tietosuoja',
      });
      // the card's heading goes under the parent page's h1, as the README tells the editor to set it
      if (widget === 'event-card') {
        for (const [name, value] of Object.entries({
          heading: 'Tietoisku DigiOnesta',
          'heading-level': '2',
          start: '2099-09-15T09:00',
          end: '2099-09-15T09:45',
          location: 'Kuntatalo',
        })) {
          query.set(name, value);
        }
      }
      axePages[`/axe-${widget}-${lang}.html`] = { body: parentPage({ query: query.toString(), resizer: true, title }) };
    }
  }
  site = await servePages({
    ...axePages,
    // a page of another origin that claims to be the embed: it posts a height message from inside the iframe
    '/forged.html': { body: '<!doctype html><html lang="fi"><head><title>Väärennös</title><script src="/forged.js"></script></head><body></body></html>' },
    '/forged.js': {
      headers: { 'content-type': 'text/javascript; charset=utf-8' },
      body: "parent.postMessage({ type: 'digione-embed-height', widget: 'join-form', height: 123 }, '*');",
    },
    '/with-resizer.html': { body: parentPage({ query: queries.join, resizer: true }), headers: { 'content-security-policy': parentCsp() } },
    '/card.html': {
      body: parentPage({
        query: new URLSearchParams({
          widget: 'event-card',
          heading: 'Tietoisku',
          start: '2099-09-15T09:00',
          'registration-url': '/registration.html',
        }).toString(),
        resizer: true,
        title: 'DigiOne: infotilaisuus',
      }),
    },
    // the resizer on a page without a CSP, whose iframe may be navigated elsewhere
    '/forgery.html': { body: parentPage({ query: queries.join, resizer: true }) },
    '/without-resizer.html': { body: parentPage({ query: queries.join, resizer: false }) },
    '/hostile.html': { body: parentPage({ query: queries.hostile, resizer: true }) },
    '/hostile-card.html': { body: parentPage({ query: queries.hostileCard, resizer: true }) },
    '/hostile-widget.html': { body: parentPage({ query: queries.hostileWidget, resizer: true }) },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await receiver?.close();
  await cdn?.close();
});

/**
 * Opens a parent page. Records, in the top page, every message it receives (with whether it came
 * from the iframe and its origin), and in every frame the CSP violations; collects dialogs and
 * every request the page makes.
 */
async function open(path, { width = 1024 } = {}) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const log = watchConsole(page);
  const dialogs = [];
  const requests = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
    if (window.top !== window) return;
    window.__messages = [];
    window.addEventListener('message', (event) => {
      const iframe = document.querySelector('iframe');
      window.__messages.push({ data: event.data, origin: event.origin, fromIframe: event.source === iframe?.contentWindow });
    });
  });
  await page.goto(`${site.url}${path}`);
  return { page, log, dialogs, requests };
}

/** The embedded document (a Playwright Frame), once its widget is defined and rendered. */
async function embedded(page, tag) {
  const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
  await frame.waitForURL(/\/dist\/embed\/index\.html/);
  await frame.waitForLoadState('domcontentloaded');
  if (tag) await widgetsReady(frame, [tag]);
  return frame;
}

/** The last height message the parent got from its iframe. */
async function lastHeightMessage(page) {
  await page.waitForFunction(() => window.__messages.some((m) => m.data?.type === 'digione-embed-height'));
  const messages = await page.evaluate(() => window.__messages.filter((m) => m.data?.type === 'digione-embed-height'));
  return messages.at(-1);
}

/** Waits until the iframe's height (its content box, without the border) settles: two equal readings 300 ms apart. */
async function settledIframeHeight(page) {
  let previous = -1;
  for (let i = 0; i < 40; i++) {
    const height = await page.locator('iframe').evaluate((iframe) => iframe.clientHeight);
    if (height === previous) return height;
    previous = height;
    await page.waitForTimeout(300);
  }
  throw new Error('the iframe height did not settle');
}

test('with the resizer: the height message has the documented shape and the iframe takes that height, under a strict CSP on the parent', async () => {
  const { page, log } = await open('/with-resizer.html');
  const frame = await embedded(page, 'digione-join-form');
  const height = await settledIframeHeight(page);
  const message = await lastHeightMessage(page);
  assert.deepEqual(Object.keys(message.data).sort(), ['height', 'type', 'widget']);
  assert.equal(message.data.type, 'digione-embed-height');
  assert.equal(message.data.widget, 'join-form');
  assert.ok(Number.isInteger(message.data.height), 'a whole number of CSS pixels');
  assert.equal(message.fromIframe, true);
  assert.equal(message.origin, cdn.url);
  assert.equal(height, message.data.height, 'the resizer set the iframe to the reported height');
  assert.notEqual(height, MINIMUM_HEIGHT);
  // it fits: the embedded page has nothing to scroll
  const inner = await frame.evaluate(() => ({ scroll: document.scrollingElement.scrollHeight, client: document.scrollingElement.clientHeight }));
  assert.ok(inner.scroll <= inner.client, `no scrolling inside (${inner.scroll} > ${inner.client})`);
  // set through the CSSOM, which the parent's CSP allows (no violation, the attribute untouched)
  assert.equal(await page.locator('iframe').getAttribute('height'), String(MINIMUM_HEIGHT));
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(await frame.evaluate(() => window.__violations), []);
  assert.deepEqual(log.pageErrors, []);

  // the height follows the content: the errors of an empty submit make the form taller
  await frame.locator('digione-join-form button[type="submit"]').click();
  await frame.locator('digione-join-form [aria-invalid="true"]').first().waitFor();
  const taller = await settledIframeHeight(page);
  assert.ok(taller > height, `the iframe grew with the error messages (${height} → ${taller})`);
  assert.equal(taller, (await lastHeightMessage(page)).data.height);
  await page.close();
});

test('the resizer takes a height only from the iframe’s own window and the origin of its src', async () => {
  const { page } = await open('/forgery.html');
  const frame = await embedded(page, 'digione-join-form');
  const height = await settledIframeHeight(page);
  assert.notEqual(height, MINIMUM_HEIGHT, 'the resizer sized the iframe from the embed’s own message');
  // from the parent page itself: not the iframe's window
  await page.evaluate(() => window.postMessage({ type: 'digione-embed-height', widget: 'join-form', height: 77 }, '*'));
  await page.waitForFunction(() => window.__messages.some((m) => m.data?.height === 77));
  assert.equal(await settledIframeHeight(page), height);
  // from inside the iframe, but a page of another origin than its src
  await frame.goto(`${site.url}/forged.html`);
  await page.waitForFunction(() => window.__messages.some((m) => m.data?.height === 123 && m.fromIframe));
  assert.equal(await settledIframeHeight(page), height, 'the forged height is ignored');
  await page.close();
});

test('the README’s iframe and resizer snippets, pasted as they are: the join form renders with their parameters and the iframe is sized', async () => {
  const { page, log } = await open('/readme.html');
  assert.equal(await page.locator('iframe').count(), 1);
  assert.equal(await page.locator('script[src$="/dist/digione-embed-resizer.js"][integrity]').count(), 1);
  const frame = await embedded(page, 'digione-join-form');
  const attributes = await frame
    .locator('digione-join-form')
    .evaluate((element) => Object.fromEntries(element.getAttributeNames().map((n) => [n, element.getAttribute(n)])));
  assert.deepEqual(attributes, {
    endpoint: 'https://vastaanotto.example.fi/api/submissions',
    'privacy-url': 'https://www.kunta.fi/tietosuoja/digione',
    lang: 'fi',
  });
  const height = await settledIframeHeight(page);
  assert.equal(height, (await lastHeightMessage(page)).data.height, 'the resizer from the README sized the iframe');
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('a person fills in the join form inside the iframe with the keyboard; the receiver stores it (CORS: the embed’s origin)', async () => {
  const { page, log } = await open('/with-resizer.html', { width: 800 });
  const frame = await embedded(page, 'digione-join-form');
  const form = frame.locator('digione-join-form');
  // the municipality parameter preselected Espoo
  assert.match(await form.getByRole('combobox', { name: 'Kunta' }).inputValue(), /Espoo/);
  await form.getByLabel('Yhteyshenkilö').focus();
  await page.keyboard.type('Maija Meikäläinen');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Sivistysjohtaja');
  await form.getByLabel('Työsähköposti').focus();
  await page.keyboard.type('maija.meikalainen@espoo.example');
  await form.getByLabel('Käyttäjätunnistus ja MPASSid').focus();
  await page.keyboard.press('Space');
  await form.getByLabel('Ensi lukukaudella').focus();
  await page.keyboard.press('Space');
  await form.locator('#consent').focus();
  await page.keyboard.press('Space');
  await form.locator('button[type="submit"]').focus();
  await page.keyboard.press('Enter');
  await form.getByText(/Kiitos, ilmoitus on lähetetty/).waitFor();

  const rows = await receiver.store.rows({ type: 'fi.digione.join.requested' });
  assert.equal(rows.length, 1, 'one stored row');
  const { envelope } = rows[0];
  assert.equal(envelope.data.contactName, 'Maija Meikäläinen');
  assert.equal(envelope.data.email, 'maija.meikalainen@espoo.example');
  assert.deepEqual(envelope.data.interests, ['identity']);
  assert.deepEqual(envelope.data.municipality, { code: '049', name: 'Espoo – Esbo' });
  assert.equal(envelope.source, `${cdn.url}/dist/embed/index.html`, 'the source is the embed page, without its query');
  assert.deepEqual(log.pageErrors, []);
  // the height follows the thank-you view too
  assert.equal(await settledIframeHeight(page), (await lastHeightMessage(page)).data.height);
  await page.close();
});

test('the event card in the iframe: the calendar file downloads, the registration link opens in place of the page, not inside the iframe', async () => {
  const { page, log } = await open('/card.html');
  const frame = await embedded(page, 'digione-event-card');
  const card = frame.locator('digione-event-card');
  await card.locator('button[aria-controls]').click();
  const download = page.waitForEvent('download');
  await card.locator('a[download]').click();
  assert.equal((await download).suggestedFilename(), 'tietoisku.ics');
  await page.keyboard.press('Escape');
  await card.locator('a.button').click();
  // a relative link resolves against the embed page (the CDN), as the element resolves it against its page
  await page.waitForURL(`${cdn.url}/registration.html`);
  assert.equal(await page.title(), 'Ilmoittautuminen');
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('without the resizer: the iframe keeps its 900 px and the embedded page scrolls inside', async () => {
  const { page, log } = await open('/without-resizer.html', { width: 400 });
  const frame = await embedded(page, 'digione-join-form');
  const message = await lastHeightMessage(page); // the page reports its height all the same
  assert.ok(message.data.height > MINIMUM_HEIGHT, `the form is taller than the iframe at 400 px (${message.data.height})`);
  assert.equal(await settledIframeHeight(page), MINIMUM_HEIGHT);
  const inner = await frame.evaluate(() => ({ scroll: document.scrollingElement.scrollHeight, client: document.scrollingElement.clientHeight }));
  assert.equal(inner.client, MINIMUM_HEIGHT);
  assert.ok(inner.scroll > inner.client, 'there is more to scroll to inside');
  // the keyboard reaches the submit button at the bottom: the iframe scrolls it into view
  await frame.locator('digione-join-form button[type="submit"]').focus();
  assert.ok((await frame.evaluate(() => window.scrollY)) > 0, 'the embedded page scrolled');
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

/** Every element in a document and its shadow roots, by tag name. */
const allTags = (frame) =>
  frame.evaluate(() => {
    const tags = [];
    const visit = (root) => {
      for (const element of root.querySelectorAll('*')) {
        tags.push(element.localName);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return tags;
  });

test('javascript: URLs and markup in the query do nothing: no dialog, no element, no request; the values are dropped or shown as text', async () => {
  const { page, dialogs, requests, log } = await open('/hostile.html');
  const frame = await embedded(page, 'digione-join-form');
  const attributes = await frame.locator('digione-join-form').evaluate((element) => element.getAttributeNames().sort());
  assert.deepEqual(attributes, [], 'the javascript: endpoint and privacy-url, the markup municipality and the unknown parameters are not set');
  assert.ok(
    log.warnings.some((text) => text.includes('ignored endpoint, privacy-url, municipality')),
    'the console names what was dropped',
  );
  assert.ok(!(await allTags(frame)).includes('img'));
  await page.close();

  const card = await open('/hostile-card.html');
  const cardFrame = await embedded(card.page, 'digione-event-card');
  const element = cardFrame.locator('digione-event-card');
  assert.deepEqual(await element.evaluate((e) => e.getAttributeNames().sort()), ['heading', 'location', 'start']);
  const text = await element.evaluate((e) => e.shadowRoot.textContent);
  assert.ok(text.includes('<img src=x onerror=alert(5)>'), 'the heading is shown as text');
  assert.ok(text.includes('<script src=/x.js></script>'), 'the location is shown as text');
  const tags = await allTags(cardFrame);
  const ownScripts = await cardFrame.evaluate(() => [...document.scripts].filter((script) => !new URL(script.src).pathname.includes('/parts/')).length);
  assert.ok(!tags.includes('img') && ownScripts === 2, 'no element from the query (the two scripts are the page’s own, the rest the loader’s parts)');
  assert.equal(await cardFrame.locator('a[href^="javascript:"], a[href^="data:"]').count(), 0);
  await card.page.close();

  const widget = await open('/hostile-widget.html');
  const widgetFrame = await embedded(widget.page);
  await widgetFrame.locator('.embed-problem').waitFor();
  assert.equal(await widgetFrame.evaluate(() => document.documentElement.lang), 'sv');
  assert.match(await widgetFrame.locator('.embed-problem').textContent(), /^Inbäddningsadressens widget ”<img src=x onerror=alert\(9\)>” är okänd/);
  assert.ok(!(await allTags(widgetFrame)).includes('img'));
  await widget.page.close();

  for (const opened of [{ dialogs, requests }, card, widget]) {
    assert.deepEqual(opened.dialogs, [], 'no dialog');
    assert.deepEqual(
      opened.requests.filter((url) => /\/x(\.js)?$|^javascript:|^data:/.test(url)),
      [],
      'no request for anything named in the query',
    );
  }
});

test('a missing widget: a short message in the page’s language, Finnish by default', async () => {
  const page = await browser.newPage();
  await page.goto(`${cdn.url}/dist/embed/index.html`);
  await page.locator('.embed-problem').waitFor();
  assert.match(await page.locator('.embed-problem').textContent(), /^Upotusosoitteesta puuttuu widget/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fi');
  await page.goto(`${cdn.url}/dist/embed/index.html?lang=en&widget=`);
  assert.match(await page.locator('.embed-problem').textContent(), /^The embed address names no widget/);
  await page.close();
});

test('axe finds nothing on a page with the embed, the embedded page included, for each widget in fi, sv and en', async () => {
  for (const widget of Object.keys(AXE_WIDGETS)) {
    for (const lang of ['fi', 'sv', 'en']) {
      const { page, log } = await open(`/axe-${widget}-${lang}.html`);
      const frame = await embedded(page, `digione-${widget}`);
      assert.equal(await frame.evaluate(() => document.documentElement.lang), lang);
      assert.match(await frame.title(), /^DigiOne: /);
      // through the DevTools protocol: the embedded page's CSP allows no injected script
      // axe talks to a frame of another origin only when both sides allow it
      for (const context of [frame, page]) {
        await context.evaluate(axeSource);
        await context.evaluate((origin) => window.axe.configure({ allowedOrigins: ['<same_origin>', origin] }), context === frame ? site.url : cdn.url);
      }
      // from the parent page, as a person meets it: axe walks into the iframe (the page's h1 is
      // the parent's, the widget's headings continue its outline)
      const { violations, checkedInside } = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'], iframes: true });
        return {
          violations: result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')} — ${v.help}`),
          // a target with two selectors (the iframe, then inside it): axe did look into the embed
          checkedInside: result.passes.filter((p) => p.nodes.some((n) => n.target.length > 1)).length,
        };
      });
      assert.deepEqual(violations, [], `axe on ${widget} (${lang})`);
      assert.ok(checkedInside > 5, `axe checked the embedded page (${checkedInside} rules passed inside)`);
      assert.deepEqual(log.pageErrors, []);
      await page.close();
    }
  }
});
