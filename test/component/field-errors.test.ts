/**
 * The receiver's field errors (RFC 9457 problem details, `errors: [{ pointer, detail }]`) on the
 * fields of each form: inline, in the error summary (which takes focus), the receiver's words
 * where the widget has no rule of its own. The real collector answers with a scripted 422.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { DigiOneElement } from '../../src/core/element.js';
import { progressKey } from '../../src/readiness/progress.js';
import { $, $$, active, fill, must, text } from '../support/helpers.js';
import '../../src/define.js';

/** The collector refuses the next POST, naming fields; returns its URL. */
async function collectorRefuses(errors: Array<{ pointer: string; detail: string }>): Promise<string> {
  await executeServerCommand('collector-reset');
  await executeServerCommand('collector-script', [
    { status: 422, body: { type: 'about:blank', title: 'Unprocessable Content', status: 422, detail: 'Tarkista kentät.', errors } },
  ]);
  return executeServerCommand<string, void>('collector-url');
}

async function sendAndSeeSummary(el: DigiOneElement): Promise<void> {
  must(el, 'button[type=submit]').click();
  await waitUntil(() => active(el)?.classList.contains('error-summary'), 'the error summary did not take focus', { timeout: 5000 });
}

const links = (el: DigiOneElement) => $$<HTMLAnchorElement>(el, '.error-summary a').map((a) => [a.getAttribute('href'), text(a)]);

describe('field errors from the receiver', () => {
  afterEach(() => localStorage.clear());

  it('<digione-join-form>: on the named fields, the receiver’s words', async () => {
    const endpoint = await collectorRefuses([
      { pointer: '/data/email', detail: 'Osoitetta ei voi käyttää.' },
      { pointer: '/data/municipality/code', detail: 'Kunta ei ole mukana kokeilussa.' },
      { pointer: '/source', detail: 'Not a field of the form.' },
    ]);
    const el = await fixture<DigiOneElement & { prefill?: object }>(
      html`<digione-join-form lang="fi" endpoint=${endpoint} privacy-url="/tietosuoja.html" no-draft></digione-join-form>`,
    );
    el.prefill = { municipality: 'Espoo', contactName: 'Maija', title: 'Rehtori', email: 'maija@espoo.fi', interests: ['data'], timeframe: 'next-term' };
    await el.updateComplete;
    must(el, '#consent').click();
    await sendAndSeeSummary(el);
    expect(links(el)).to.deep.equal([
      ['#municipality', 'Kunta ei ole mukana kokeilussa.'],
      ['#email', 'Osoitetta ei voi käyttää.'],
    ]);
    expect(text($(el, '#email-error'))).to.equal('Virhe: Osoitetta ei voi käyttää.');
    expect(must(el, '#email').getAttribute('aria-invalid')).to.equal('true');
    expect(must(el, '#email').getAttribute('aria-describedby')).to.equal('email-error');
    expect(text($(el, '[part="submission-status"]'))).to.contain('Tarkista kentät.');
    await expect(el).to.be.accessible();
    // in English the frame follows; the receiver's words stay its own
    el.setAttribute('lang', 'en');
    await nextFrame();
    await el.updateComplete;
    expect(text($(el, '#email-error'))).to.equal('Error: Osoitetta ei voi käyttää.');
    expect(text($(el, '#error-summary-title'))).to.equal('Please correct the following');
  });

  it('<digione-event-card>: on the registration field it names', async () => {
    const endpoint = await collectorRefuses([{ pointer: '/data/organisation', detail: 'Organisaatio puuttuu rekisteristä.' }]);
    const el = await fixture<DigiOneElement>(
      html`<digione-event-card
        lang="fi"
        heading="Tietoisku"
        start="2099-09-15T09:00"
        endpoint=${endpoint}
        privacy-url="/tietosuoja.html"
      ></digione-event-card>`,
    );
    fill(el, '#reg-name', 'Maija');
    fill(el, '#reg-email', 'maija@espoo.fi');
    fill(el, '#reg-organisation', 'Espoo');
    must(el, '#reg-consent').click();
    await el.updateComplete;
    await sendAndSeeSummary(el);
    expect(links(el)).to.deep.equal([['#reg-organisation', 'Organisaatio puuttuu rekisteristä.']]);
    expect(text($(el, '#reg-organisation-error'))).to.equal('Virhe: Organisaatio puuttuu rekisteristä.');
    expect(must(el, '#reg-organisation').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('<digione-readiness-checker>: /data/contact/email on the email field', async () => {
    localStorage.setItem(progressKey('test-small', '2'), JSON.stringify({ step: 3, answers: { a1: '2', a2: 'no', b1: 'y' } }));
    const endpoint = await collectorRefuses([{ pointer: '/data/contact/email', detail: 'Tähän osoitteeseen ei voi vastata.' }]);
    const el = await fixture<DigiOneElement>(
      html`<digione-readiness-checker
        lang="fi"
        src="/test/fixtures/questionnaire-small.json"
        endpoint=${endpoint}
        privacy-url="/tietosuoja.html"
      ></digione-readiness-checker>`,
    );
    await waitUntil(() => $(el, 'form.send'), 'the results did not load');
    fill(el, '#email', 'maija@espoo.fi');
    must(el, '#consent').click();
    await el.updateComplete;
    await sendAndSeeSummary(el);
    expect(links(el)).to.deep.equal([['#email', 'Tähän osoitteeseen ei voi vastata.']]);
    expect(text($(el, '#email-error'))).to.equal('Virhe: Tähän osoitteeseen ei voi vastata.');
    await expect(el).to.be.accessible();
  });
});
