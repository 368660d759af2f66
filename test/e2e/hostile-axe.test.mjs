// axe-core on the demo page (demo/index.html with the built bundle) in every state a person can
// reach in each widget: initial, menus open, validation errors, every step of the readiness
// check, results, sent; in Finnish, Swedish and English. Zero violations of any rule. The
// widgets' endpoints are pointed at a real collector started here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, startTestReceiver, watchConsole, root } from './support.mjs';
import { startDemo } from '../../demo/serve.mjs';
import { axeViolations, widgetsReady } from './pages/harness.mjs';

let demo;
let demoUrl;
let collector;
let browser;
before(async () => {
  demo = await startDemo({ port: 0 });
  demoUrl = `http://127.0.0.1:${demo.server.address().port}`;
  collector = await startTestReceiver(demoUrl);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await collector?.close();
  await demo?.close();
});

async function openDemo({ lang } = {}) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  const log = watchConsole(page);
  await page.goto(`${demoUrl}/`);
  await widgetsReady(page);
  // the widgets post to this test's collector instead of the demo's fixed port
  await page.evaluate((endpoint) => {
    for (const element of document.querySelectorAll('[endpoint]')) element.setAttribute('endpoint', endpoint);
  }, `${collector.url}/api/submissions`);
  if (lang) {
    await page.click(`[data-lang="${lang}"]`);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  }
  await page.addScriptTag({ path: `${root}node_modules/axe-core/axe.min.js` });
  return { page, log };
}

/** Runs axe on the widgets (their shadow trees included) after the pending renders. */
async function axe(page, state) {
  await page.evaluate(() =>
    Promise.all([...document.querySelectorAll('digione-event-card, digione-readiness-checker, digione-join-form')].map((el) => el.updateComplete)),
  );
  const violations = await axeViolations(page, { include: [['digione-event-card'], ['digione-readiness-checker'], ['digione-join-form']] });
  assert.deepEqual(violations, [], `axe in state "${state}"`);
}

const inWidget = (page, tag) => page.locator(tag).first();

test('axe: every widget in its initial state, in fi, sv and en', async () => {
  for (const lang of [undefined, 'sv', 'en']) {
    const { page, log } = await openDemo({ lang });
    await axe(page, `initial ${lang ?? 'fi'}`);
    assert.deepEqual(log.pageErrors, []);
    await page.close();
  }
});

test('axe: event card — calendar menu open, registration errors, registration sent', async () => {
  const { page } = await openDemo();
  // the card with registration (the second on the demo page)
  const card = page.locator('digione-event-card').nth(1);
  await card.locator('button[aria-controls]').click();
  await page.waitForFunction(() => document.querySelectorAll('digione-event-card')[1].shadowRoot.querySelector('[aria-expanded="true"]'));
  await axe(page, 'calendar menu open');
  await page.keyboard.press('Escape');
  await card.locator('button[type="submit"]').click();
  await page.waitForFunction(() => document.querySelectorAll('digione-event-card')[1].shadowRoot.querySelector('[aria-invalid="true"]'));
  await axe(page, 'registration errors');
  await card.getByLabel('Nimi').fill('Liisa Laaksonen');
  await card.getByLabel('Työsähköposti').fill('liisa@esimerkkila.fi');
  await card.getByLabel('Organisaatio tai kunta').fill('Esimerkkilä');
  await card.locator('input[type="checkbox"]').check();
  await card.locator('button[type="submit"]').click();
  await page.waitForFunction(() => /kiitos/i.test(document.querySelectorAll('digione-event-card')[1].shadowRoot.textContent), null, { timeout: 10_000 });
  await axe(page, 'registration sent');
  await page.close();
});

test('axe: readiness checker — intro, every step, results, send errors, sent', async () => {
  const { page } = await openDemo();
  const checker = inWidget(page, 'digione-readiness-checker');
  await checker
    .locator('button', { hasText: /^(Aloita|Jatka)/ })
    .first()
    .click();
  let step = 0;
  for (;;) {
    step += 1;
    await page.waitForFunction((n) => document.querySelector('digione-readiness-checker').shadowRoot.textContent.includes(`Osa ${n}/`), step);
    await axe(page, `step ${step}, unanswered`);
    const groups = await checker.locator('fieldset').count();
    for (let i = 0; i < groups; i++)
      await checker
        .locator('fieldset')
        .nth(i)
        .locator('input[type="radio"]')
        .nth((i + step) % 6)
        .check();
    await axe(page, `step ${step}, answered`);
    const next = checker.locator('button', { hasText: /Seuraava|Näytä tulokset/ });
    const label = await next.textContent();
    await next.click();
    if (/Näytä tulokset/.test(label)) break;
  }
  await page.waitForFunction(() => /Taso:/.test(document.querySelector('digione-readiness-checker').shadowRoot.textContent));
  await axe(page, 'results');
  // contact data without consent: an error
  const email = checker.getByLabel(/Sähköposti/);
  if (await email.count()) {
    await email.fill('ei-sahkoposti');
    await checker.locator('button', { hasText: /Lähetä tulos/ }).click();
    await page.waitForFunction(() => document.querySelector('digione-readiness-checker').shadowRoot.querySelector('[aria-invalid="true"]'));
    await axe(page, 'send errors');
    await email.fill('');
  }
  await checker.locator('button', { hasText: /Lähetä tulos/ }).click();
  await page.waitForFunction(() => /Tulos on lähetetty/.test(document.querySelector('digione-readiness-checker').shadowRoot.textContent), null, {
    timeout: 10_000,
  });
  await axe(page, 'sent');
  await page.close();
});

test('axe: join form — errors, combobox open, other organisation, sent', async () => {
  const { page } = await openDemo();
  const form = inWidget(page, 'digione-join-form');
  const shadow = (selector) => page.waitForFunction((s) => document.querySelector('digione-join-form').shadowRoot.querySelector(s), selector);
  await form.locator('button[type="submit"]').click();
  await shadow('[aria-invalid="true"]');
  await axe(page, 'errors');
  await form.locator('input[value="other"]').check();
  await axe(page, 'other organisation');
  await form.locator('input[value="municipality"]').check();
  await form.locator('[role="combobox"]').fill('esp');
  await shadow('[role="combobox"][aria-expanded="true"]');
  await axe(page, 'combobox open');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await form.locator('#contactName').fill('Liisa Laaksonen');
  await form.locator('#title').fill('Sivistysjohtaja');
  await form.locator('#email').fill('liisa@espoo.fi');
  // leave the field first: its error message goes away on blur, which moves what is below it
  await form.locator('#email').press('Tab');
  await form.locator('input[name="interests"]').first().check();
  await form.locator('input[name="timeframe"]').first().check();
  await form.locator('#consent').check();
  await form.locator('button[type="submit"]').click();
  await page.waitForFunction(() => /Kiitos/.test(document.querySelector('digione-join-form').shadowRoot.textContent), null, { timeout: 10_000 });
  await axe(page, 'sent');
  await page.close();
});

test('axe: what a page author can get wrong — bad src, bad time, missing privacy-url, refused endpoint', async () => {
  const { page } = await openDemo();
  await page.evaluate(() => {
    const section = document.createElement('section');
    section.setAttribute('aria-label', 'Virhetilat');
    const add = (tag, attributes) => {
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      section.append(element);
    };
    add('digione-event-card', { src: '/ei-ole.json' });
    add('digione-event-card', { heading: 'Huono aika', start: 'huomenna', 'time-zone': 'Mars/Olympus' });
    add('digione-readiness-checker', { src: '/ei-ole.json' });
    add('digione-join-form', { endpoint: 'http://example.com/api' });
    document.querySelector('main').append(section);
  });
  await widgetsReady(page);
  // the fetches have failed and the messages are shown
  await page.waitForFunction(() => {
    const [card, checker] = [...document.querySelectorAll('[src="/ei-ole.json"]')].map((element) => element.shadowRoot.textContent);
    return /ei saatu ladattua/.test(card) && /ei voitu ladata/.test(checker);
  });
  await axe(page, 'author errors');
  await page.close();
});
