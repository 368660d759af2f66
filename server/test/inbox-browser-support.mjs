// Shared by the inbox's browser tests: axe on the page as it is, the 320 px check, and moving by
// keyboard (Tab to an element, Enter and wait for the page, signing in).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startReceiver } from '../src/index.js';
import { TEST_RECEIVER, createPostgresDatabase } from './support.mjs';
import { PASSWORD } from './inbox-support.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe on the page as it is (run through the debugger protocol, so the page's CSP stays strict). */
export async function axe(page, state) {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, [], `axe on ${state}`);
}

/** No sideways scrolling at 320 px, then back to the usual width. */
export async function fits320(page, state) {
  await page.setViewportSize({ width: 320, height: 700 });
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(widths[0] <= widths[1], `${state}: ${widths[0]} px wide content in a ${widths[1]} px window`);
  await page.setViewportSize({ width: 1200, height: 900 });
}

/** Every view: axe, and the narrow window. */
export async function check(page, state) {
  await axe(page, state);
  await fits320(page, state);
}

/** Presses Tab until the element matching the selector has the focus. */
export async function tabTo(page, selector) {
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${selector}`);
}

/** Presses Enter on what has the focus and waits for the page it leads to. */
export async function enter(page) {
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
}

export async function signInByKeyboard(page, url, email) {
  await page.goto(`${url}/inbox/sign-in`);
  await tabTo(page, '#email');
  await page.keyboard.type(email);
  await tabTo(page, '#password');
  await page.keyboard.type(PASSWORD);
  await enter(page);
}

/**
 * Runs a browser test on a fresh receiver (SQLite in memory, or a PostgreSQL database made for
 * the run) with a page of a new context; any console error but the answers refused on purpose
 * (a CSP refusal, a script error) fails it. Closes and drops everything after.
 * @param {import('playwright-core').Browser} browser
 * @param {'SQLite' | 'PostgreSQL'} label
 * @param {(opened: { receiver: any, url: string, page: import('playwright-core').Page }) => Promise<void>} run
 * @param {Record<string, unknown>} [receiverOptions] more options of `startReceiver` (settings, timings)
 */
export async function withInboxPage(browser, label, run, receiverOptions = {}) {
  const database = label === 'PostgreSQL' ? await createPostgresDatabase() : undefined;
  const receiver = await startReceiver({
    ...TEST_RECEIVER,
    ...(database ? { databaseUrl: database.url } : { dbPath: ':memory:' }),
    ...receiverOptions,
  });
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1200, height: 900 } });
  try {
    const page = await context.newPage();
    const errors = [];
    // The pages answered 400/403 on purpose are logged as "Failed to load resource"; anything else is a failure.
    page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await run({ receiver, url: receiver.url, page });
    assert.deepEqual(errors, [], 'no console errors (a CSP violation would be one)');
  } finally {
    await context.close();
    await receiver.close();
    await database?.drop();
  }
}
