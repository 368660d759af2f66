// The comparison with other municipalities on a hostile page: the built bundle under the strict
// Content-Security-Policy with Trusted Types (a real header), the checker on its results with
// `compare-src` pointing at a real digione-receiver on 127.0.0.1 whose figures come from results
// posted through its POST /api/submissions. The marks are SVG attributes, never inline styles.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { startReceiver } from 'digione-receiver';
import { usePages, watchConsole, root } from './support.mjs';
import { documentOf, pagesDir, STRICT_CSP, widgetsReady } from './pages/harness.mjs';

const dir = mkdtempSync(join(tmpdir(), 'digione-e2e-compare-'));
const receiver = await startReceiver({ port: 0, host: '127.0.0.1', dbPath: join(dir, 'submissions.sqlite'), allowedOrigins: ['*'], token: undefined });
after(async () => {
  await receiver.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Five municipalities' results of the small test questionnaire: area A 40…80 (median 60), B 10…50 (median 30). */
for (const [i, code] of ['005', '009', '010', '016', '018'].entries()) {
  const a = 40 + i * 10;
  const b = 10 + i * 10;
  const envelope = {
    specversion: '1.0',
    id: randomUUID(),
    source: 'https://www.esimerkkila.fi/digione',
    type: 'fi.digione.readiness.completed',
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    dataschema: 'https://digione.fi/schema/v1/readiness-completed.schema.json',
    widget: 'digione-readiness-checker',
    widgetversion: '0.1.0',
    locale: 'fi',
    data: {
      questionnaire: { id: 'test-small', version: '2' },
      municipality: { code, name: `Kunta ${code}` },
      answers: {},
      scores: {
        overall: (a + b) / 2,
        level: 'low',
        areas: [
          { id: 'a', score: a, answered: 2, total: 2 },
          { id: 'b', score: b, answered: 1, total: 1 },
        ],
      },
    },
  };
  const response = await fetch(`${receiver.url}/api/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/cloudevents+json', 'Idempotency-Key': `"${envelope.id}"` },
    body: JSON.stringify(envelope),
  });
  assert.equal(response.status, 201, await response.text());
}

const checker = `<digione-readiness-checker src="/fixtures/questionnaire-small.json" compare-src="${receiver.url}/api/readiness/comparison"></digione-readiness-checker>`;
const context = usePages(
  {
    '/compare.html': {
      headers: { 'content-security-policy': STRICT_CSP },
      body: documentOf({ head: '<script src="/dist/digione-widgets.js" defer></script>', body: checker }),
    },
  },
  { staticDirs: { '/pages/': pagesDir, '/fixtures/': `${root}test/fixtures` } },
);

test('strict CSP with Trusted Types: the results show the comparison from a real receiver, no violation, no error', async () => {
  const page = await context.browser.newPage();
  const log = watchConsole(page);
  // on the results of the small questionnaire: A = 75, B = 0
  await page.addInitScript(() =>
    localStorage.setItem('digione-readiness:progress:test-small@2', JSON.stringify({ step: 3, answers: { a1: '1', a2: 'yes', b1: 'x' } })),
  );
  await page.goto(`${context.url}/compare.html`);
  await widgetsReady(page, ['digione-readiness-checker']);
  const checkerRoot = page.locator('digione-readiness-checker');
  await checkerRoot.locator('.comparison').waitFor();
  const marks = await checkerRoot.locator('.chart .bar line.median').evaluateAll((lines) => lines.map((line) => line.getAttribute('x1')));
  assert.deepEqual(marks, ['60%', '30%']);
  const cells = await checkerRoot.locator('tbody tr td:last-child').allInnerTexts();
  assert.deepEqual(cells, ['60 (5)', '30 (5)']);
  assert.equal(await checkerRoot.locator('[style]').count(), 0, 'no inline style attribute');
  assert.deepEqual(await page.evaluate(() => ({ violations: window.__violations, errors: window.__errors })), { violations: [], errors: [] });
  assert.deepEqual({ errors: log.errors, warnings: log.warnings, pageErrors: log.pageErrors }, { errors: [], warnings: [], pageErrors: [] });
  await page.close();
});
