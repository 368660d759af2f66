import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { DigiOneEventCard } from '../../src/event-card/event-card.js';
import type { Envelope } from '../../src/core/submit/envelope.js';
import type { EventRegistrationData } from '../../src/core/submit/types.js';
import '../../src/define.js';
import { $, active, text } from '../support/helpers.js';

const HEADING = 'Tietoisku oppimisen hankkeesta DigiOne – kuinka ekosysteemiin pääsee mukaan';

async function card(attributes: Record<string, string>): Promise<DigiOneEventCard> {
  const el = document.createElement('digione-event-card');
  el.now = new Date('2022-09-01T10:00:00Z');
  el.viewerTimeZone = 'Europe/Helsinki';
  const all: Record<string, string> = { lang: 'fi', heading: HEADING, start: '2022-09-15T09:00', end: '2022-09-15T09:45', ...attributes };
  for (const [name, value] of Object.entries(all)) el.setAttribute(name, value);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

async function type(el: DigiOneEventCard, id: string, value: string): Promise<void> {
  $(el, `#${id}`)!.focus();
  await sendKeys({ type: value });
}

async function fillValid(el: DigiOneEventCard, message?: string): Promise<void> {
  await type(el, 'reg-name', 'Åsa Öhman');
  await type(el, 'reg-email', 'asa.ohman@kauniainen.fi');
  await type(el, 'reg-organisation', 'Kauniaisten kaupunki');
  if (message) await type(el, 'reg-message', message);
  $(el, '#reg-consent')!.focus();
  await sendKeys({ press: 'Space' });
}

describe('<digione-event-card> registration', () => {
  it('shows no registration UI without endpoint or registration-url', async () => {
    const el = await card({});
    expect($(el, '[part="form"]')).to.equal(null);
    expect($(el, 'a.button')).to.equal(null);
  });

  it('without privacy-url shows the configuration message and takes nothing', async () => {
    const el = await card({ endpoint: '/api/submissions' });
    expect(text($(el, '[part="form"]'))).to.include('Tietosuojaselosteen osoitetta ei ole määritetty');
    expect($(el, 'form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows no form while the event has no readable start (the card says why)', async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const el = await card({ endpoint: '/api/submissions', 'privacy-url': '/tietosuoja', start: 'huomenna' });
      expect($(el, 'form')).to.equal(null);
      expect($(el, '[part="problems"]')).not.to.equal(null);
    } finally {
      console.warn = warn;
    }
  });

  it('puts the form title one level below the card’s heading, at most h6', async () => {
    const el = await card({ endpoint: '/api/submissions', 'privacy-url': '/tietosuoja', 'heading-level': '6' });
    expect($(el, '[part="heading"]')!.localName).to.equal('h6');
    expect($(el, '[part="form-title"]')!.localName).to.equal('h6');
  });

  it('refuses an insecure endpoint with a visible message', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const el = await card({ endpoint: 'http://example.com/collect', 'privacy-url': '/tietosuoja' });
      expect(text($(el, '[part="form"]'))).to.include('Lähetysosoite ”http://example.com/collect” ei ole sallittu');
      expect($(el, 'form')).to.equal(null);
      expect(errors.length).to.equal(1);
    } finally {
      console.error = original;
    }
  });

  it('validates with the error summary: focus, links to fields, inline messages', async () => {
    const el = await card({ endpoint: '/api/submissions', 'privacy-url': '/tietosuoja', 'registration-url': 'https://example.fi/ilmo' });
    expect($(el, 'a.button'), 'the form replaces the link').to.equal(null);
    expect(text($(el, '[part="form-title"]'))).to.equal('Ilmoittaudu tilaisuuteen');
    expect($(el, '[part="form-title"]')!.localName).to.equal('h4');
    expect(text($(el, 'label[for="reg-message"]'))).to.equal('Viesti järjestäjälle (valinnainen)');
    expect($<HTMLAnchorElement>(el, 'form a[target="_blank"]')!.href).to.equal(new URL('/tietosuoja', location.href).href);
    await expect(el).to.be.accessible();

    $(el, 'button[type="submit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.error-summary'));
    const summary = $(el, '.error-summary')!;
    expect(active(el)).to.equal(summary);
    expect([...summary.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal([
      'Kirjoita nimesi',
      'Kirjoita työsähköpostiosoitteesi',
      'Kirjoita organisaatiosi tai kuntasi nimi',
      'Hyväksy tietojesi käsittely, jotta voit ilmoittautua',
    ]);
    const name = $<HTMLInputElement>(el, '#reg-name')!;
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(name.getAttribute('aria-describedby')).to.equal('reg-name-error');
    expect(text($(el, '#reg-name-error'))).to.equal('Virhe: Kirjoita nimesi');
    expect($(el, '#reg-message')!.getAttribute('aria-invalid')).to.equal('false');
    await expect(el).to.be.accessible();

    summary.querySelectorAll('a')[2].click();
    expect(active(el)).to.equal($(el, '#reg-organisation'));

    await type(el, 'reg-email', 'ei-osoite@');
    $(el, 'button[type="submit"]')!.click();
    await waitUntil(() => text($(el, '.error-summary')).includes('muodossa'));
    expect(text($(el, '#reg-email-error'))).to.equal('Virhe: Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi');
  });

  it('hands the envelope to the page through a cancelable digione-submit', async () => {
    const el = await card({ endpoint: '/api/submissions', 'privacy-url': '/tietosuoja', 'event-id': 'digione-2022-09-15@kuntaliitto.fi' });
    await fillValid(el, 'Tulemme kahdestaan; kiitos!');
    el.addEventListener('digione-submit', (event) => event.preventDefault(), { once: true });
    setTimeout(() => $(el, 'button[type="submit"]')!.click());
    const submit = await oneEvent<CustomEvent<{ envelope: Envelope<EventRegistrationData> }>>(el, 'digione-submit');
    const envelope = submit.detail.envelope;
    expect(envelope.type).to.equal('fi.digione.event.registered');
    expect(envelope.widget).to.equal('digione-event-card');
    expect(envelope.locale).to.equal('fi');
    expect(envelope.data).to.deep.equal({
      eventId: 'digione-2022-09-15@kuntaliitto.fi',
      eventTitle: HEADING,
      eventStart: '2022-09-15T06:00:00.000Z',
      name: 'Åsa Öhman',
      email: 'asa.ohman@kauniainen.fi',
      organisation: 'Kauniaisten kaupunki',
      message: 'Tulemme kahdestaan; kiitos!',
      consent: true,
    });
    await waitUntil(() => $(el, '#sent'));
    expect($(el, 'form')).to.equal(null);
  });

  describe('with the reference collector', () => {
    let endpoint: string;
    before(async () => {
      endpoint = await executeServerCommand<string, void>('collector-url');
    });
    beforeEach(async () => {
      await executeServerCommand('collector-reset');
    });

    it('posts the registration, and thanks with focus on the message', async () => {
      const el = await card({ endpoint, 'privacy-url': '/tietosuoja' });
      await fillValid(el);
      $(el, 'button[type="submit"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '#sent'), 'the thanks', { timeout: 5000 });
      expect(text($(el, '#sent'))).to.equal('Kiitos, ilmoittautumisesi on vastaanotettu.');
      expect(active(el)).to.equal($(el, '#sent'));
      expect($(el, 'form')).to.equal(null);
      await expect(el).to.be.accessible();
      const rows = await executeServerCommand<Array<{ envelope: Envelope<EventRegistrationData> }>, { type: string }>('collector-rows', {
        type: 'fi.digione.event.registered',
      });
      expect(rows.length).to.equal(1);
      const data = rows[0].envelope.data;
      expect(data.eventId).to.match(/^[0-9a-f]{14}@digione-widgets$/);
      expect(data.eventStart).to.equal('2022-09-15T06:00:00.000Z');
      expect(data.name).to.equal('Åsa Öhman');
      expect('message' in data).to.equal(false);
      expect(data.consent).to.equal(true);
    });

    it('keeps the form when the collector rejects it, and shows why', async () => {
      await executeServerCommand('collector-script', [{ status: 422, body: { title: 'Invalid', detail: 'email: bad domain' } }]);
      const el = await card({ endpoint, 'privacy-url': '/tietosuoja' });
      await fillValid(el);
      $(el, 'button[type="submit"]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('.notice.error'), 'the failure', { timeout: 5000 });
      expect(text($(el, '[part="submission-status"]'))).to.include('Lähetys ei onnistunut');
      expect($<HTMLInputElement>(el, '#reg-name')!.value).to.equal('Åsa Öhman');
      await expect(el).to.be.accessible();
    });
  });
});
