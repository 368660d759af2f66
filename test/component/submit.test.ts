/**
 * The submission client against the real reference collector (test/support/collector-plugin.mjs):
 * outbox, retries, idempotency, and what the person sees.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { attempt, configureSubmissions, enqueue, flush, waiting } from '../../src/core/submit/outbox.js';
import { buildEnvelope, SUBMISSION_TYPES } from '../../src/core/submit/envelope.js';
import {
  button,
  clearOutbox,
  click,
  fast,
  joinRequest,
  mountForm,
  readiness,
  registration,
  retryButton,
  settled,
  slow,
  statusText,
  type TestSubmitForm,
} from '../support/submit-form.js';

interface Row {
  id: string;
  type: string;
  envelope: { data: Record<string, unknown> };
}
interface Request {
  id: string;
  at: number;
  status: number;
}
const rows = (id?: string) => executeServerCommand<Row[], { id?: string }>('collector-rows', { id });
const requests = async (id: string) => (await executeServerCommand<Request[], undefined>('collector-requests')).filter((r) => r.id === id);
const command = (name: string, payload?: unknown) => executeServerCommand(name, payload);

let endpoint: string;
const mount = (options: Parameters<typeof mountForm>[1] = {}) => mountForm(endpoint, options);

/** A widget whose send found the collector down: its submission waits in the outbox. */
async function queuedWhileDown(options: Parameters<typeof configureSubmissions>[0]) {
  configureSubmissions(options);
  await command('collector-down');
  const el = await mount();
  const queued = oneEvent<CustomEvent<{ id: string; reason: string }>>(el, 'digione-queued');
  await click(button(el));
  await queued;
  return el;
}

describe('SubmissionController with the reference collector', () => {
  before(async () => {
    endpoint = await executeServerCommand<string, undefined>('collector-url');
  });
  beforeEach(async () => {
    await command('collector-reset');
    await clearOutbox();
    configureSubmissions(fast);
  });

  it('delivers each type as the widgets build it; the collector validates it against schema/', async () => {
    for (const [type, data] of [
      [SUBMISSION_TYPES.registration, registration],
      [SUBMISSION_TYPES.join, joinRequest],
      [SUBMISSION_TYPES.readiness, readiness],
    ] as const) {
      const el = await mount({ type, data });
      const sent = oneEvent<CustomEvent<{ id: string; status: number }>>(el, 'digione-submitted');
      await click(button(el));
      const { detail } = await sent;
      expect(detail).to.deep.equal({ id: el.submission.id, status: 201 });
      expect(el.submission.state).to.equal('sent');
      const [row] = await rows(el.submission.id);
      expect(row.type).to.equal(type);
      expect(row.envelope.data).to.deep.equal(data);
    }
    expect(await waiting()).to.deep.equal([]);
  });

  it('endpoint down: queued and the person is told, with "Yritä nyt"; up: delivered, one row', async () => {
    configureSubmissions(slow);
    await command('collector-down');
    const el = await mount();
    const queued = oneEvent<CustomEvent<{ id: string; reason: string }>>(el, 'digione-queued');
    await click(button(el));
    const { detail } = await queued;
    expect(detail).to.deep.equal({ id: el.submission.id, reason: 'network' });
    expect(el.submission.state).to.equal('queued');
    await el.updateComplete;
    expect(statusText(el)).to.equal('Tallennettu tälle laitteelle – lähetetään automaattisesti, kun yhteys palaa.');
    expect(retryButton(el)!.textContent.trim()).to.equal('Yritä nyt');
    expect((await waiting()).map((entry) => entry.id)).to.deep.equal([el.submission.id]);
    await expect(el).to.be.accessible();

    await command('collector-up');
    const sent = oneEvent<CustomEvent<{ id: string; status: number }>>(el, 'digione-submitted');
    retryButton(el)!.focus();
    await sendKeys({ press: 'Enter' });
    expect((await sent).detail).to.deep.equal({ id: el.submission.id, status: 201 });
    expect(await rows(el.submission.id)).to.have.length(1);
    expect(await waiting()).to.deep.equal([]);
    await el.updateComplete;
    expect(retryButton(el)).to.equal(null);
  });

  it('the browser coming online flushes the outbox', async () => {
    const el = await queuedWhileDown(slow);
    await command('collector-up');
    const sent = oneEvent<CustomEvent<{ id: string; status: number }>>(el, 'digione-submitted');
    window.dispatchEvent(new Event('online'));
    await sent;
    expect(await rows(el.submission.id)).to.have.length(1);
  });

  it('500, then 503, then 201: retried with backoff, queued once, one row', async () => {
    await command('collector-script', [{ status: 500 }, { status: 503 }]);
    const el = await mount();
    let queuedEvents = 0;
    el.addEventListener('digione-queued', () => queuedEvents++);
    const sent = oneEvent<CustomEvent<{ id: string; status: number }>>(el, 'digione-submitted');
    await click(button(el));
    await sent;
    expect(queuedEvents).to.equal(1);
    expect((await requests(el.submission.id!)).map((r) => r.status)).to.deep.equal([500, 503, 201]);
    expect(await rows(el.submission.id)).to.have.length(1);
  });

  it('429 with Retry-After: waits as long as told', async () => {
    configureSubmissions({ ...fast, retry: { base: 20, cap: 2000, tries: 5 } });
    await command('collector-script', [{ status: 429, headers: { 'Retry-After': '1' } }]);
    const el = await mount();
    const sent = oneEvent<CustomEvent<{ id: string; status: number }>>(el, 'digione-submitted');
    await click(button(el));
    await sent;
    const [first, second] = await requests(el.submission.id!);
    expect(first.status).to.equal(429);
    expect(second.status).to.equal(201);
    expect(second.at - first.at).to.be.at.least(950);
    expect(await rows(el.submission.id)).to.have.length(1);
  });

  it('a page loaded later sends what an earlier one left in the outbox, once, and tells its widget', async () => {
    const earlier = await queuedWhileDown(slow);
    const id = earlier.submission.id!;
    // The earlier page goes away: its controller forgets the submission; the outbox keeps it.
    earlier.submission.reset();
    earlier.remove();
    await command('collector-up');

    // The "next page load": two widgets connect at once; each flushes the outbox.
    const container = await fixture<HTMLDivElement>(html`<div lang="fi"></div>`);
    const first = document.createElement('test-submit-form') as TestSubmitForm;
    const second = document.createElement('test-submit-form') as TestSubmitForm;
    const told = oneEvent<CustomEvent<{ id: string; status: number }>>(container, 'digione-submitted');
    container.append(first, second);
    const { detail, target } = await told;
    expect(detail).to.deep.equal({ id, status: 201 });
    expect(target).to.equal(first);
    await settled(300);
    expect(await requests(id)).to.have.length(1);
    expect(await rows(id)).to.have.length(1);
    await first.updateComplete;
    expect(statusText(first)).to.equal('Tälle laitteelle aiemmin tallennettu lähetys on nyt perillä.');
    expect(statusText(second)).to.equal('');
  });

  it('20 rapid clicks make one request and one row', async () => {
    const el = await mount();
    const sent = oneEvent<CustomEvent<{ id: string; status: number }>>(el, 'digione-submitted');
    for (let i = 0; i < 20; i++) button(el).click();
    await sent;
    for (let i = 0; i < 5; i++) await click(button(el));
    await settled(200);
    expect(await requests(el.submission.id!)).to.have.length(1);
    expect(await rows()).to.have.length(1);
  });

  it('400 with problem details: the message is shown, the input kept, nothing retried', async () => {
    await command('collector-script', [
      { status: 400, body: { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'Sähköpostiosoitetta ei hyväksytty.' } },
    ]);
    const el = await mount();
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    input.select();
    await sendKeys({ type: 'maija@kunta.fi' });
    const failed = oneEvent<CustomEvent<{ id: string; status: number; message: string }>>(el, 'digione-submit-failed');
    await click(button(el));
    const { detail } = await failed;
    expect(detail).to.deep.equal({ id: el.submission.id, status: 400, message: 'Sähköpostiosoitetta ei hyväksytty.', errors: [] });
    await el.updateComplete;
    expect(statusText(el)).to.equal('Lähetys ei onnistunut. Tietosi ovat yhä lomakkeella. Sähköpostiosoitetta ei hyväksytty.');
    expect(input.value).to.equal('maija@kunta.fi');
    expect(retryButton(el)).to.equal(null);
    await expect(el).to.be.accessible();
    await settled(500);
    expect(await requests(el.submission.id!)).to.have.length(1);
    expect(await rows()).to.have.length(0);
    expect(await waiting()).to.deep.equal([]);
  });

  it('422 problem details with field errors: the controller and digione-submit-failed carry them; a new send clears them', async () => {
    const errors = [
      { pointer: '/data/email', detail: 'Tähän osoitteeseen ei voi lähettää viestejä.' },
      { pointer: '/data/organisation', detail: 'Organisaatiota ei löydy rekisteristä.' },
    ];
    await command('collector-script', [
      {
        status: 422,
        body: { type: 'https://digione.fi/problems/invalid-fields', title: 'Invalid submission', status: 422, detail: 'Tarkista kentät.', errors },
      },
    ]);
    const el = await mount();
    const failed = oneEvent<CustomEvent<{ id: string; status: number; message: string; errors: unknown[] }>>(el, 'digione-submit-failed');
    await click(button(el));
    const { detail } = await failed;
    expect(detail).to.deep.equal({ id: el.submission.id, status: 422, message: 'Tarkista kentät.', errors });
    expect(el.submission.state).to.equal('failed');
    expect(el.submission.fieldErrors).to.deep.equal(errors);
    expect(await waiting()).to.deep.equal([]);
    expect(await rows()).to.have.length(0);

    const sent = oneEvent(el, 'digione-submitted');
    await click(button(el));
    await sent;
    expect(el.submission.fieldErrors).to.deep.equal([]);
    expect(await rows()).to.have.length(1);
  });

  it("a real 400 from the collector's validation names the field; a corrected send is a new submission", async () => {
    const el = await mount({ lang: 'en' });
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = 'not-an-email';
    const failed = oneEvent<CustomEvent<{ id: string; status: number; message: string }>>(el, 'digione-submit-failed');
    await click(button(el));
    const rejectedId = (await failed).detail.id;
    await el.updateComplete;
    expect(statusText(el)).to.equal('Sending failed. Your information is still in the form. Invalid fields: /data/email');
    input.value = 'maija@kunta.fi';
    const sent = oneEvent<CustomEvent<{ id: string; status: number }>>(el, 'digione-submitted');
    await click(button(el));
    await sent;
    expect(el.submission.id).not.to.equal(rejectedId);
    expect(await rows()).to.have.length(1);
  });

  it('reset() while sending settles the pending send; the next send is a new submission that goes out', async () => {
    await command('collector-script', [{ delay: 800 }]);
    const el = await mount();
    const first = el.submission.send({ type: SUBMISSION_TYPES.registration, data: registration, endpoint });
    const firstId = el.submission.id;
    await settled(100);
    expect(el.submission.busy).to.equal(true);
    el.submission.reset();
    expect(await first).to.equal('idle');
    expect(await el.submission.send({ type: SUBMISSION_TYPES.registration, data: registration, endpoint })).to.equal('sent');
    expect(el.submission.id).not.to.equal(firstId);
    // The first one was already on its way: it is delivered too, each once.
    await waitUntil(async () => (await rows()).length === 2, 'both stored', { timeout: 3000 });
    expect(await waiting()).to.deep.equal([]);
  });

  it('digione-submit cancelled: the host page sends; nothing is posted or stored', async () => {
    const el = await mount();
    el.addEventListener('digione-submit', (event) => event.preventDefault(), { once: true });
    const submit = oneEvent<CustomEvent<{ envelope: { id: string } }>>(el, 'digione-submit');
    await click(button(el));
    const event = await submit;
    expect(event.detail.envelope.id).to.equal(el.submission.id);
    expect(el.submission.state).to.equal('host');
    await settled(100);
    expect(await requests(el.submission.id!)).to.have.length(0);
    expect(await waiting()).to.deep.equal([]);
  });

  it('an expired entry is dropped unsent, and the widget says so', async () => {
    const id = crypto.randomUUID();
    await enqueue({ id, endpoint, body: '{}', widget: 'test-submit-form', expires: Date.now() - 1 });
    const container = await fixture<HTMLDivElement>(html`<div lang="sv"></div>`);
    const el = document.createElement('test-submit-form') as TestSubmitForm;
    const failed = oneEvent<CustomEvent<{ id: string; status: number; message: string }>>(container, 'digione-submit-failed');
    container.append(el);
    expect((await failed).detail).to.deep.equal({ id, status: 0, message: 'expired', errors: [] });
    await el.updateComplete;
    expect(statusText(el)).to.equal(
      'Det som tidigare sparades på den här enheten kunde inte skickas inom 7 dagar och har tagits bort. Skicka uppgifterna på nytt vid behov.',
    );
    expect(await requests(id)).to.have.length(0);
    expect(await waiting()).to.deep.equal([]);
  });

  it('a timeout is retryable: queued, then delivered', async () => {
    const el = await queuedWhileDown({ ...fast, timeout: 300 });
    await command('collector-up');
    await waitUntil(() => el.submission.state === 'sent', 'delivered by a background retry', { timeout: 5000 });
    expect(await rows(el.submission.id)).to.have.length(1);
    configureSubmissions({ timeout: 15_000 });
  });

  describe('one request per id across tabs', () => {
    const entry = () => {
      const envelope = buildEnvelope({
        type: SUBMISSION_TYPES.registration,
        widget: 'test-submit-form',
        locale: 'fi',
        data: registration,
        pageUrl: location.href,
      });
      return { id: envelope.id, endpoint, body: JSON.stringify(envelope), widget: 'test-submit-form', expires: Date.now() + 60_000 };
    };

    it('an id whose Web Lock another tab holds is left alone, then sent once it is free', async () => {
      const waitingEntry = entry();
      await enqueue(waitingEntry);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const lockTaken = new Promise<void>((resolve) => (locked = resolve));
      // Another tab: holds the same lock name while "sending".
      void navigator.locks.request(`digione-outbox:${waitingEntry.id}`, () => {
        locked();
        return held;
      });
      await lockTaken;
      expect(await attempt(waitingEntry.id)).to.equal(undefined);
      expect(await requests(waitingEntry.id)).to.have.length(0);
      release();
      await settled(20);
      expect(await attempt(waitingEntry.id)).to.deep.equal({ kind: 'ok', status: 201 });
      expect(await rows(waitingEntry.id)).to.have.length(1);
    });

    it('without the Web Locks API: a lease on the entry keeps a second sender off until it lapses', async () => {
      Object.defineProperty(navigator, 'locks', { value: undefined, configurable: true });
      try {
        const leased = { ...entry(), lease: Date.now() + 60_000 };
        await enqueue(leased);
        expect(await attempt(leased.id)).to.equal(undefined);
        expect(await requests(leased.id)).to.have.length(0);
        await enqueue({ ...leased, lease: Date.now() - 1 });
        expect(await attempt(leased.id)).to.deep.equal({ kind: 'ok', status: 201 });
        expect(await rows(leased.id)).to.have.length(1);
        expect(await waiting()).to.deep.equal([]);
      } finally {
        delete (navigator as unknown as Record<string, unknown>).locks;
      }
      expect(navigator.locks).to.be.ok;
    });
  });

  it('pagehide sends a waiting entry with keepalive; the next flush finds it stored and clears it: one row', async () => {
    const el = await queuedWhileDown(slow);
    const id = el.submission.id!;
    await command('collector-up');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await waitUntil(async () => (await rows(id)).length === 1, 'the keepalive request arrived', { timeout: 5000 });
    expect((await waiting()).map((e) => e.id)).to.deep.equal([id]);
    el.submission.reset();
    await flush();
    expect((await requests(id)).map((r) => r.status)).to.deep.equal([201, 201]);
    expect(await rows(id)).to.have.length(1);
    expect(await waiting()).to.deep.equal([]);
  });

  it('a Retry-After longer than the backoff cap leaves the entry for later', async () => {
    await command('collector-script', [{ status: 503, headers: { 'Retry-After': '120' } }]);
    const el = await mount();
    const queued = oneEvent<CustomEvent<{ id: string; reason: string }>>(el, 'digione-queued');
    await click(button(el));
    expect((await queued).detail.reason).to.equal('http-503');
    await settled(300);
    const [stored] = await waiting();
    expect(stored.notBefore! - Date.now()).to.be.within(100_000, 120_000);
    await flush();
    expect(await requests(el.submission.id!)).to.have.length(1);
    expect(el.submission.state).to.equal('queued');
    // "Yritä nyt" does not wait.
    const sent = oneEvent<CustomEvent<{ id: string; status: number }>>(el, 'digione-submitted');
    await click(retryButton(el)!);
    await sent;
    expect(await rows(el.submission.id)).to.have.length(1);
  });
});
