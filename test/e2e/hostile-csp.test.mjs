// The widgets on a hostile page, part 1: a strict Content-Security-Policy with Trusted Types
// sent as a real HTTP header, and the bundle loaded twice (same and different version).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { usePages, watchConsole, root } from './support.mjs';
import { documentOf, pagesDir, STRICT_CSP, SEED_EVENT, TAGS, widgetsReady } from './pages/harness.mjs';

const version = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version;
const bundle = readFileSync(`${root}dist/digione-widgets.js`, 'utf8');
assert.ok(bundle.includes(`\`${version}\``) || bundle.includes(`"${version}"`), 'the bundle carries its version');
// A copy of the bundle that says it is another version: every place the version string occurs.
const otherVersion = '9.9.9-other';
const otherBundle = ['"', "'", '`'].reduce((code, q) => code.replaceAll(`${q}${version}${q}`, `${q}${otherVersion}${q}`), bundle);

const widgets = `<digione-event-card ${SEED_EVENT}></digione-event-card>
<digione-readiness-checker></digione-readiness-checker>
<digione-join-form endpoint="/api/submissions" privacy-url="/tietosuoja.html" no-draft></digione-join-form>`;
const script = (src) => `<script src="${src}" defer></script>`;
const csp = { 'content-security-policy': STRICT_CSP };

const context = usePages(
  {
    '/csp.html': { headers: csp, body: documentOf({ head: script('/dist/digione-widgets.js'), body: widgets }) },
    '/twice.html': { body: documentOf({ head: script('/dist/digione-widgets.js') + script('/dist/digione-widgets.js'), body: widgets }) },
    '/other.html': { body: documentOf({ head: script('/dist/digione-widgets.js') + script('/other/digione-widgets.js'), body: widgets }) },
    // Lit names its Trusted Types policy 'lit-html' and a policy name can be created once: the
    // script's guard keeps a second copy from starting at all, so the exact policy of the issue
    // holds with the bundle twice, of the same or another version.
    '/csp-twice.html': {
      headers: csp,
      body: documentOf({ head: script('/dist/digione-widgets.js') + script('/dist/digione-widgets.js') + script('/other/digione-widgets.js'), body: widgets }),
    },
    '/favicon.ico': { headers: { 'content-type': 'image/x-icon' }, body: '' },
    '/other/digione-widgets.js': { headers: { 'content-type': 'text/javascript; charset=utf-8' }, body: otherBundle },
  },
  { staticDirs: { '/pages/': pagesDir } },
);

async function open(path) {
  const page = await context.browser.newPage();
  const log = watchConsole(page);
  const response = await page.goto(`${context.url}${path}`);
  await widgetsReady(page);
  return { page, log, response };
}

/** The elements respond: the calendar menu opens, the join form validates. */
async function works(page) {
  await page.locator('digione-event-card').locator('button[aria-controls]').click();
  await page.waitForFunction(() => document.querySelector('digione-event-card').shadowRoot.querySelector('[aria-expanded="true"]'));
  await page.locator('digione-join-form').locator('button[type="submit"]').click();
  await page.waitForFunction(() => document.querySelector('digione-join-form').shadowRoot.querySelector('[aria-invalid="true"]'));
}

const report = (page) => page.evaluate(() => ({ violations: window.__violations, errors: window.__errors }));

test('strict CSP with Trusted Types (a real header): all three widgets render, no violation', async () => {
  const { page, log, response } = await open('/csp.html');
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  // the policy is in force: an inline script is refused and reported
  const inlineBlocked = await page.evaluate(() => {
    const probe = document.createElement('div');
    try {
      probe.insertAdjacentHTML('beforeend', '<b>x</b>'); // a plain string into an HTML sink: refused
      return false;
    } catch {
      return true;
    }
  });
  assert.equal(inlineBlocked, true, 'Trusted Types enforced on the page');
  const result = await report(page);
  // the deliberate probe above is the only violation allowed
  assert.deepEqual(
    result.violations.filter((v) => !v.sample?.includes('<b>x</b>')),
    [],
  );
  assert.deepEqual(result.errors, []);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(
    log.errors.filter((text) => !text.includes('TrustedHTML')),
    [],
  );
  for (const tag of TAGS) {
    const text = await page.locator(tag).evaluate((element) => element.shadowRoot.textContent.trim());
    assert.ok(text.length > 0, `${tag} shows text`);
  }
  // interaction re-renders under Trusted Types too
  await works(page);
  const after = await report(page);
  assert.deepEqual(
    after.violations.filter((v) => !v.sample?.includes('<b>x</b>')),
    [],
  );
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('the same bundle twice: no exception, no warning, the elements work', async () => {
  const { page, log } = await open('/twice.html');
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(await report(page), { violations: [], errors: [] });
  assert.deepEqual(
    log.warnings.filter((text) => text.includes('digione')),
    [],
  );
  assert.equal(await page.evaluate(() => window.DigiOneWidgets.version), version);
  await works(page);
  await page.close();
});

test('another version of the bundle after the first: no exception, exactly one warning', async () => {
  const { page, log } = await open('/other.html');
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(await report(page), { violations: [], errors: [] });
  const warnings = log.warnings.filter((text) => text.includes('digione'));
  assert.equal(warnings.length, 1, `one warning, got ${JSON.stringify(warnings)}`);
  assert.match(warnings[0], new RegExp(`${otherVersion.replaceAll('.', '\\.')}.*${version.replaceAll('.', '\\.')}`));
  // the first copy stays in charge of the page
  assert.equal(await page.evaluate(() => window.DigiOneWidgets.version), version);
  await works(page);
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('the bundle twice and another version, under the strict CSP with Trusted Types: no exception, no violation, one warning', async () => {
  const { page, log } = await open('/csp-twice.html');
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(await report(page), { violations: [], errors: [] });
  assert.equal(log.warnings.filter((text) => text.includes('digione')).length, 1);
  await works(page);
  assert.deepEqual(await report(page), { violations: [], errors: [] });
  await page.close();
});
