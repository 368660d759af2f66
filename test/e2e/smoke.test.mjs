// The built script tag on a plain HTML page, no build step: the elements upgrade, the global
// API is there, and nothing is logged as an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { usePages, watchConsole, root } from './support.mjs';

const version = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version;
const page = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Testisivu</title>
<script src="/dist/digione-widgets.js" defer></script></head><body><main>
<digione-event-card heading="Tietoisku" start="2022-09-15T09:00" end="2022-09-15T09:45" location="Kuntatalo"></digione-event-card>
<digione-readiness-checker></digione-readiness-checker>
<digione-join-form privacy-url="/tietosuoja"></digione-join-form>
</main></body></html>`;

const context = usePages({ '/': { body: page } });

test('the script tag defines all three elements with no console error', async () => {
  const tab = await context.browser.newPage();
  const log = watchConsole(tab);
  await tab.goto(`${context.url}/`);
  const result = await tab.evaluate(async () => {
    const tags = ['digione-event-card', 'digione-readiness-checker', 'digione-join-form'];
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    await Promise.all(tags.map((tag) => document.querySelector(tag).updateComplete));
    return {
      rendered: tags.map((tag) => (document.querySelector(tag).shadowRoot?.textContent ?? '').trim().length > 0),
      api: typeof window.DigiOneWidgets?.configure === 'function' && typeof window.DigiOneWidgets?.addResources === 'function',
      version: window.DigiOneWidgets?.version,
    };
  });
  assert.deepEqual(result.rendered, [true, true, true]);
  assert.equal(result.api, true);
  assert.equal(result.version, version);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.pageErrors, []);
  await tab.close();
});
