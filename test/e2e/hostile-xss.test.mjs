// The widgets on a hostile page, part 3: markup, quote-breaking strings and script URLs through
// every string attribute and through fetched JSON. They must show up as text, never run, and
// never become links. The page has no CSP here, so an injected handler WOULD run if it got in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { usePages, watchConsole } from './support.mjs';
import { documentOf, pagesDir, widgetsReady } from './pages/harness.mjs';

// Every payload bumps window.__xss (or opens a dialog) if it ever runs.
const payloads = (label) => [
  `<img src=x onerror="window.__xss=(window.__xss||0)+1">${label}`,
  `"><svg onload=alert(1)>${label}`,
  `'><script>window.__xss=1</script>${label}`,
  `\${window.__xss=1}{{constructor.constructor('window.__xss=1')()}}${label}`,
];
const evil = (label) => payloads(label).join(' ');
const SCRIPT_URLS = [
  'javascript:window.__xss=1',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'java\nscript:alert(1)',
];
const attr = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

// Attributes that the event card shows as text, and the rest of its string attributes.
const CARD_TEXT = ['heading', 'location', 'address', 'description', 'organizer'];
const CARD_OTHER = ['event-id', 'time-zone', 'endpoint', 'heading-level', 'lang'];
const cards = SCRIPT_URLS.map((url, i) => {
  const attributes = [
    ...CARD_TEXT.map((name) => `${name}="${attr(evil(`#${name}-${i}`))}"`),
    ...CARD_OTHER.map((name) => `${name}="${attr(evil(`#${name}`))}"`),
    `start="2032-09-15T09:00"`,
    `end="2032-09-15T09:45"`,
    `online-url="${attr(url)}"`,
    `registration-url="${attr(url)}"`,
    `privacy-url="${attr(url)}"`,
  ];
  return `<digione-event-card ${attributes.join(' ')}></digione-event-card>`;
});
// start and end themselves carrying markup: the card must say the date is invalid, as text
cards.push(`<digione-event-card heading="Huono aika" start="${attr(evil('#start'))}" end="${attr(evil('#end'))}"></digione-event-card>`);

const fetchedCard = {
  heading: evil('#json-heading'),
  start: '2032-09-15T09:00',
  end: '2032-09-15T09:45',
  location: evil('#json-location'),
  address: evil('#json-address'),
  description: evil('#json-description'),
  organizer: evil('#json-organizer'),
  'online-url': SCRIPT_URLS[0],
  'registration-url': SCRIPT_URLS[3],
};
const linkedEvent = {
  id: 'helsinki:xss',
  name: { fi: evil('#le-name'), sv: evil('#le-name-sv') },
  description: { fi: evil('#le-description') },
  start_time: '2032-09-15T06:00:00Z',
  end_time: '2032-09-15T06:45:00Z',
  location: { name: { fi: evil('#le-location') } },
  offers: [{ info_url: { fi: SCRIPT_URLS[0] } }],
};
const questionnaire = {
  id: 'xss',
  version: '1',
  title: { fi: evil('#q-title') },
  intro: { fi: evil('#q-intro') },
  levels: [{ id: 'l', min: 0, name: { fi: evil('#q-level') } }],
  areas: [
    {
      id: 'a',
      title: { fi: evil('#q-area') },
      description: { fi: evil('#q-area-description') },
      questions: [
        {
          id: 'q',
          type: 'yesno',
          text: { fi: evil('#q-text') },
          help: { fi: evil('#q-help') },
          options: [
            { value: 'y', label: { fi: evil('#q-yes') }, points: 1 },
            { value: 'n', label: { fi: evil('#q-no') }, points: 0 },
          ],
        },
      ],
    },
  ],
};

const others = SCRIPT_URLS.slice(0, 3).map(
  (url) =>
    `<digione-join-form municipality="${attr(evil('#join-municipality'))}" endpoint="${attr(url)}" privacy-url="${attr(url)}"></digione-join-form>
<digione-readiness-checker municipality="${attr(evil('#checker-municipality'))}" endpoint="${attr(url)}" privacy-url="${attr(url)}"></digione-readiness-checker>`,
);

// script URLs as the URL to fetch from: refused or failed, shown as a message, never run
others.push(
  `<digione-readiness-checker src="${attr(SCRIPT_URLS[0])}" heading-level="${attr(evil('#level'))}"></digione-readiness-checker>`,
  `<digione-event-card src="${attr(SCRIPT_URLS[3])}"></digione-event-card>`,
);

const json = (value) => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
const context = usePages(
  {
    '/attributes.html': { body: documentOf({ head: '<script src="/dist/digione-widgets.js" defer></script>', body: [...cards, ...others].join('\n') }) },
    '/fetched.html': {
      body: documentOf({
        head: '<script src="/dist/digione-widgets.js" defer></script>',
        body:
          '<digione-event-card src="/event.json"></digione-event-card><digione-event-card src="/linked-event.json"></digione-event-card>' +
          '<digione-readiness-checker src="/questionnaire.json"></digione-readiness-checker>',
      }),
    },
    '/event.json': json(fetchedCard),
    '/linked-event.json': json(linkedEvent),
    '/questionnaire.json': json(questionnaire),
    '/favicon.ico': { headers: { 'content-type': 'image/x-icon' }, body: '' },
  },
  { staticDirs: { '/pages/': pagesDir } },
);

/** Everything in the widgets' shadow trees that could run script or navigate to a script URL. */
function dangers(page) {
  return page.evaluate(() => {
    const found = [];
    const visit = (root, path) => {
      for (const element of root.querySelectorAll('*')) {
        const where = `${path} ${element.localName}`;
        if (['script', 'img', 'iframe', 'object', 'embed', 'foreignobject'].includes(element.localName)) found.push(`${where}: element`);
        for (const { name, value } of element.attributes) {
          if (/^on/i.test(name)) found.push(`${where}: ${name}`);
          if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(name.toLowerCase())) {
            const url = new URL(value, document.baseURI);
            if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) found.push(`${where}: ${name}=${value}`);
          }
        }
        if (element.shadowRoot) visit(element.shadowRoot, where);
      }
    };
    for (const host of document.querySelectorAll('digione-event-card, digione-readiness-checker, digione-join-form')) visit(host.shadowRoot, host.localName);
    return found;
  });
}

async function open(path) {
  const page = await context.browser.newPage();
  const log = watchConsole(page);
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await page.goto(`${context.url}${path}`);
  await widgetsReady(page);
  return { page, log, dialogs };
}

const shadowText = (page, selector) => page.locator(selector).evaluateAll((hosts) => hosts.map((host) => host.shadowRoot.textContent));

test('markup and script URLs in every string attribute: shown as text, never run, never links', async () => {
  const { page, log, dialogs } = await open('/attributes.html');
  // give any injected handler its chance: images error and SVGs load within a frame or two
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'no payload ran');
  assert.deepEqual(dialogs, []);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(await dangers(page), []);
  const texts = await shadowText(page, 'digione-event-card');
  SCRIPT_URLS.forEach((_url, i) => {
    for (const name of CARD_TEXT) {
      for (const payload of payloads(`#${name}-${i}`)) {
        assert.ok(texts[i].includes(payload), `card ${i}: ${name} shown literally: ${payload}`);
      }
    }
  });
  await page.close();
});

test('markup and script URLs in fetched JSON (card src, Linked Events, questionnaire src): text only', async () => {
  const { page, log, dialogs } = await open('/fetched.html');
  await page.waitForFunction(
    () => {
      const [own, linked] = [...document.querySelectorAll('digione-event-card')].map((card) => card.shadowRoot.textContent);
      const checker = document.querySelector('digione-readiness-checker').shadowRoot.textContent;
      return own.includes('#json-heading') && linked.includes('#le-name') && checker.includes('#q-title');
    },
    null,
    { polling: 50 },
  );
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'no payload ran');
  assert.deepEqual(dialogs, []);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(await dangers(page), []);
  const [own, linked] = await shadowText(page, 'digione-event-card');
  for (const field of ['heading', 'location', 'description', 'organizer']) {
    for (const payload of payloads(`#json-${field}`)) assert.ok(own.includes(payload), `src JSON ${field} shown literally`);
  }
  for (const payload of payloads('#le-name')) assert.ok(linked.includes(payload), 'Linked Events name shown literally');
  const [checker] = await shadowText(page, 'digione-readiness-checker');
  for (const payload of payloads('#q-title')) assert.ok(checker.includes(payload), 'questionnaire title shown literally');
  await page.close();
});
