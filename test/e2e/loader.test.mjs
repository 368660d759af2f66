// The script tag as a loader (issue 10): dist/digione-widgets.js adds only the parts a page
// shows from dist/parts/ (each with the integrity its manifest holds), loads another language
// when the page switches without showing raw keys, shows a notice and retries when a part does
// not arrive (404, tampered, refused by Trusted Types), and keeps window.DigiOneWidgets working
// before its code has arrived. Real Chromium, the built dist/ served on 127.0.0.1; a part is made
// missing or tampered by the test server itself (support.mjs `intercept`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { importTs } from '../../scripts/import-ts.mjs';
import { usePages, watchConsole, root } from './support.mjs';
import { documentOf, pagesDir, SEED_EVENT, widgetsReady } from './pages/harness.mjs';

const version = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version;
const loader = readFileSync(`${root}dist/digione-widgets.js`, 'utf8');
/** The loader's manifest (scripts/build-parts.mjs): each file with its integrity, each entry as the files it needs. */
const manifestText = loader.match(/\{files:\[\[.*?\]\],entries:\{.*?\},api:\[.*?\]\}/)?.[0];
assert.ok(manifestText, 'the loader holds its manifest');
const manifest = new Function(`return ${manifestText}`)();
const integrityOf = new Map(manifest.files);
const partFiles = readdirSync(`${root}dist/parts`).filter((file) => file.endsWith('.js'));
assert.deepEqual([...integrityOf.keys()].sort(), [...partFiles].sort(), 'the manifest lists every file of dist/parts/');
/** The files an entry needs, e.g. `event-card` → [`shared-…js`, …, `event-card-…js`]. */
const filesOf = (entry) => manifest.entries[entry].map((index) => manifest.files[index][0]);
/** The entry's own file (the last it needs), e.g. `event-card` → `event-card-AbC123.js`. */
const part = (entry) => filesOf(entry).at(-1);

/** The dotted keys of the Finnish strings (`status.upcoming`, `calendar.button`, …): what a raw key looks like. */
const rawKeys = [];
for (const file of readdirSync(`${root}src/locales/fi`)) {
  const strings = (await importTs(`${root}src/locales/fi/${file}`)).default;
  const walk = (node, path) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value !== 'string') walk(value, [...path, key]);
      else if (path.length) rawKeys.push([...path, key].join('.'));
    }
  };
  walk(strings, []);
}
assert.ok(rawKeys.includes('status.upcoming') && rawKeys.includes('calendar.button'));

/** What the server does instead of serving a file: `{ pattern, fault: 'missing' | 'tampered' }`. */
let faults = [];
const tampered = (file) => {
  const code = readFileSync(`${root}dist/parts/${file}`);
  code[code.length - 1] = 0x20; // the last newline becomes a space: still valid JavaScript, another hash
  return code;
};
async function intercept(request, reply) {
  const path = request.url.split('?')[0];
  const fault = faults.find((f) => f.pattern.test(path));
  if (!fault) return;
  if (fault.fault === 'missing') return reply.code(404).type('text/plain').send('Not found');
  return reply.type('application/javascript; charset=utf-8').send(tampered(path.slice(path.lastIndexOf('/') + 1)));
}

const script = '<script src="/dist/digione-widgets.js" defer></script>';
const card = `<digione-event-card ${SEED_EVENT}></digione-event-card>`;
const js = (body) => ({ headers: { 'content-type': 'text/javascript; charset=utf-8' }, body });
const TT_DENIED = "script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const TT_ALLOWED = `${TT_DENIED} digione-lazy`;

const context = usePages(
  {
    '/one.html': { body: documentOf({ head: script, body: card }) },
    '/two.html': { body: documentOf({ head: script, body: card + card }) },
    '/switch.html': { body: documentOf({ head: script, body: `${card}<digione-readiness-checker></digione-readiness-checker>` }) },
    '/sv.html': { body: documentOf({ lang: 'sv', head: script, body: card }) },
    '/api.html': {
      body: documentOf({ head: '<script src="/dist/digione-widgets.js"></script><script src="/early.js"></script>', body: card }),
    },
    '/early.js': js(`// runs before any part has arrived
window.__early = { defined: !!customElements.get('digione-event-card') };
DigiOneWidgets.configure({ locale: 'sv' });
DigiOneWidgets.addResources('sv', 'event-card', { status: { upcoming: 'Snart' } });
try {
  DigiOneWidgets.buildIcs({ title: 'Tietoisku', start: new Date('2032-09-15T06:00:00Z'), end: new Date('2032-09-15T06:45:00Z') });
  window.__early.threw = null;
} catch (error) {
  window.__early.threw = { isError: error instanceof Error, message: String(error.message) };
}
`),
    '/tt-denied.html': { headers: { 'content-security-policy': TT_DENIED }, body: documentOf({ head: script, body: card }) },
    '/tt-allowed.html': { headers: { 'content-security-policy': TT_ALLOWED }, body: documentOf({ head: script, body: card }) },
  },
  { staticDirs: { '/pages/': pagesDir }, intercept },
);

async function open(path) {
  const page = await context.browser.newPage();
  const log = watchConsole(page);
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${context.url}${path}`);
  return { page, log, requests };
}

/** The text of each element's shadow root ('' while it has none). */
const shadowText = (page, selector = 'digione-event-card') =>
  page.locator(selector).evaluateAll((hosts) => hosts.map((host) => host.shadowRoot?.textContent ?? ''));
const notices = (page) =>
  page.locator('digione-event-card').evaluateAll((hosts) => hosts.map((host) => host.querySelector(':scope > [data-digione-notice]')?.textContent ?? null));
/** The loader's own console errors (Chromium's "Failed to load resource" lines are not its). */
const loaderErrors = (log) => log.errors.filter((text) => text.startsWith('digione-widgets:'));
const pageClean = async (page, log) => {
  assert.deepEqual(log.pageErrors, [], 'no exception escapes');
  assert.deepEqual(await page.evaluate(() => window.__errors), []);
};
const waitForNotice = (page) =>
  page.waitForFunction(() => [...document.querySelectorAll('digione-event-card')].every((host) => host.querySelector(':scope > [data-digione-notice]')), null, {
    polling: 50,
  });

test('one Finnish event card: the loader and exactly shared, common.fi, event-card.fi and event-card, each with the manifest’s integrity', async () => {
  faults = [];
  const { page, log, requests } = await open('/one.html');
  await widgetsReady(page, ['digione-event-card']);
  await page.waitForLoadState('networkidle');
  const expected = [...new Set(['shared', 'common.fi', 'event-card.fi', 'event-card'].flatMap(filesOf))];
  assert.deepEqual(
    expected.filter((file) => /^(readiness-checker|join-form|api|municipality|default-questionnaire)|\.(sv|en)-/.test(file)),
    [],
    'the event card needs nothing of the other widgets or languages',
  );
  const others = requests.filter((path) => !path.startsWith('/dist/') && !['/one.html', '/pages/csp-probe.js', '/favicon.ico'].includes(path));
  assert.deepEqual(others, [], 'nothing but the page, its probe and dist/');
  assert.deepEqual(
    requests.filter((path) => path.startsWith('/dist/')).sort(),
    ['/dist/digione-widgets.js', ...expected.map((file) => `/dist/parts/${file}`)].sort(),
  );
  const added = await page.evaluate(() =>
    [...document.querySelectorAll('script[src*="/dist/parts/"]')].map((element) => [
      element.src.slice(element.src.lastIndexOf('/') + 1),
      element.getAttribute('integrity'),
    ]),
  );
  assert.deepEqual(added.map(([file]) => file).sort(), [...expected].sort());
  for (const [file, integrity] of added) assert.equal(integrity, integrityOf.get(file), `integrity of ${file}`);
  assert.match((await shadowText(page))[0], /Tulossa/);
  assert.deepEqual(log.errors, []);
  await pageClean(page, log);
  await page.close();

  // two cards: every file once
  const two = await open('/two.html');
  await widgetsReady(two.page, ['digione-event-card']);
  await two.page.waitForLoadState('networkidle');
  const dist = two.requests.filter((path) => path.startsWith('/dist/'));
  assert.deepEqual(dist.sort(), ['/dist/digione-widgets.js', ...expected.map((file) => `/dist/parts/${file}`)].sort(), 'each file fetched once');
  // Chromium may merge two requests of one URL: the loader must not even ask twice
  const scripts = await two.page.evaluate(() =>
    [...document.querySelectorAll('script[src*="/dist/parts/"]')].map((element) => element.src.slice(element.src.lastIndexOf('/') + 1)),
  );
  assert.deepEqual(scripts.sort(), [...expected].sort(), 'one script element per file');
  assert.equal((await shadowText(two.page)).filter((text) => /Tulossa/.test(text)).length, 2);
  assert.deepEqual(two.log.errors, []);
  await pageClean(two.page, two.log);
  await two.page.close();
});

test('switching <html lang> to sv loads the Swedish strings and re-renders without a reload, never showing a raw key; an element with lang="en" added later is English', async () => {
  faults = [];
  const { page, log, requests } = await open('/switch.html');
  const tags = ['digione-event-card', 'digione-readiness-checker'];
  await widgetsReady(page, tags);
  const before = requests.length;
  assert.deepEqual(
    requests.filter((path) => /\.(sv|en)-/.test(path)),
    [],
    'no other language before the switch',
  );
  // sample both shadow texts every animation frame while the language switches
  await page.evaluate((list) => {
    const hosts = list.map((tag) => document.querySelector(tag));
    window.__samples = [];
    const tick = () => {
      window.__samples.push(hosts.map((host) => host.shadowRoot?.textContent ?? ''));
      if (!window.__stop) requestAnimationFrame(tick);
    };
    tick();
    document.documentElement.lang = 'sv';
  }, tags);
  await page.waitForFunction(
    () =>
      document.querySelector('digione-event-card').shadowRoot.textContent.includes('Kommande') &&
      document.querySelector('digione-readiness-checker').shadowRoot.textContent.includes('DigiOne-beredskapskartläggning'),
    null,
    { polling: 'raf', timeout: 10_000 },
  );
  // a few more frames after the switch
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
  const samples = await page.evaluate(() => {
    window.__stop = true;
    return window.__samples;
  });
  assert.ok(samples.length >= 3, `sampled ${samples.length} frames`);
  const keyPattern = new RegExp(`(?<![\\w.])(${rawKeys.map((key) => key.replaceAll('.', '\\.')).join('|')})(?![\\w])`);
  samples.forEach((texts, frame) =>
    texts.forEach((text, i) => {
      assert.ok(text.trim().length > 0, `${tags[i]} empty in frame ${frame}`);
      assert.doesNotMatch(text, keyPattern, `${tags[i]} shows a raw key in frame ${frame}`);
    }),
  );
  assert.ok(
    samples.some(([text]) => text.includes('Tulossa')),
    'the Finnish text stayed while Swedish was on its way',
  );
  const after = requests.slice(before);
  for (const entry of ['common.sv', 'event-card.sv', 'readiness-checker.sv']) assert.ok(after.includes(`/dist/parts/${part(entry)}`), `${entry} fetched`);
  assert.equal(requests.filter((path) => /\/digione-widgets\.js$/.test(path)).length, 1, 'no reload');

  // an English element added later
  await page.evaluate(() => {
    const english = document.createElement('digione-event-card');
    english.id = 'english';
    english.setAttribute('lang', 'en');
    english.setAttribute('heading', 'Info session');
    english.setAttribute('start', '2032-09-15T09:00');
    document.querySelector('main').append(english);
  });
  await page.waitForFunction(() => document.getElementById('english').shadowRoot?.textContent.includes('Upcoming'), null, { polling: 50 });
  assert.doesNotMatch(await page.locator('#english').evaluate((host) => host.shadowRoot.textContent), keyPattern);
  assert.ok(requests.includes(`/dist/parts/${part('event-card.en')}`));
  assert.deepEqual(log.errors, []);
  await pageClean(page, log);
  await page.close();
});

test('the widget’s part answers 404: a Finnish (or Swedish) notice, one console error naming it, no exception; `online` and re-adding the element try again', async () => {
  const file = part('event-card');
  const url = `${context.url}/dist/parts/${file}`;
  faults = [{ pattern: /\/event-card-[\w-]+\.js$/, fault: 'missing' }];
  const { page, log } = await open('/one.html');
  await waitForNotice(page);
  assert.match((await notices(page))[0], /^Tätä osaa ei voitu ladata/);
  assert.equal(await page.evaluate(() => customElements.get('digione-event-card')), undefined);
  assert.equal(log.errors.filter((text) => text.includes(url)).length, 1, `one console error names ${url}: ${JSON.stringify(log.errors)}`);
  assert.deepEqual(
    log.errors.filter((text) => !text.includes(url) && !text.startsWith('Failed to load resource')),
    [],
  );
  await pageClean(page, log);

  // the server is back; the page hears `online`
  faults = [];
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await widgetsReady(page, ['digione-event-card']);
  assert.deepEqual(await notices(page), [null], 'the notice is gone');
  assert.match((await shadowText(page))[0], /Tulossa/);
  await pageClean(page, log);
  await page.close();

  // a Swedish page: the Swedish notice; then re-adding the element retries without `online`
  faults = [{ pattern: /\/event-card-[\w-]+\.js$/, fault: 'missing' }];
  const sv = await open('/sv.html');
  await waitForNotice(sv.page);
  assert.match((await notices(sv.page))[0], /^Den här delen kunde inte laddas/);
  assert.equal(sv.log.errors.filter((text) => text.includes(url)).length, 1);
  faults = [];
  const fetchedBefore = sv.requests.filter((path) => path.endsWith(`/${file}`)).length;
  await sv.page.evaluate(() => {
    const element = document.querySelector('digione-event-card');
    element.remove();
    document.querySelector('main').append(element);
  });
  await widgetsReady(sv.page, ['digione-event-card']);
  assert.equal(sv.requests.filter((path) => path.endsWith(`/${file}`)).length, fetchedBefore + 1, 'fetched again');
  assert.match((await shadowText(sv.page))[0], /Kommande/);
  assert.deepEqual(await notices(sv.page), [null], 'the notice is gone');
  assert.equal(sv.log.errors.filter((text) => text.includes(url)).length, 1, 'no new error');
  await pageClean(sv.page, sv.log);
  await sv.page.close();
});

test('a tampered shared part (one byte): Chromium blocks it (SRI), the notice shows, a console error names it, nothing renders', async () => {
  const file = part('shared');
  faults = [{ pattern: /\/shared-[\w-]+\.js$/, fault: 'tampered' }];
  const { page, log } = await open('/one.html');
  await waitForNotice(page);
  faults = [];
  assert.match((await notices(page))[0], /^Tätä osaa ei voitu ladata/);
  assert.ok(
    log.errors.some((text) => /integrity/i.test(text) && text.includes(file)),
    `Chromium reports the integrity failure: ${JSON.stringify(log.errors)}`,
  );
  const own = loaderErrors(log);
  assert.equal(own.length, 1, JSON.stringify(own));
  assert.ok(own[0].includes(`${context.url}/dist/parts/${file}`));
  assert.deepEqual(
    await page.evaluate(() => ({
      defined: !!customElements.get('digione-event-card'),
      shadow: !!document.querySelector('digione-event-card').shadowRoot,
    })),
    { defined: false, shadow: false },
  );
  await pageClean(page, log);
  await page.close();
});

test('DigiOneWidgets before anything arrived: configure and addResources are queued (Swedish, "Snart"), buildIcs throws until ready, then works; version', async () => {
  faults = [];
  const { page, log } = await open('/api.html');
  const early = await page.evaluate(() => window.__early);
  assert.equal(early.defined, false, 'the early script ran before the widget arrived');
  assert.equal(early.threw?.isError, true, 'buildIcs threw before ready');
  assert.match(early.threw.message, /DigiOneWidgets\.ready/);
  await widgetsReady(page, ['digione-event-card']);
  const text = (await shadowText(page))[0];
  assert.match(text, /Snart/);
  assert.match(text, /Lägg till i kalendern/, 'Swedish');
  const result = await page.evaluate(async () => {
    const api = await DigiOneWidgets.ready;
    const event = { title: 'Tietoisku', start: new Date('2032-09-15T06:00:00Z'), end: new Date('2032-09-15T06:45:00Z') };
    return { same: api === DigiOneWidgets, ics: DigiOneWidgets.buildIcs(event, new Date('2032-01-01T00:00:00Z')), version: DigiOneWidgets.version };
  });
  assert.equal(result.same, true);
  assert.match(result.ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(result.ics, /DTSTART:20320915T060000Z/);
  assert.match(result.ics, /SUMMARY:Tietoisku/);
  assert.equal(result.version, version);
  assert.deepEqual(log.errors, []);
  await pageClean(page, log);
  await page.close();
});

test('Trusted Types without digione-lazy: nothing throws, the notice shows, the console names the policy; with it: renders, no violation', async () => {
  faults = [];
  const { page, log } = await open('/tt-denied.html');
  await waitForNotice(page);
  await pageClean(page, log);
  const own = loaderErrors(log);
  assert.equal(own.length, 1, JSON.stringify(log.errors));
  assert.match(own[0], /digione-lazy/);
  assert.ok(own[0].includes(`${context.url}/dist/parts/${part('shared')}`), 'it names the files');
  await page.close();

  const allowed = await open('/tt-allowed.html');
  await widgetsReady(allowed.page, ['digione-event-card']);
  assert.deepEqual(await allowed.page.evaluate(() => window.__violations), []);
  assert.deepEqual(await notices(allowed.page), [null]);
  assert.deepEqual(allowed.log.errors, []);
  await pageClean(allowed.page, allowed.log);
  await allowed.page.close();
});
