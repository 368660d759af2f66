import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { Envelope } from '../../src/core/submit/envelope.js';
import type { JoinRequestData } from '../../src/core/submit/types.js';
import { READINESS_RESULT_KEY } from '../../src/core/readiness-result.js';
import { DigiOneJoinForm } from '../../src/join-form/join-form.js';
import { DRAFT_MAX_AGE_MS, draftKey } from '../../src/join-form/draft.js';
import '../../src/define.js';
import { $, active, must } from '../support/helpers.js';

const KEY = draftKey(location.pathname);

/** The prefill that makes a valid request once consent is ticked. */
const COMPLETE = {
  municipality: 'Espoo',
  contactName: 'Maija Meikäläinen',
  title: 'Sivistysjohtaja',
  email: 'maija.meikalainen@espoo.fi',
  phone: '040 123 4567',
  pupils: '4 500',
  interests: ['identity' as const, 'data' as const],
  timeframe: 'next-term' as const,
};

async function form(template = html`<digione-join-form endpoint="/api/join-test" privacy-url="/tietosuoja.html" no-draft></digione-join-form>`) {
  const el = await fixture<DigiOneJoinForm>(template);
  await el.updateComplete;
  return el;
}

/** Chooses the type "municipality" and puts the focus in the municipality box. */
async function municipalityBox(el: DigiOneJoinForm): Promise<HTMLInputElement> {
  must(el, '#organisationType-municipality').click();
  await el.updateComplete;
  const input = must<HTMLInputElement>(el, '#municipality');
  input.focus();
  return input;
}

async function tickConsent(el: DigiOneJoinForm) {
  must<HTMLInputElement>(el, '#consent').click();
  await el.updateComplete;
}

describe('<digione-join-form>', () => {
  const clean = () => {
    localStorage.removeItem(KEY);
    localStorage.removeItem(READINESS_RESULT_KEY);
  };
  beforeEach(clean);
  after(clean); // other test files share this origin's storage

  it('renders its fields in Finnish, Swedish and English, optional ones marked', async () => {
    for (const [lang, optional, submit, titleHint] of [
      ['fi', '(valinnainen)', 'Lähetä ilmoitus', 'Esimerkiksi sivistysjohtaja'],
      ['sv', '(valfri)', 'Skicka anmälan', 'Till exempel bildningsdirektör'],
      ['en', '(optional)', 'Send', 'For example director of education'],
    ]) {
      const el = await form(html`<digione-join-form lang=${lang} endpoint="/api/x" privacy-url="/tietosuoja.html" no-draft></digione-join-form>`);
      expect(must(el, 'button[type=submit]').textContent.trim()).to.equal(submit);
      expect(must(el, 'label[for=phone]').textContent).to.contain(optional);
      expect(must(el, 'label[for=pupils]').textContent).to.contain(optional);
      expect(must(el, 'label[for=email]').textContent).not.to.contain(optional);
      expect(must(el, '#title-hint').textContent).to.contain(titleHint);
      expect(must(el, '#phone-hint').textContent).to.contain('040 123 4567');
      expect(el.shadowRoot!.querySelectorAll('input[name=interests]').length).to.equal(5);
      expect(el.shadowRoot!.querySelectorAll('input[name=timeframe]').length).to.equal(4);
      expect(must(el, 'a[href$="tietosuoja.html"]')).to.exist;
    }
  });

  it('without privacy-url tells the page author and takes no submissions', async () => {
    const el = await form(html`<digione-join-form endpoint="/api/x" lang="fi"></digione-join-form>`);
    expect(must(el, '[part=config-error]').textContent).to.contain('privacy-url');
    expect($(el, 'form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('the organisation type decides between the municipality box and the organisation name', async () => {
    const el = await form();
    expect($(el, '#municipality')).to.equal(null);
    must(el, '#organisationType-municipality').click();
    await el.updateComplete;
    expect(must(el, '#municipality').getAttribute('role')).to.equal('combobox');
    expect($(el, '#organisationName')).to.equal(null);
    must(el, '#organisationType-other').click();
    await el.updateComplete;
    expect(must(el, '#organisationName')).to.exist;
    expect($(el, '#municipality')).to.equal(null);
  });

  it('empty submit by keyboard: the summary takes focus, Tab reaches a link, Enter moves to the field', async () => {
    const el = await form(html`<digione-join-form lang="fi" endpoint="/api/x" privacy-url="/tietosuoja.html" no-draft></digione-join-form>`);
    must(el, 'button[type=submit]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.classList.contains('error-summary'), 'the error summary takes focus');
    const links = [...el.shadowRoot!.querySelectorAll('.error-summary a')].map((a) => a.textContent);
    expect(links).to.deep.equal([
      'Valitse organisaation tyyppi',
      'Anna yhteyshenkilön nimi',
      'Anna tehtävänimike tai rooli, esimerkiksi sivistysjohtaja',
      'Anna työsähköpostiosoite',
      'Valitse vähintään yksi kiinnostuksen kohde',
      'Valitse, milloin haluaisitte aloittaa',
      'Anna suostumus tietojen käsittelyyn, jotta DigiOne-tiimi voi ottaa yhteyttä',
    ]);
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.textContent).to.equal('Valitse organisaation tyyppi');
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.textContent).to.equal('Anna yhteyshenkilön nimi');
    await sendKeys({ press: 'Enter' });
    expect(active(el)?.id).to.equal('contactName');
    // inline message, tied to the field
    const input = must(el, '#contactName');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('contactName-error');
    expect(must(el, '#contactName-error').textContent).to.contain('Anna yhteyshenkilön nimi');
    expect(location.hash).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('checks a touched field on blur, just that one', async () => {
    const el = await form(html`<digione-join-form lang="fi" endpoint="/api/x" privacy-url="/tietosuoja.html" no-draft></digione-join-form>`);
    must(el, '#email').focus();
    await sendKeys({ type: 'maija@espoo' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(must(el, '#email-error').textContent).to.contain('Anna sähköpostiosoite muodossa nimi@kunta.fi');
    expect(must(el, '#email').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#phone-error')).to.equal(null);
    expect($(el, '.error-summary')).to.equal(null);
    must(el, '#email').focus();
    await sendKeys({ type: '.fi' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect($(el, '#email-error')).to.equal(null);
  });

  it('municipality combobox by keyboard: type "esb", ArrowDown, Enter chooses Espoo; Escape closes, then clears', async () => {
    const el = await form(html`<digione-join-form lang="fi" endpoint="/api/x" privacy-url="/tietosuoja.html" no-draft></digione-join-form>`);
    const input = await municipalityBox(el);
    await sendKeys({ type: 'esb' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(input.getAttribute('aria-controls')).to.equal('municipality-listbox');
    expect(must(el, '#municipality-listbox').getAttribute('role')).to.equal('listbox');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('municipality-option-049');
    expect(must(el, '#municipality-option-049').getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(input.value).to.equal('Espoo – Esbo');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    expect($(el, '.error-summary')).to.equal(null); // Enter chose; it did not submit

    // accents and case do not matter, Swedish names are found; Escape closes, a second Escape clears
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.value).to.equal('');
    await sendKeys({ type: 'JAMS' });
    await el.updateComplete;
    expect(must(el, '[role=option]').textContent.trim()).to.equal('Jämsä');
    // nothing found: the list closes and the count says so
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await sendKeys({ type: 'xyz' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(must(el, '.combobox [role=status]').textContent).to.equal('Yhtään kuntaa ei löytynyt.');
    // a name found only in the other language is shown next to the page language's one
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await sendKeys({ type: 'karl' });
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('[role=option]')].map((o) => o.textContent.trim())).to.include.members([
      'Hailuoto (Karlö)',
      'Kokkola – Karleby',
    ]);
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await sendKeys({ type: 'JAMS' });
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.value).to.equal('JAMS');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.value).to.equal('');
  });

  it('combobox: caps the list at 50 and says how many matched; ArrowUp wraps; Swedish page shows Swedish names', async () => {
    const el = await form(html`<digione-join-form lang="sv" endpoint="/api/x" privacy-url="/tietosuoja.html" no-draft></digione-join-form>`);
    const input = await municipalityBox(el);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[role=option]').length).to.equal(50);
    expect(must(el, '.combobox [role=status]').textContent).to.match(/^309 kommuner hittades, de 50 första visas/);
    await sendKeys({ type: 'helsing' });
    await el.updateComplete;
    expect(must(el, '[role=option]').textContent.trim()).to.equal('Helsingfors – Helsinki');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(input.value).to.equal('Helsingfors – Helsinki');
  });

  it('the municipality attribute preselects, by code or name', async () => {
    const el = await form(html`<digione-join-form lang="fi" municipality="091" endpoint="/api/x" privacy-url="/tietosuoja.html" no-draft></digione-join-form>`);
    expect(must<HTMLInputElement>(el, '#organisationType-municipality').checked).to.equal(true);
    expect(must<HTMLInputElement>(el, '#municipality').value).to.equal('Helsinki – Helsingfors');
    const byName = await form(
      html`<digione-join-form lang="en" municipality="Mariehamn" endpoint="/api/x" privacy-url="/tietosuoja.html" no-draft></digione-join-form>`,
    );
    expect(must<HTMLInputElement>(byName, '#municipality').value).to.equal('Mariehamn');
    // a language change re-renders the chosen name in the new language
    el.setAttribute('lang', 'sv');
    await nextFrame();
    await el.updateComplete;
    expect(must<HTMLInputElement>(el, '#municipality').value).to.equal('Helsingfors – Helsinki');
    expect(must(el, 'label[for=municipality]').textContent).to.equal('Kommun');
  });

  it('sends the request as fi.digione.join.requested and shows the reference, focused', async () => {
    const el = await form();
    el.prefill = { ...COMPLETE, message: 'Haluamme aloittaa MPASSidistä.' };
    await el.updateComplete;
    await tickConsent(el);
    const submitted = new Promise<Envelope<JoinRequestData>>((resolve) =>
      el.addEventListener('digione-submit', (event) => {
        event.preventDefault(); // the host page takes it: no network in this test
        resolve((event as CustomEvent<{ envelope: Envelope<JoinRequestData> }>).detail.envelope);
      }),
    );
    must(el, 'button[type=submit]').click();
    const envelope = await submitted;
    expect(envelope.type).to.equal('fi.digione.join.requested');
    expect(envelope.widget).to.equal('digione-join-form');
    const { elapsedMs, ...data } = envelope.data;
    expect(elapsedMs).to.be.a('number').and.at.least(0);
    expect(data).to.deep.equal({
      organisationType: 'municipality',
      municipality: { code: '049', name: 'Espoo – Esbo' },
      contactName: 'Maija Meikäläinen',
      title: 'Sivistysjohtaja',
      email: 'maija.meikalainen@espoo.fi',
      phone: '+358401234567',
      pupils: 4500,
      interests: ['identity', 'data'],
      timeframe: 'next-term',
      message: 'Haluamme aloittaa MPASSidistä.',
      consent: true,
    });
    await waitUntil(() => active(el)?.getAttribute('part') === 'success', 'the success panel takes focus');
    expect(must(el, '.reference').textContent).to.equal(envelope.id.slice(0, 8).toUpperCase());
    await expect(el).to.be.accessible();
  });

  it('a filled honeypot sends nothing but shows the success panel', async () => {
    const el = await form();
    el.prefill = COMPLETE;
    await el.updateComplete;
    await tickConsent(el);
    const honeypot = must<HTMLInputElement>(el, '#website');
    expect(honeypot.closest('[aria-hidden=true]')).to.exist;
    expect(honeypot.tabIndex).to.equal(-1);
    expect(honeypot.getAttribute('autocomplete')).to.equal('off');
    expect(getComputedStyle(honeypot).display).to.not.equal('none');
    honeypot.value = 'http://spam.example';
    let sent = 0;
    el.addEventListener('digione-submit', () => (sent += 1));
    must(el, 'button[type=submit]').click();
    await waitUntil(() => $(el, '[part=success]'), 'success shown');
    await aTimeout(50);
    expect(sent).to.equal(0);
    expect(must(el, '.reference').textContent).to.match(/^[0-9A-F-]{8}$/);
  });

  it('while sending the button is busy but focusable, and a second press sends nothing more', async () => {
    const el = await form();
    el.prefill = COMPLETE;
    await el.updateComplete;
    await tickConsent(el);
    let sent = 0;
    const button = must<HTMLButtonElement>(el, 'button[type=submit]');
    const failed = oneEvent<CustomEvent<{ id: string; status: number; message: string }>>(el, 'digione-submit-failed'); // the test server has no /api/join-test
    // look while the request is under way: right after the send started, before any answer
    const whileSending = new Promise<{ ariaDisabled: string | null; disabled: boolean; focused: boolean; status: string }>((resolve) =>
      el.addEventListener(
        'digione-submit',
        () =>
          void (async () => {
            sent += 1;
            if (sent > 1) return;
            await el.updateComplete;
            const seen = {
              ariaDisabled: button.getAttribute('aria-disabled'),
              disabled: button.disabled,
              focused: active(el) === button,
              status: must(el, '[part=submission-status]').textContent,
            };
            must<HTMLFormElement>(el, 'form').requestSubmit(button); // a second press, still sending
            resolve(seen);
          })(),
      ),
    );
    button.focus();
    await sendKeys({ press: 'Enter' });
    const seen = await whileSending;
    expect(seen.ariaDisabled).to.equal('true');
    expect(seen.disabled).to.equal(false);
    expect(seen.focused).to.equal(true);
    expect(seen.status).to.contain('Lähetetään');
    await failed;
    await aTimeout(50);
    expect(sent).to.equal(1);
    expect(button.getAttribute('aria-disabled')).to.equal('false');
    // a refusal keeps the input and says so
    expect(must<HTMLInputElement>(el, '#contactName').value).to.equal('Maija Meikäläinen');
    expect(must(el, '[part=submission-status]').textContent).to.contain('Lähetys ei onnistunut');
  });

  it('keeps a draft while typing, restores it after a reload, clears it after sending', async () => {
    const template = () => html`<digione-join-form lang="fi" endpoint="/api/x" privacy-url="/tietosuoja.html"></digione-join-form>`;
    const el = await form(template());
    must(el, '#contactName').focus();
    await sendKeys({ type: 'Maija' });
    must(el, '#interests-training').click();
    must(el, '#website').setAttribute('value', 'bot'); // never stored
    await waitUntil(() => localStorage.getItem(KEY), 'draft saved', { timeout: 2000 });
    const stored = JSON.parse(localStorage.getItem(KEY)!) as { values: { contactName: string } };
    expect(stored.values.contactName).to.equal('Maija');
    expect(JSON.stringify(stored)).not.to.contain('bot');
    el.remove();

    const again = await form(template());
    expect(must<HTMLInputElement>(again, '#contactName').value).to.equal('Maija');
    expect(must<HTMLInputElement>(again, '#interests-training').checked).to.equal(true);
    again.prefill = COMPLETE;
    await again.updateComplete;
    await tickConsent(again);
    again.addEventListener('digione-submit', (event) => event.preventDefault());
    must(again, 'button[type=submit]').click();
    await waitUntil(() => $(again, '[part=success]'));
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('drops a draft older than 7 days', async () => {
    const values = { contactName: 'Vanha', title: 'Rehtori' };
    localStorage.setItem(KEY, JSON.stringify({ savedAt: Date.now() - DRAFT_MAX_AGE_MS - 1000, values }));
    const el = await form(html`<digione-join-form endpoint="/api/x" privacy-url="/tietosuoja.html"></digione-join-form>`);
    expect(must<HTMLInputElement>(el, '#contactName').value).to.equal('');
    expect(localStorage.getItem(KEY)).to.equal(null);
    localStorage.setItem(KEY, JSON.stringify({ savedAt: Date.now() - DRAFT_MAX_AGE_MS + 60_000, values }));
    const fresh = await form(html`<digione-join-form endpoint="/api/x" privacy-url="/tietosuoja.html"></digione-join-form>`);
    expect(must<HTMLInputElement>(fresh, '#contactName').value).to.equal('Vanha');
  });

  it('no-draft keeps nothing and removes an existing draft', async () => {
    localStorage.setItem(KEY, JSON.stringify({ savedAt: Date.now(), values: { contactName: 'Vanha' } }));
    const el = await form();
    expect(must<HTMLInputElement>(el, '#contactName').value).to.equal('');
    expect(localStorage.getItem(KEY)).to.equal(null);
    must(el, '#contactName').focus();
    await sendKeys({ type: 'Maija' });
    await aTimeout(700);
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('offers to attach the readiness result only when the checker left one', async () => {
    const el = await form();
    expect($(el, '#attachReadiness')).to.equal(null);
    localStorage.setItem(
      READINESS_RESULT_KEY,
      JSON.stringify({
        questionnaire: { id: 'digione-readiness', version: '1' },
        completedAt: '2026-11-20T10:00:00Z',
        scores: { overall: 72, level: 'good', areas: [{ id: 'leadership', score: 80, answered: 3, total: 3 }] },
      }),
    );
    const offered = await form();
    expect(must(offered, '#attachReadiness-hint').textContent).to.contain('20.11.2026').and.contain('72/100');
    offered.prefill = COMPLETE;
    await offered.updateComplete;
    must(offered, '#attachReadiness').click();
    await tickConsent(offered);
    setTimeout(() => must(offered, 'button[type=submit]').click());
    const event = await oneEvent<CustomEvent<{ envelope: Envelope<JoinRequestData> }>>(offered, 'digione-submit');
    event.preventDefault();
    expect(event.detail.envelope.data.readiness).to.deep.include({ overall: 72, level: 'good', completedAt: '2026-11-20T10:00:00Z' });
  });

  it('counts the message and announces only near the limit', async () => {
    const el = await form();
    const message = must<HTMLTextAreaElement>(el, '#message');
    message.focus();
    await sendKeys({ type: 'Hei' });
    await el.updateComplete;
    expect(must(el, '.counter').textContent).to.equal('3 / 2000 merkkiä');
    await aTimeout(1100);
    expect(must(el, '#message ~ [role=status]').textContent).to.equal('');
    message.value = 'x'.repeat(1950);
    message.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await aTimeout(1100);
    await nextFrame();
    expect(must(el, '#message ~ [role=status]').textContent).to.equal('Viestiin mahtuu vielä 50 merkkiä.');
  });

  it('keeps the municipality as a code: text typed but not chosen stays in the box and says so, in the language of the moment', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fi"><digione-join-form endpoint="/api/x" privacy-url="/tietosuoja.html" no-draft></digione-join-form></div>`,
    );
    const el = wrapper.querySelector('digione-join-form')!;
    await el.updateComplete;
    await municipalityBox(el);
    await sendKeys({ type: 'Espo' });
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(must(el, '#municipality-error').textContent).to.contain('ei vastaa yhtään kuntaa');
    expect(must<HTMLInputElement>(el, '#municipality').value).to.equal('Espo');
    el.parentElement!.setAttribute('lang', 'en');
    await nextFrame();
    await el.updateComplete;
    expect(must<HTMLInputElement>(el, '#municipality').value).to.equal('Espo');
    expect(must(el, '#municipality-error').textContent).not.to.contain('ei vastaa');
    // chosen: the box shows the name in the language, the value is the code
    must(el, '#municipality').focus();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'o' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(must<HTMLInputElement>(el, '#municipality').value).to.equal('Espoo – Esbo');
    expect($(el, '#municipality-error')).to.equal(null);
    el.parentElement!.setAttribute('lang', 'sv');
    await nextFrame();
    await el.updateComplete;
    expect(must<HTMLInputElement>(el, '#municipality').value).to.equal('Esbo – Espoo');
  });

  it('is accessible while sending (the collector answers slowly)', async () => {
    await executeServerCommand('collector-reset');
    await executeServerCommand('collector-script', [{ delay: 1500 }]);
    const endpoint = await executeServerCommand<string, void>('collector-url');
    const el = await form(html`<digione-join-form lang="fi" endpoint=${endpoint} privacy-url="/tietosuoja.html" no-draft></digione-join-form>`);
    el.prefill = COMPLETE;
    await el.updateComplete;
    await tickConsent(el);
    const sent = oneEvent<CustomEvent<{ id: string; status: number }>>(el, 'digione-submitted');
    must(el, 'button[type=submit]').click();
    await waitUntil(() => must(el, 'button[type=submit]').getAttribute('aria-disabled') === 'true', 'the button is not busy');
    await expect(el).to.be.accessible();
    await sent;
  });

  it('is accessible when empty, with errors, and in Swedish and English', async () => {
    const el = await form();
    await expect(el).to.be.accessible();
    must(el, '#organisationType-municipality').click();
    must(el, 'button[type=submit]').click();
    await waitUntil(() => $(el, '.error-summary'));
    await expect(el).to.be.accessible();
    for (const lang of ['sv', 'en']) {
      const other = await form(html`<digione-join-form lang=${lang} endpoint="/api/x" privacy-url="/tietosuoja.html" no-draft></digione-join-form>`);
      await expect(other).to.be.accessible();
    }
  });
});
