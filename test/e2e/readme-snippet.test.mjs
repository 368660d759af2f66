// The README's embed snippets as a web editor pastes them (only the CDN address points at this
// server): Chromium checks their integrity values against the built files and runs them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { usePages, watchConsole, root } from './support.mjs';

const readme = readFileSync(`${root}README.md`, 'utf8');
const cdn = /https:\/\/cdn\.jsdelivr\.net\/npm\/digione-widgets@[\w.-]+\/dist\//g;
/** The html code blocks of the README that load the widgets (or the lazy loader) from the CDN; the iframe embed's are tested in embed.test.mjs. */
const snippets = [...readme.matchAll(/```html\n([^]*?)```/g)]
  .map(([, code]) => code)
  .filter((code) => /cdn\.jsdelivr\.net\/npm\/digione-widgets@[\w.-]+\/dist\/digione-(widgets|lazy)\.js/.test(code));
const page = (snippet) => `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Upotus</title></head><body>
${snippet.replace(cdn, '/dist/')}
<digione-event-card heading="Tietoisku" start="2030-09-15T09:00"></digione-event-card>
</body></html>`;
const pages = Object.fromEntries(snippets.map((snippet, i) => [`/snippet-${i}.html`, { body: page(snippet) }]));
const context = usePages(pages);

test('every README snippet that loads the script runs with its integrity value: the widget renders, no console error', async () => {
  assert.ok(snippets.length >= 3, `the README's snippets were found (${snippets.length})`);
  for (const path of Object.keys(pages)) {
    const tab = await context.browser.newPage();
    const log = watchConsole(tab);
    await tab.goto(`${context.url}${path}`);
    // the lazy loader loads the bundle when the element comes near the viewport: it is in view
    await tab.waitForFunction(() => (document.querySelector('digione-event-card')?.shadowRoot?.textContent ?? '').includes('Tietoisku'), null, {
      timeout: 10_000,
    });
    assert.deepEqual({ errors: log.errors, pageErrors: log.pageErrors }, { errors: [], pageErrors: [] }, path);
    await tab.close();
  }
});
