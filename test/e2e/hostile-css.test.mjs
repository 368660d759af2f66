// The widgets on a hostile page, part 2: aggressive global CSS of the host page must not change
// how they look, and they reflow at 320 px and with 200 % text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { usePages, watchConsole } from './support.mjs';
import { answerChecker, documentOf, pagesDir, SEED_EVENT, TAGS, widgetsReady, shadowStyles, overflowOf } from './pages/harness.mjs';

const widgets = `<digione-event-card ${SEED_EVENT} online-url="https://www.example.fi/tietoisku"
  registration-url="https://www.example.fi/ilmoittaudu" description="Kerromme, miten ekosysteemiin liitytään, ja vastaamme kysymyksiin."></digione-event-card>
<digione-readiness-checker municipality="Esimerkkilä"></digione-readiness-checker>
<digione-join-form endpoint="/api/submissions" privacy-url="/tietosuoja.html" no-draft></digione-join-form>`;

// What a person sees: text, colours, sizes and spacing of every element inside the widgets.
const LOOK = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'color',
  'letter-spacing',
  'word-spacing',
  'text-indent',
  'text-shadow',
  'white-space',
  'font-variant-caps',
  'text-transform',
  'background-color',
  'padding-top',
  'padding-left',
  'margin-top',
  'border-top-width',
  'min-height',
  'display',
  'box-sizing',
  'width',
  'height',
  'list-style-type',
  'visibility',
];

const context = usePages(
  {
    '/plain.html': { body: documentOf({ head: '<script src="/dist/digione-widgets.js" defer></script>', body: widgets }) },
    '/hostile.html': {
      body: documentOf({ head: '<link rel="stylesheet" href="/pages/hostile.css"><script src="/dist/digione-widgets.js" defer></script>', body: widgets }),
    },
    '/favicon.ico': { headers: { 'content-type': 'image/x-icon' }, body: '' },
  },
  { staticDirs: { '/pages/': pagesDir } },
);

async function open(path, { width = 1024, height = 800 } = {}) {
  const page = await context.browser.newPage({ viewport: { width, height } });
  const log = watchConsole(page);
  await page.goto(`${context.url}${path}`);
  await widgetsReady(page);
  return { page, log };
}

/** The differences in LOOK between the widgets of two pages, element by element. */
async function differencesBetween(plainPage, hostilePage) {
  const differences = [];
  for (const tag of TAGS) {
    const expected = await shadowStyles(plainPage, tag, LOOK);
    const actual = await shadowStyles(hostilePage, tag, LOOK);
    assert.equal(actual.length, expected.length, `${tag}: the same elements`);
    actual.forEach((row, index) => {
      for (const prop of LOOK) {
        if (row[prop] !== expected[index][prop]) differences.push(`${row.path} ${prop}: ${expected[index][prop]} → ${row[prop]}`);
      }
    });
  }
  return differences;
}

test('aggressive host CSS (* { font … !important }, button { all: unset }, [hidden] …) does not reach inside', async () => {
  const plain = await open('/plain.html');
  const hostile = await open('/hostile.html');
  // the hostile sheet is in force on the page itself
  assert.equal(await hostile.page.evaluate(() => getComputedStyle(document.querySelector('main')).fontSize), '30px');
  assert.deepEqual(await differencesBetween(plain.page, hostile.page), []);
  assert.deepEqual(hostile.log.pageErrors, []);
  await plain.page.close();
  await hostile.page.close();
});

test('reflow at 320 px: no horizontal scrolling inside the widgets, nothing reaches past the edge', async () => {
  const { page } = await open('/plain.html', { width: 320, height: 640 });
  for (const tag of TAGS) assert.deepEqual(await overflowOf(page, tag), [], tag);
  await page.close();
});

// 200 % text the way a reader gets it: the browser's default font size doubled (CDP
// Page.setFontSizes, the same setting as chrome://settings/fonts). The widgets size their text
// from `medium`, so this doubles all their text while px-based page chrome stays; browser zoom
// instead would scale everything and only narrow the viewport, which the 320 px test covers.
test('200 % text (browser default font size 32 px) at 640 px: no horizontal scrolling, nothing cut off', async () => {
  const page = await context.browser.newPage({ viewport: { width: 640, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await page.goto(`${context.url}/plain.html`);
  await widgetsReady(page);
  const size = await page.locator('digione-join-form').evaluate((host) => getComputedStyle(host).fontSize);
  assert.equal(size, '32px', 'the widgets follow the reader’s text size');
  for (const tag of TAGS) assert.deepEqual(await overflowOf(page, tag), [], tag);
  await page.close();
});

/** Brings every widget into its busiest state: menu open, results with chart and table, errors. */
async function busyStates(page) {
  const checker = page.locator('digione-readiness-checker');
  await answerChecker(checker, (group) => group % 5);
  await page.waitForFunction(() => document.querySelector('digione-readiness-checker').shadowRoot.querySelector('table'));
  await page.locator('digione-join-form').locator('button[type="submit"]').click();
  await page.waitForFunction(() => document.querySelector('digione-join-form').shadowRoot.querySelector('[aria-invalid="true"]'));
  // last, as an open menu lies over what is below it
  await page.locator('digione-event-card').locator('button[aria-controls]').click();
  await page.waitForFunction(() => document.querySelector('digione-event-card').shadowRoot.querySelector('[aria-expanded="true"]'));
}

test('reflow in the busiest states (menu open, results with chart and table, form errors) at 320 px and with 200 % text', async () => {
  for (const { width, text } of [
    { width: 320, text: 16 },
    { width: 640, text: 32 },
  ]) {
    const page = await context.browser.newPage({ viewport: { width, height: 800 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.enable');
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: text, fixed: Math.round(text * 0.8) } });
    await page.goto(`${context.url}/plain.html`);
    await widgetsReady(page);
    await page.evaluate(() => localStorage.clear());
    await busyStates(page);
    for (const tag of TAGS) assert.deepEqual(await overflowOf(page, tag), [], `${tag} at ${width} px, ${text} px text`);
    await page.close();
  }
});

test('aggressive host CSS, in the busiest states too (menu open, results, form errors)', async () => {
  const plain = await open('/plain.html');
  const hostile = await open('/hostile.html');
  for (const { page } of [plain, hostile]) {
    await page.evaluate(() => localStorage.clear());
    await busyStates(page);
  }
  assert.deepEqual(await differencesBetween(plain.page, hostile.page), []);
  assert.deepEqual(hostile.log.pageErrors, []);
  await plain.page.close();
  await hostile.page.close();
});
