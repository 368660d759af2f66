// A person's mouse click right after correcting a field: the blur re-check must not move the
// page under the pointer between the button going down and coming up (the click would miss).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { usePages } from './support.mjs';

const page = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Liittyminen</title>
<script src="/dist/digione-widgets.js" defer></script></head><body><main>
<digione-join-form endpoint="/api/submissions" privacy-url="/tietosuoja" no-draft></digione-join-form>
</main></body></html>`;

const context = usePages({ '/': { body: page } });

test('join form: a click straight from a corrected field lands on what the person aimed at', async () => {
  const tab = await context.browser.newPage({ viewport: { width: 800, height: 900 } });
  await tab.goto(`${context.url}/`);
  const form = tab.locator('digione-join-form');
  await form.getByRole('button', { name: 'Lähetä ilmoitus' }).click(); // empty: errors everywhere
  await form.getByLabel(/Työsähköposti/).fill('maija@jyvaskyla.fi');
  const box = form.locator('input[name=interests]').first();
  await box.scrollIntoViewIfNeeded();
  const aim = await box.boundingBox();
  await tab.mouse.move(aim.x + aim.width / 2, aim.y + aim.height / 2);
  await tab.mouse.down();
  await tab.waitForTimeout(80); // a person holds the button for a moment
  await tab.mouse.up();
  assert.equal(await box.isChecked(), true, 'the checkbox under the pointer was ticked');
  // the email was still re-checked, once the click was done
  await tab.waitForFunction(() => document.querySelector('digione-join-form').shadowRoot.querySelector('#email').getAttribute('aria-invalid') === 'false');
  await tab.close();
});
