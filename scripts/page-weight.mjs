// The page weight (issue 10): the gzip -9 bytes of ALL JavaScript a Finnish page with the
// README's one-line embed fetches until its widgets have rendered and the network is idle.
// Whether dist/digione-widgets.js is one bundle or a small loader that adds further classic
// scripts (dist/parts/…), the sum is over whatever the page fetched.
//
// Serves dist/ at /dist/ and the four pages below on 127.0.0.1 (a free port; the e2e tests'
// servePages), loads each page cold in a fresh Chromium context (their launchBrowser), waits until every widget shows
// its content AND no request has been in flight for 500 ms, then reads every .js response the
// page got from disk by its URL path and sums their gzip -9 sizes.
//
// Module: measurePageWeights({ pages }) → [{ page, label, files: [{ path, bytes, count }], bytes }].
// CLI: `node scripts/page-weight.mjs [--json]` (after `npm run build`). The budgets are checked by
// scripts/size.mjs (size-budget.json, "pages").
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { launchBrowser, root, servePages } from '../test/e2e/support.mjs';

/** The README's documented embed line, exactly (a same-origin path instead of the CDN's). */
export const EMBED = '<script src="/dist/digione-widgets.js" defer></script>';

const CARD = '<digione-event-card heading="Infotilaisuus" start="2026-09-15T09:00" end="2026-09-15T09:45" location="Kuntatalo"></digione-event-card>';
const CHECKER = '<digione-readiness-checker></digione-readiness-checker>';
const JOIN = '<digione-join-form endpoint="https://example.invalid/x" privacy-url="https://example.invalid/tietosuoja"></digione-join-form>';

/** The pages (keys as in size-budget.json "pages"): a label and the widgets' markup. */
export const PAGES = {
  'event-card': { label: 'one <digione-event-card>', body: CARD },
  'readiness-checker': { label: 'one <digione-readiness-checker>', body: CHECKER },
  'join-form': { label: 'one <digione-join-form>', body: JOIN },
  all: { label: 'all three', body: `${CARD}\n${CHECKER}\n${JOIN}` },
};

export const pageHtml = (body) =>
  `<!doctype html>\n<html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>Sivun paino</title>${EMBED}</head>\n<body><main>\n${body}\n</main></body></html>\n`;

const IDLE_MS = 500;
const TIMEOUT_MS = 30_000;

/** The file under `distRoot` a URL path /dist/… names, or null (outside /dist/ or outside the folder). */
function fileOf(distRoot, urlPath) {
  if (!urlPath.startsWith('/dist/')) return null;
  const file = normalize(join(distRoot, urlPath.slice('/dist/'.length)));
  return file.startsWith(distRoot + sep) ? file : null;
}

const gzip9 = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** Loads one page in a fresh context; resolves to the URL paths of its .js responses (with counts). */
async function loadPage(browser, url, name) {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    const problems = [];
    let inFlight = 0;
    let lastActivity = Date.now();
    const scripts = new Map(); // URL path → times fetched
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    tab.on('crash', () => problems.push('the page crashed'));
    tab.on('request', () => {
      inFlight += 1;
      lastActivity = Date.now();
    });
    const settled = () => {
      inFlight = Math.max(0, inFlight - 1);
      lastActivity = Date.now();
    };
    tab.on('requestfinished', settled);
    tab.on('requestfailed', (request) => {
      settled();
      problems.push(`${request.url()} failed: ${request.failure()?.errorText ?? 'unknown'}`);
    });
    tab.on('response', (response) => {
      const target = new URL(response.url());
      // a file the widgets need and did not get (404 of a part, of strings) fails the measurement
      if (response.status() >= 400) problems.push(`${target.pathname}: HTTP ${response.status()}`);
      else if (!target.pathname.endsWith('.js')) return;
      else if (target.origin !== url) problems.push(`${response.url()}: JavaScript from another origin (not in dist/)`);
      else scripts.set(target.pathname, (scripts.get(target.pathname) ?? 0) + 1);
    });
    await tab.goto(`${url}/${name}.html`, { waitUntil: 'load' });
    const deadline = Date.now() + TIMEOUT_MS;
    for (;;) {
      if (problems.length) throw new Error(`page ${name}: ${problems.join('; ')}`);
      const waiting = await tab.evaluate(notYetRendered);
      if (!waiting.length && inFlight === 0 && Date.now() - lastActivity >= IDLE_MS) break;
      if (Date.now() > deadline) {
        const what = waiting.length ? `not rendered: ${waiting.join(', ')}` : `${inFlight} request(s) still in flight`;
        throw new Error(`page ${name}: not settled within ${TIMEOUT_MS / 1000} s (${what})`);
      }
      await new Promise((done) => setTimeout(done, 100));
    }
    return scripts;
  } finally {
    await context.close();
  }
}

/**
 * Runs in the page: the tags of the widgets that do not yet show their content (defined, a shadow
 * root with elements, and what the user came for: the card its heading, the checker a button
 * (its Start), the join form a field).
 */
function notYetRendered() {
  const shows = {
    'digione-event-card': (el) => el.shadowRoot.textContent.includes(el.getAttribute('heading')),
    'digione-readiness-checker': (el) => Boolean(el.shadowRoot.querySelector('button')),
    'digione-join-form': (el) => Boolean(el.shadowRoot.querySelector('input, select, textarea')),
  };
  return Object.entries(shows).flatMap(([tag, content]) =>
    [...document.querySelectorAll(tag)]
      .filter((el) => !(customElements.get(tag) && el.shadowRoot && el.shadowRoot.childElementCount > 0 && content(el)))
      .map(() => tag),
  );
}

/**
 * Measures the pages (default: all four) against the built `dist` folder. Starts and always stops
 * its own server and browser. Resolves to [{ page, label, files: [{ path, bytes, count }], bytes }],
 * `bytes` being the gzip -9 size summed over every fetch.
 */
export async function measurePageWeights({ pages = Object.keys(PAGES) } = {}) {
  const distRoot = resolve(root, 'dist');
  if (!existsSync(join(distRoot, 'digione-widgets.js'))) throw new Error(`${join(distRoot, 'digione-widgets.js')} is missing: run npm run build first`);
  const unknown = pages.filter((name) => !Object.hasOwn(PAGES, name));
  if (unknown.length) throw new Error(`unknown page(s): ${unknown.join(', ')} (known: ${Object.keys(PAGES).join(', ')})`);
  const server = await servePages(Object.fromEntries(Object.entries(PAGES).map(([name, { body }]) => [`/${name}.html`, { body: pageHtml(body) }])));
  let browser;
  try {
    browser = await launchBrowser();
    const results = [];
    for (const page of pages) {
      const scripts = await loadPage(browser, server.url, page);
      const files = [...scripts].map(([path, count]) => ({ path, bytes: gzip9(readFileSync(fileOf(distRoot, path))), count }));
      if (!files.length) throw new Error(`page ${page}: no JavaScript fetched`);
      results.push({ page, label: PAGES[page].label, files, bytes: files.reduce((sum, file) => sum + file.bytes * file.count, 0) });
    }
    return results;
  } finally {
    await browser?.close();
    await server.close();
  }
}

/** "47.1 kB" (1 kB = 1000 B, as size-budget.json). */
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** The lines listing a page's files, e.g. "       67.6 kB  /dist/digione-widgets.js". */
export const fileLines = (result, indent = '        ') =>
  result.files.map((file) => `${indent}${kB(file.bytes).padStart(8)}  ${file.path}${file.count > 1 ? ` (fetched ${file.count}×)` : ''}`);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const results = await measurePageWeights();
  if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
  else
    for (const result of results) {
      console.log(`${kB(result.bytes).padStart(8)}  page: ${result.label}`);
      for (const line of fileLines(result)) console.log(line);
    }
}
