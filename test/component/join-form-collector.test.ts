// The join form against the real reference collector (test/support/collector-plugin.mjs):
// one send leaves exactly one stored row with the expected data; the honeypot leaves none.
import { expect, fixture, html, waitUntil, aTimeout } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { Envelope } from '../../src/core/submit/envelope.js';
import type { JoinRequestData } from '../../src/core/submit/types.js';
import type { DigiOneJoinForm } from '../../src/join-form/join-form.js';
import { configureSubmissions, flush, submitOptions } from '../../src/core/submit/outbox.js';
import { draftKey } from '../../src/join-form/draft.js';
import '../../src/define.js';
import { $, must } from '../support/helpers.js';

interface Row {
  id: string;
  type: string;
  envelope: Envelope<JoinRequestData>;
}

const rows = () => executeServerCommand<Row[], unknown>('collector-rows', { type: 'fi.digione.join.requested' });

async function filledForm(draft = false): Promise<DigiOneJoinForm> {
  const endpoint = await executeServerCommand<string, unknown>('collector-url');
  const el = await fixture<DigiOneJoinForm>(
    html`<digione-join-form lang="sv" endpoint=${endpoint} privacy-url="/tietosuoja.html" ?no-draft=${!draft}></digione-join-form>`,
  );
  // a person's way: type, choose, tick
  must(el, '#organisationType-municipality').click();
  await el.updateComplete;
  must(el, '#municipality').focus();
  await sendKeys({ type: 'vasa' });
  await el.updateComplete;
  await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  for (const [field, text] of [
    ['contactName', 'Anna Andersson'],
    ['title', 'Bildningsdirektör'],
    ['email', 'anna.andersson@vasa.fi'],
    ['phone', '06 325 1111'],
    ['pupils', '6 200'],
  ]) {
    must(el, `#${field}`).focus();
    await sendKeys({ type: text });
  }
  must(el, '#interests-platforms').click();
  must(el, '#interests-procurement').click();
  must(el, '#timeframe-within-year').click();
  must(el, '#consent').click();
  await el.updateComplete;
  return el;
}

describe('<digione-join-form> and the reference collector', () => {
  beforeEach(() => executeServerCommand('collector-reset'));

  it('a send leaves one row with the expected data, and the reference is its id', async () => {
    const el = await filledForm();
    must(el, 'button[type=submit]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('part') === 'success', 'the success panel takes focus', { timeout: 5000 });
    const stored = await rows();
    expect(stored).to.have.length(1);
    const { envelope } = stored[0];
    expect(envelope.type).to.equal('fi.digione.join.requested');
    expect(envelope.locale).to.equal('sv');
    expect(envelope.dataschema).to.equal('https://digione.fi/schema/v1/join-requested.schema.json');
    const { elapsedMs, ...data } = envelope.data;
    expect(elapsedMs).to.be.a('number').and.greaterThan(0);
    expect(data).to.deep.equal({
      organisationType: 'municipality',
      municipality: { code: '905', name: 'Vasa – Vaasa' },
      contactName: 'Anna Andersson',
      title: 'Bildningsdirektör',
      email: 'anna.andersson@vasa.fi',
      phone: '+35863251111',
      pupils: 6200,
      interests: ['platforms', 'procurement'],
      timeframe: 'within-year',
      consent: true,
    });
    expect(must(el, '.reference').textContent).to.equal(envelope.id.slice(0, 8).toUpperCase());
    expect(must(el, '[part=success]').textContent).to.contain('Tack');
    await expect(el).to.be.accessible();
  });

  it('a filled honeypot stores nothing and still thanks', async () => {
    const el = await filledForm();
    must<HTMLInputElement>(el, '#website').value = 'https://spam.example';
    must(el, 'button[type=submit]').click();
    await waitUntil(() => $(el, '[part=success]'), 'success shown');
    await aTimeout(200);
    expect(await rows()).to.have.length(0);
    expect(await executeServerCommand<unknown[], unknown>('collector-requests')).to.have.length(0);
  });

  it('a refusal keeps the input and says so', async () => {
    const el = await filledForm();
    await executeServerCommand('collector-script', [{ status: 422, body: { title: 'Unprocessable' } }]);
    must(el, 'button[type=submit]').click();
    await waitUntil(() => must(el, '[part=submission-status]').textContent.includes('Det gick inte att skicka'), 'failure shown', { timeout: 5000 });
    expect(must<HTMLInputElement>(el, '#contactName').value).to.equal('Anna Andersson');
    expect($(el, '[part=success]')).to.equal(null);
  });

  it('queued when the collector is unavailable: says so, keeps the input, drops the draft, thanks once delivered', async () => {
    const random = submitOptions.random;
    configureSubmissions({ random: () => 0 }); // retry at once
    try {
      await executeServerCommand('collector-script', [{ status: 503 }, { status: 503 }]);
      const el = await filledForm(true);
      await waitUntil(() => localStorage.getItem(draftKey(location.pathname)), 'draft kept while typing', { timeout: 2000 });
      let queued = 0;
      el.addEventListener('digione-queued', () => (queued += 1));
      must(el, 'button[type=submit]').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => queued === 1, 'queued');
      expect(localStorage.getItem(draftKey(location.pathname))).to.equal(null);
      await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('part') === 'success', 'thanked after the retry', { timeout: 5000 });
      const stored = await rows();
      expect(stored).to.have.length(1);
      expect(must(el, '.reference').textContent).to.equal(stored[0].id.slice(0, 8).toUpperCase());
      const tries = (await executeServerCommand<Array<{ status: number }>, unknown>('collector-requests')).map((r) => r.status);
      expect(tries).to.have.length(3);
      expect(tries.slice(0, 2)).to.deep.equal([503, 503]);
      expect(tries[2]).to.be.within(200, 299);
    } finally {
      configureSubmissions({ random });
    }
  });

  it('queued while the collector is down: the status says so and the input stays; delivered when it is back', async () => {
    const random = submitOptions.random;
    configureSubmissions({ random: () => 0 });
    const el = await filledForm();
    try {
      await executeServerCommand('collector-down');
      must(el, 'button[type=submit]').click();
      await waitUntil(() => must(el, '[part=submission-status]').textContent.includes('Sparat på den här enheten'), 'queued shown', { timeout: 5000 });
      expect(must<HTMLInputElement>(el, '#email').value).to.equal('anna.andersson@vasa.fi');
      expect(must(el, 'button[type=submit]').getAttribute('aria-disabled')).to.equal('false');
      await expect(el).to.be.accessible();
    } finally {
      // leave no entry in this origin's outbox for other test files to deliver
      await executeServerCommand('collector-up');
      await flush();
      configureSubmissions({ random });
    }
    await waitUntil(() => $(el, '[part=success]'), 'thanked once delivered', { timeout: 5000 });
    expect(await rows()).to.have.length(1);
  });
});
