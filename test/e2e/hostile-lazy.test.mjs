// The lazy loader (dist/digione-lazy.js) on a strict page: nothing of the widgets is loaded
// while no DigiOne element is near the viewport; scrolling to one, or a script adding one, loads
// the bundle (SRI-pinned), and the widget renders, with Trusted Types enforced and no violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { usePages, watchConsole, root } from './support.mjs';
import { documentOf, pagesDir, STRICT_CSP, SEED_EVENT, widgetsReady } from './pages/harness.mjs';

const integrity = `sha384-${createHash('sha384')
  .update(readFileSync(`${root}dist/digione-widgets.js`))
  .digest('base64')}`;
// the loader's own Trusted Types policy is named in the page's list, as the README says
const csp = { 'content-security-policy': STRICT_CSP };
const lazy = (extra = '') => `<link rel="stylesheet" href="/pages/lazy.css"><script src="/dist/digione-lazy.js" defer${extra}></script>`;

const context = usePages(
  {
    '/below.html': {
      headers: csp,
      body: documentOf({
        head: lazy(` data-integrity="${integrity}"`),
        body: `<div class="spacer"></div><digione-event-card ${SEED_EVENT}></digione-event-card>`,
      }),
    },
    '/empty.html': { headers: csp, body: documentOf({ head: lazy(), body: '<p>Ei vielä widgettejä.</p>' }) },
    '/favicon.ico': { headers: { 'content-type': 'image/x-icon' }, body: '' },
  },
  { staticDirs: { '/pages/': pagesDir } },
);

async function open(path) {
  const page = await context.browser.newPage({ viewport: { width: 1024, height: 700 } });
  const log = watchConsole(page);
  const bundleRequests = [];
  page.on('request', (request) => request.url().endsWith('/digione-widgets.js') && bundleRequests.push(request.url()));
  await page.goto(`${context.url}${path}`);
  // the loader has run (it is deferred) and two frames have passed for its observers
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return { page, log, bundleRequests };
}

const clean = async (page, log) => {
  assert.deepEqual(await page.evaluate(() => ({ violations: window.__violations, errors: window.__errors })), { violations: [], errors: [] });
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.errors, []);
};

test('a widget far below the fold: no bundle until it comes near; then it loads (SRI) and renders', async () => {
  const { page, log, bundleRequests } = await open('/below.html');
  assert.deepEqual(bundleRequests, [], 'nothing loaded up front');
  assert.equal(await page.evaluate(() => customElements.get('digione-event-card')), undefined);
  await page.evaluate(() => document.querySelector('digione-event-card').scrollIntoView());
  await widgetsReady(page, ['digione-event-card']);
  assert.equal(bundleRequests.length, 1);
  assert.equal(await page.evaluate(() => document.querySelector('script[src$="digione-widgets.js"]').integrity.startsWith('sha384-')), true);
  await clean(page, log);
  await page.close();
});

test('an element a script adds later is found, and the bundle is loaded once', async () => {
  const { page, log, bundleRequests } = await open('/empty.html');
  assert.deepEqual(bundleRequests, []);
  await page.evaluate(() => {
    const form = document.createElement('digione-join-form');
    form.setAttribute('privacy-url', '/tietosuoja.html');
    const card = document.createElement('digione-event-card');
    card.setAttribute('heading', 'Lisätty myöhemmin');
    card.setAttribute('start', '2032-09-15T09:00');
    document.querySelector('main').append(card, form);
  });
  await widgetsReady(page, ['digione-event-card', 'digione-join-form']);
  assert.equal(bundleRequests.length, 1);
  await clean(page, log);
  await page.close();
});
