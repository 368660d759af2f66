/**
 * A new user's check (issue 11): a widget on a Finnish page shows errors, then the page switches
 * to English (`document.documentElement.lang = 'en'`). Every message the widget shows must follow
 * at once: the error summary, the field errors and the submission status, in all three widgets.
 */
import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { DigiOneElement } from '../../src/core/element.js';
import { configureSubmissions } from '../../src/core/submit/outbox.js';
import { progressKey } from '../../src/readiness/progress.js';
import { $, fill, must, text } from '../support/helpers.js';
import '../../src/define.js';

const SMALL = '/test/fixtures/questionnaire-small.json';
const SMALL_KEY = progressKey('test-small', '2');
const FUTURE = '2099-09-15T09:00';

/** The page's language; the widgets inherit it from <html lang>. */
async function pageLanguage(lang: string, el: DigiOneElement): Promise<void> {
  document.documentElement.lang = lang;
  await nextFrame();
  await el.updateComplete;
}

async function submit(el: DigiOneElement, selector = 'button[type=submit]'): Promise<void> {
  must(el, selector).click();
  await waitUntil(() => $(el, '.error-summary'), 'no error summary');
}

/** The collector refuses the next POST with a problem+json body (not retried: "failed"). */
async function collectorRefusesNext(): Promise<string> {
  await executeServerCommand('collector-reset');
  await executeServerCommand('collector-script', [{ status: 422, body: { type: 'about:blank', title: 'Unprocessable', status: 422, detail: 'Hylätty' } }]);
  return executeServerCommand<string, void>('collector-url');
}

const status = (el: DigiOneElement) => text($(el, '[part="submission-status"]'));

/** Sends (the collector refuses it), then checks that the failure status follows the page to English. */
async function expectFailureStatusToFollow(el: DigiOneElement): Promise<void> {
  const failed = oneEvent(el, 'digione-submit-failed');
  must(el, 'button[type=submit]').click();
  await failed;
  await el.updateComplete;
  expect(status(el)).to.contain('Lähetys ei onnistunut');
  await pageLanguage('en', el);
  expect(status(el)).to.contain('Sending failed');
  expect(status(el)).to.contain('Hylätty'); // the receiver's own words stay as they are
}

describe('messages follow a language change of the page', () => {
  let lang: string;
  before(() => {
    lang = document.documentElement.lang;
    configureSubmissions({ retry: { base: 20, cap: 200, tries: 2 }, random: () => 0.5 });
  });
  afterEach(async () => {
    document.documentElement.lang = lang;
    localStorage.clear();
    await nextFrame();
  });

  describe('<digione-join-form>', () => {
    it('in the error state', async () => {
      document.documentElement.lang = 'fi';
      const el = await fixture<DigiOneElement>(html`<digione-join-form endpoint="/api/x" privacy-url="/tietosuoja.html" no-draft></digione-join-form>`);
      await submit(el);
      expect(text($(el, '#error-summary-title'))).to.equal('Korjaa seuraavat kohdat');
      expect(text($(el, '#contactName-error'))).to.equal('Virhe: Anna yhteyshenkilön nimi');
      await pageLanguage('en', el);
      expect(text($(el, '#error-summary-title'))).to.equal('Please correct the following');
      expect(text($(el, '#contactName-error'))).to.contain('Error:');
      expect(text($(el, '#contactName-error'))).not.to.contain('Anna');
      expect(text($(el, '.error-summary'))).not.to.contain('Anna');
      expect(text($(el, 'label[for=contactName]'))).to.equal('Contact person');
    });

    it('in the submission-status state', async () => {
      document.documentElement.lang = 'fi';
      const endpoint = await collectorRefusesNext();
      const el = await fixture<DigiOneElement & { prefill?: object }>(
        html`<digione-join-form endpoint=${endpoint} privacy-url="/tietosuoja.html" no-draft></digione-join-form>`,
      );
      el.prefill = { municipality: 'Espoo', contactName: 'Maija', title: 'Rehtori', email: 'maija@espoo.fi', interests: ['data'], timeframe: 'next-term' };
      await el.updateComplete;
      must(el, '#consent').click();
      await expectFailureStatusToFollow(el);
    });
  });

  describe('<digione-event-card>', () => {
    const card = (endpoint: string) =>
      fixture<DigiOneElement>(
        html`<digione-event-card heading="Tietoisku" start=${FUTURE} endpoint=${endpoint} privacy-url="/tietosuoja.html"></digione-event-card>`,
      );

    it('in the error state', async () => {
      document.documentElement.lang = 'fi';
      const el = await card('/api/x');
      await submit(el);
      expect(text($(el, '#reg-name-error'))).to.equal('Virhe: Kirjoita nimesi');
      await pageLanguage('en', el);
      expect(text($(el, '#error-summary-title'))).to.equal('Please correct the following');
      expect(text($(el, '#reg-name-error'))).to.match(/^Error: /);
      expect(text($(el, '#reg-name-error'))).not.to.contain('Kirjoita');
      expect(text($(el, '.error-summary'))).not.to.contain('Kirjoita');
    });

    it('in the submission-status state', async () => {
      document.documentElement.lang = 'fi';
      const el = await card(await collectorRefusesNext());
      fill(el, '#reg-name', 'Maija');
      fill(el, '#reg-email', 'maija@espoo.fi');
      fill(el, '#reg-organisation', 'Espoo');
      must(el, '#reg-consent').click();
      await expectFailureStatusToFollow(el);
    });
  });

  describe('<digione-readiness-checker>', () => {
    const checker = async (endpoint: string) => {
      localStorage.setItem(SMALL_KEY, JSON.stringify({ step: 3, answers: { a1: '2', a2: 'no', b1: 'y' } }));
      const el = await fixture<DigiOneElement>(
        html`<digione-readiness-checker src=${SMALL} endpoint=${endpoint} privacy-url="/tietosuoja.html"></digione-readiness-checker>`,
      );
      await waitUntil(() => $(el, 'form.send'), 'the results did not load');
      return el;
    };

    it('in the error state', async () => {
      document.documentElement.lang = 'fi';
      const el = await checker('/api/x');
      fill(el, '#email', 'maija@espoo');
      await submit(el);
      expect(text($(el, '#email-error'))).to.equal('Virhe: Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi');
      await pageLanguage('en', el);
      expect(text($(el, '#email-error'))).to.equal('Error: Enter an email address like name@example.com');
      expect(text($(el, '.error-summary'))).to.contain('Give your consent');
    });

    it('in the submission-status state and with a problem in the page author’s input', async () => {
      document.documentElement.lang = 'fi';
      const el = await checker(await collectorRefusesNext());
      await expectFailureStatusToFollow(el);
      el.setAttribute('endpoint', 'http://vastaanotto.example.fi/api');
      await el.updateComplete;
      await pageLanguage('fi', el);
      expect(text($(el, '.notice.error[role="alert"]'))).to.contain('ei ole sallittu');
      await pageLanguage('sv', el);
      expect(text($(el, '.notice.error[role="alert"]'))).not.to.contain('ei ole sallittu');
    });
  });
});
