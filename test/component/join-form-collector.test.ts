// The join form against the real reference collector (test/support/collector-plugin.mjs):
// one send leaves exactly one stored row with the expected data; the honeypot leaves none.
import { expect, fixture, html, waitUntil, aTimeout } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { Envelope } from '../../src/core/submit/envelope.js';
import type { JoinRequestData } from '../../src/core/submit/types.js';
import type { DigiOneJoinForm } from '../../src/join-form/join-form.js';
import '../../src/define.js';

interface Row {
  id: string;
  type: string;
  envelope: Envelope<JoinRequestData>;
}

const $ = <T extends HTMLElement = HTMLElement>(el: DigiOneJoinForm, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const rows = () => executeServerCommand<Row[], unknown>('collector-rows', { type: 'fi.digione.join.requested' });

async function filledForm(): Promise<DigiOneJoinForm> {
  const endpoint = await executeServerCommand<string, unknown>('collector-url');
  const el = await fixture<DigiOneJoinForm>(
    html`<digione-join-form lang="sv" endpoint=${endpoint} privacy-url="/tietosuoja.html" no-draft></digione-join-form>`,
  );
  // a person's way: type, choose, tick
  $(el, '#organisationType-municipality').click();
  await el.updateComplete;
  $(el, '#municipality').focus();
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
    $(el, `#${field}`).focus();
    await sendKeys({ type: text });
  }
  $(el, '#interests-platforms').click();
  $(el, '#interests-procurement').click();
  $(el, '#timeframe-within-year').click();
  $(el, '#consent').click();
  await el.updateComplete;
  return el;
}

describe('<digione-join-form> and the reference collector', () => {
  beforeEach(() => executeServerCommand('collector-reset'));

  it('a send leaves one row with the expected data, and the reference is its id', async () => {
    const el = await filledForm();
    $(el, 'button[type=submit]').focus();
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
    expect($(el, '.reference').textContent).to.equal(envelope.id.slice(0, 8).toUpperCase());
    expect($(el, '[part=success]').textContent).to.contain('Tack');
    await expect(el).to.be.accessible();
  });

  it('a filled honeypot stores nothing and still thanks', async () => {
    const el = await filledForm();
    $<HTMLInputElement>(el, '#website').value = 'https://spam.example';
    $(el, 'button[type=submit]').click();
    await waitUntil(() => $(el, '[part=success]'), 'success shown');
    await aTimeout(200);
    expect(await rows()).to.have.length(0);
    expect(await executeServerCommand<unknown[], unknown>('collector-requests')).to.have.length(0);
  });

  it('a refusal keeps the input and says so', async () => {
    const el = await filledForm();
    await executeServerCommand('collector-script', [{ status: 422, body: { title: 'Unprocessable' } }]);
    $(el, 'button[type=submit]').click();
    await waitUntil(() => $(el, '[part=submission-status]').textContent!.includes('Det gick inte att skicka'), 'failure shown', { timeout: 5000 });
    expect($<HTMLInputElement>(el, '#contactName').value).to.equal('Anna Andersson');
    expect($(el, '[part=success]')).to.equal(null);
  });
});
