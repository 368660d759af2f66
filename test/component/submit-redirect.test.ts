/**
 * An endpoint that redirects, or that the browser cannot reach (CORS, a wrong host), against
 * real receivers on 127.0.0.1 (test/support/redirect-plugin.mjs, two origins "a" and "b"):
 * nothing is counted as sent that the receiver did not get, the submission waits on the
 * device, and the page author is told once in the console.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { configureSubmissions, waiting } from '../../src/core/submit/outbox.js';
import { button, clearOutbox, click, fast, mountForm, retryButton, settled, statusText, type TestSubmitForm } from '../support/submit-form.js';

interface Logged {
  server: 'a' | 'b';
  method: string;
  path: string;
  body: string;
}
const log = () => executeServerCommand<Logged[], undefined>('redirect-log');
/** The envelope id in a logged request body. */
const bodyId = (r: Logged) => (JSON.parse(r.body) as { id?: string }).id;
const QUEUED = 'Tallennettu tälle laitteelle – lähetetään automaattisesti, kun yhteys palaa.';

/** Records console.error and console.warn while a test runs (the page author's channel). */
function recordConsole() {
  const seen = { errors: [] as string[], warnings: [] as string[] };
  const { error, warn } = console;
  console.error = (...args: unknown[]) => seen.errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => seen.warnings.push(args.map(String).join(' '));
  return { seen, restore: () => Object.assign(console, { error, warn }) };
}

/** Sends from a test form and waits for the first answer, which must be "queued". */
async function sendQueued(endpoint: string): Promise<TestSubmitForm> {
  const el = await mountForm(endpoint);
  const queued = oneEvent<CustomEvent<{ id: string; reason: string }>>(el, 'digione-queued');
  await click(button(el));
  const { detail } = await queued;
  expect(detail.id).to.equal(el.submission.id);
  await el.updateComplete;
  return el;
}

// Every test: both receivers' logs empty, nothing waiting in the outbox, fast retries, the console recorded.
let origins: { a: string; b: string };
let console_: ReturnType<typeof recordConsole>;
before(async () => {
  origins = await executeServerCommand<{ a: string; b: string }, undefined>('redirect-origins');
});
beforeEach(async () => {
  await executeServerCommand('redirect-reset');
  await clearOutbox();
  configureSubmissions(fast);
  console_ = recordConsole();
});
afterEach(() => console_.restore());
after(clearOutbox);

describe('an endpoint that redirects', () => {
  for (const status of [301, 302, 303, 307, 308]) {
    for (const target of ['same', 'other'] as const) {
      it(`${status} to the ${target} origin: not sent, kept on the device, one console error`, async () => {
        const to = `${target === 'same' ? origins.a : origins.b}/moved`;
        const endpoint = `${origins.a}/redirect/${status}?to=${encodeURIComponent(to)}&case=${target}`;
        const el = await sendQueued(endpoint);
        const id = el.submission.id!;

        // What the person sees: saved on this device, with "Yritä nyt"; never "sent".
        expect(el.submission.state).to.equal('queued');
        expect(statusText(el)).to.equal(QUEUED);
        expect(retryButton(el)).not.to.equal(null);
        // The outbox holds it, for the next page load.
        expect((await waiting()).map((entry) => entry.id)).to.deep.equal([id]);

        // Not retried while the page is open (a redirect is configuration; retrying cannot help).
        await settled(400);
        const requests = await log();
        const posts = requests.filter((r) => r.method === 'POST' && bodyId(r) === id);
        expect(posts.map((r) => `${r.server} ${r.path}`)).to.deep.equal([`a /redirect/${status}`]);
        expect(bodyId(posts[0])).to.equal(id);
        // The redirect target got nothing: no POST body, no GET.
        expect(requests.filter((r) => r.path === '/moved')).to.deep.equal([]);

        // The page author: one console error naming the element and the endpoint.
        expect(console_.seen.errors).to.have.length(1);
        expect(console_.seen.errors[0]).to.contain('<test-submit-form>').and.contain(endpoint).and.contain('redirects; set the final URL');

        // "Yritä nyt" tries again: still not delivered, still no second console error.
        await click(retryButton(el)!);
        await waitUntil(() => el.submission.state === 'queued', 'queued again', { timeout: 3000 });
        await settled(100);
        expect((await log()).filter((r) => r.method === 'POST' && bodyId(r) === id)).to.have.length(2);
        expect(console_.seen.errors).to.have.length(1);
        expect((await waiting()).map((entry) => entry.id)).to.deep.equal([id]);
        el.submission.reset();
      });
    }
  }

  it('a 2xx without a body counts as delivered (a Power Automate HTTP trigger answers 202)', async () => {
    const el = await mountForm(`${origins.b}/accepted`);
    const sent = oneEvent<CustomEvent<{ id: string; status: number }>>(el, 'digione-submitted');
    await click(button(el));
    expect((await sent).detail).to.deep.equal({ id: el.submission.id, status: 202 });
    expect(el.submission.state).to.equal('sent');
    expect((await log()).filter((r) => r.method === 'POST').map((r) => `${r.server} ${r.path} ${bodyId(r)}`)).to.deep.equal([
      `b /accepted ${el.submission.id}`,
    ]);
    expect(await waiting()).to.deep.equal([]);
    expect(console_.seen.errors).to.deep.equal([]);
  });
});

describe('an endpoint the browser cannot reach while online', () => {
  it('no CORS allowance: after 3 network errors in a row, one warning says what to check; the person sees "saved"', async () => {
    const endpoint = `${origins.b}/no-cors`;
    const el = await sendQueued(endpoint);
    expect(statusText(el)).to.equal(QUEUED);
    // 5 tries while the page is open (fast retries), then it waits for the next trigger.
    const here = async () => (await log()).filter((r) => r.path === '/no-cors');
    await waitUntil(async () => (await here()).filter((r) => r.method === 'OPTIONS').length === 5, 'five tries', { timeout: 5000 });
    await waitUntil(() => console_.seen.warnings.length > 0, 'a warning', { timeout: 3000 });
    await settled(200);
    expect(console_.seen.warnings).to.have.length(1);
    const [warning] = console_.seen.warnings;
    const host = new URL(origins.b).host;
    expect(warning)
      .to.contain('<test-submit-form>')
      .and.contain(endpoint)
      .and.contain(`${host} answers, so CORS blocks it`)
      .and.contain(`Access-Control-Allow-Origin: ${location.origin}`)
      .and.contain('Access-Control-Allow-Headers: content-type, idempotency-key')
      .and.contain(`the host name ${host}`);
    // The preflight failed, so no POST body ever left the browser; the probe was one GET.
    const requests = await here();
    expect(requests.filter((r) => r.method === 'POST')).to.deep.equal([]);
    expect(requests.filter((r) => r.method === 'GET')).to.have.length(1);
    expect(el.submission.state).to.equal('queued');
    expect(statusText(el)).to.equal(QUEUED);
    expect((await waiting()).map((entry) => entry.id)).to.deep.equal([el.submission.id]);
    expect(console_.seen.errors).to.deep.equal([]);

    // Another widget sending to the same endpoint: no second warning.
    const other = await sendQueued(endpoint);
    await settled(800);
    expect(console_.seen.warnings).to.have.length(1);
    other.submission.reset();
    el.submission.reset();
  });

  it('a host where nothing listens: the warning says it does not answer', async () => {
    const port = await executeServerCommand<number, undefined>('closed-port');
    const endpoint = `http://127.0.0.1:${port}/api/submissions`;
    const el = await sendQueued(endpoint);
    await waitUntil(() => console_.seen.warnings.length > 0, 'a warning', { timeout: 5000 });
    expect(console_.seen.warnings[0]).to.contain(`127.0.0.1:${port} does not answer.`).and.contain(`the host name 127.0.0.1:${port}`);
    expect(statusText(el)).to.equal(QUEUED);
    el.submission.reset();
  });

  it('fewer than 3 network errors in a row warn nobody', async () => {
    configureSubmissions({ ...fast, retry: { base: 20, cap: 200, tries: 2 } });
    const port = await executeServerCommand<number, undefined>('closed-port');
    const el = await sendQueued(`http://127.0.0.1:${port}/api/submissions`);
    await settled(600);
    expect(console_.seen.warnings).to.deep.equal([]);
    el.submission.reset();
  });
});
