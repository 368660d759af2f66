// The package as a front-end developer gets it: `npm pack` of the built package, installed from
// the tarball into the app of test/consumers/app (Vite + TypeScript + React 19, its own lock),
// then strict `tsc --noEmit`, `vite build`, and the two built pages in Chromium. Run after
// `npm run build` (scripts/test-all.mjs stage "consumers"). Needs the npm registry (npm ci of
// the app, and lit and i18next for the tarball).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, servePages, launchBrowser, watchConsole } from '../e2e/support.mjs';

const TAGS = ['digione-event-card', 'digione-readiness-checker', 'digione-join-form'];
const temp = mkdtempSync(join(tmpdir(), 'digione-consumer-'));
const app = join(temp, 'app');
after(() => rmSync(temp, { recursive: true, force: true }));

/** Runs a command; returns its output (stdout and stderr), fails the test on a non-zero exit. */
function run(cmd, args, cwd) {
  const result = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  const output = `${result.stdout}\n${result.stderr}`;
  assert.equal(result.status, 0, `${cmd} ${args.join(' ')} failed:\n${output}`);
  return output;
}

let tarball;
test('npm pack: the tarball holds the built entries, types and manifest data, and no source', () => {
  assert.ok(existsSync(join(root, 'dist/esm/index.js')), 'run npm run build first');
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', temp], root).replace(/^[^[]*/, ''));
  tarball = join(temp, packed.filename);
  const files = new Set(packed.files.map((f) => f.path));
  for (const file of [
    'dist/esm/define.js',
    'dist/esm/define/join-form.d.ts',
    'dist/esm/core/events.d.ts',
    'dist/types/jsx.d.ts',
    'dist/custom-elements.json',
    'dist/web-types.json',
    'dist/vscode.html-custom-data.json',
    'dist/integrity.json',
    'dist/digione-widgets.js',
  ]) {
    assert.ok(files.has(file), `${file} is in the tarball`);
  }
  assert.deepEqual(
    [...files].filter((f) => f.startsWith('src/')),
    [],
  );
});

test('install: the app from its lock, then the tarball, without EBADENGINE', () => {
  cpSync(join(root, 'test/consumers/app'), app, { recursive: true });
  run('npm', ['ci', '--no-audit', '--no-fund'], app);
  const output = run('npm', ['install', '--no-audit', '--no-fund', '--no-save', tarball], app);
  assert.doesNotMatch(output, /EBADENGINE/, output);
  const tree = run('npm', ['ls', 'lit', 'i18next', '--all'], app);
  assert.doesNotMatch(tree, /invalid|missing/, tree);
});

test('strict tsc --noEmit: element, property and event types from the define imports, JSX types from digione-widgets/react', () => {
  run('npx', ['tsc', '-p', 'tsconfig.json'], app);
  // a program of its own: nothing else imported that could bring the types
  run('npx', ['tsc', '-p', 'per-widget/tsconfig.json'], app);
});

test('vite build of the TypeScript page and the React page', () => {
  run('npx', ['vite', 'build', '--logLevel', 'warn'], app);
  for (const page of ['index.html', 'react.html']) assert.ok(existsSync(join(app, 'dist', page)), page);
});

/** Loads a built page; waits until all three widgets rendered into their shadow roots. */
async function open(browser, url) {
  const page = await browser.newPage();
  const log = watchConsole(page);
  await page.goto(url);
  await page.waitForFunction(
    (tags) => tags.every((tag) => customElements.get(tag) && (document.querySelector(tag)?.shadowRoot?.textContent ?? '').trim().length > 20),
    TAGS,
    { timeout: 15_000 },
  );
  return { page, log };
}

test('the built pages in Chromium: all three widgets render, properties and event props work, no console error', async () => {
  const server = await servePages({}, { staticDirs: { '/': join(app, 'dist') } });
  const browser = await launchBrowser();
  try {
    {
      const { page, log } = await open(browser, `${server.url}/index.html`);
      // main.ts set `prefill` (a property) before the element upgraded; the field shows it
      await page.waitForFunction(() => (document.querySelector('kunta-tapahtuma')?.shadowRoot?.textContent ?? '').includes('Toinen tilaisuus'), null, {
        timeout: 5_000,
      });
      const email = await page.evaluate(() => document.querySelector('digione-join-form').shadowRoot.querySelector('#email')?.value);
      assert.equal(email, 'digi@example.fi');
      await page.evaluate(() =>
        document.querySelector('digione-event-card').dispatchEvent(new CustomEvent('digione-calendar-add', { detail: { service: 'ics' }, bubbles: true })),
      );
      assert.equal(await page.textContent('output'), 'ics');
      assert.deepEqual({ ...log, warnings: [] }, { errors: [], warnings: [], pageErrors: [] });
      await page.close();
    }
    {
      const { page, log } = await open(browser, `${server.url}/react.html`);
      const name = await page.evaluate(() => document.querySelector('digione-join-form').shadowRoot.querySelector('#contactName')?.value);
      assert.equal(name, 'Maija Meikäläinen', 'React 19 set the prefill property');
      // React 19 adds `ondigione-calendar-add` as a listener of the custom event
      await page.evaluate(() =>
        document.querySelector('digione-event-card').dispatchEvent(new CustomEvent('digione-calendar-add', { detail: { service: 'google' }, bubbles: true })),
      );
      await page.waitForFunction(() => document.querySelector('output')?.textContent === 'google', null, { timeout: 5_000 });
      assert.equal(await page.getAttribute('digione-readiness-checker', 'heading-level'), '2');
      assert.deepEqual({ ...log, warnings: [] }, { errors: [], warnings: [], pageErrors: [] });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
});
