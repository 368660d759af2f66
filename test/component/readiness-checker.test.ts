import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { Envelope } from '../../src/core/submit/envelope.js';
import type { ReadinessData } from '../../src/core/submit/types.js';
import { readReadinessResult } from '../../src/core/readiness-result.js';
import { DigiOneReadinessChecker, type ReadinessCompletion } from '../../src/readiness/readiness-checker.js';
import { DEFAULT_QUESTIONNAIRE } from '../../src/readiness/default-questionnaire.js';
import { progressKey } from '../../src/readiness/progress.js';
import '../../src/define.js';
import { $, $$, active, press, tabTo } from '../support/helpers.js';

const SMALL = '/test/fixtures/questionnaire-small.json';
const SMALL_KEY = progressKey('test-small', '2');
const DEFAULT_KEY = progressKey(DEFAULT_QUESTIONNAIRE.id, DEFAULT_QUESTIONNAIRE.version);

const heading = (el: DigiOneReadinessChecker) => $(el, '#step-heading')!.textContent.trim();
const checked = (el: DigiOneReadinessChecker, name: string) => $<HTMLInputElement>(el, `input[name="${name}"]:checked`)?.value;

/** Renders the checker and waits until its questionnaire is in (or it shows a problem). */
async function checker(template = html`<digione-readiness-checker src=${SMALL} lang="fi"></digione-readiness-checker>`) {
  const el = await fixture<DigiOneReadinessChecker>(template);
  await waitUntil(() => $(el, '#step-heading') || $(el, '[role="alert"]'), 'the questionnaire did not load');
  await el.updateComplete;
  return el;
}

/** Presses Enter on the focused button and waits for the next step's heading to take focus. */
async function enterAndWaitForHeading(el: DigiOneReadinessChecker) {
  await press('Enter');
  await el.updateComplete;
  await waitUntil(() => active(el)?.id === 'step-heading', 'the step heading did not take focus');
}

describe('<digione-readiness-checker>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('introduces itself: how long it takes, and that nothing is sent unless the person chooses', async () => {
    const el = await checker(html`<digione-readiness-checker lang="fi"></digione-readiness-checker>`);
    expect(heading(el)).to.equal('DigiOne-valmiuskartoitus');
    const text = el.shadowRoot!.textContent;
    expect(text).to.contain('noin 10 minuuttia');
    expect(text).to.contain('Mitään ei lähetetä, ellet itse valitse');
    await expect(el).to.be.accessible();
  });

  it('fits the page outline: heading-level sets the step heading, subheadings one deeper', async () => {
    const el = await checker(html`<digione-readiness-checker src=${SMALL} lang="fi" heading-level="3"></digione-readiness-checker>`);
    expect($(el, '#step-heading')!.localName).to.equal('h3');
    const plain = await checker();
    expect($(plain, '#step-heading')!.localName).to.equal('h2');
  });

  it('shows the page author a refused endpoint on the results instead of a send form', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      localStorage.setItem(SMALL_KEY, JSON.stringify({ step: 3, answers: { a1: '2', a2: '1', b1: '0' } }));
      const el = await checker(
        html`<digione-readiness-checker src=${SMALL} lang="en" endpoint="http://vastaanotto.example.fi/api"></digione-readiness-checker>`,
      );
      expect(heading(el)).to.contain('Results');
      expect($(el, 'form.send')).to.equal(null);
      expect($(el, '.notice.error[role="alert"]')!.textContent).to.contain('is not allowed');
      expect(errors).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      console.error = original;
    }
  });

  it('goes through every step of the built-in questionnaire by keyboard alone', async () => {
    const el = await checker(html`<digione-readiness-checker lang="fi"></digione-readiness-checker>`);
    const completed = oneEvent<CustomEvent<{ result: ReadinessCompletion }>>(el, 'digione-readiness-complete');
    await tabTo(el, 'button');
    expect(active(el)!.textContent.trim()).to.equal('Aloita');
    await enterAndWaitForHeading(el);
    for (let step = 1; step <= 8; step += 1) {
      const area = DEFAULT_QUESTIONNAIRE.areas[step - 1];
      expect(heading(el)).to.equal(area.title.fi);
      expect($(el, '[part="progress"]')!.textContent).to.contain(`Osa ${step}/8`);
      expect($<HTMLProgressElement>(el, 'progress')!.value).to.equal(step);
      for (const question of area.questions) {
        await press('Tab'); // into the question's radio group: its first option
        expect(active(el)).to.have.property('name', question.id);
        if (step === 1) {
          await press('Space'); // "1"
          expect(checked(el, question.id)).to.equal('1');
        }
        await press('ArrowDown');
        await press('ArrowDown'); // arrows move and choose: "3"
        expect(checked(el, question.id)).to.equal('3');
      }
      if (step === 3) await expect(el).to.be.accessible();
      await press('Tab');
      expect(active(el)!.textContent.trim()).to.equal('Edellinen');
      await press('Tab');
      expect(active(el)!.textContent.trim()).to.equal(step === 8 ? 'Näytä tulokset' : 'Seuraava');
      await enterAndWaitForHeading(el);
    }
    expect(heading(el)).to.contain('Tulokset');
    const { detail } = await completed;
    const result = detail.result;
    expect(result.questionnaire).to.deep.equal({ id: 'digione-readiness', version: '1.0.0' });
    expect(result.scores.overall).to.equal(50);
    expect(result.scores.level).to.equal('developing');
    expect(result.scores.areas).to.have.length(8);
    expect(result.answers['lead-goals']).to.equal('3');
    expect(el.shadowRoot!.textContent).to.contain('Taso: Kehittyvä');
    expect(el.shadowRoot!.textContent).to.contain('Kokonaispisteet 50/100');
    // kept for the join form under the documented key
    expect(readReadinessResult()).to.deep.include({ questionnaire: result.questionnaire, scores: result.scores });
    // the recommendations: one per area, in its band
    expect($$(el, '.recommendations li')).to.have.length(8);
    // and back by keyboard: Back returns to the last area, its answers kept
    await tabTo(el, 'button');
    expect(active(el)!.textContent.trim()).to.equal('Edellinen');
    await enterAndWaitForHeading(el);
    expect(heading(el)).to.equal(DEFAULT_QUESTIONNAIRE.areas[7].title.fi);
    expect(checked(el, 'change-comms')).to.equal('3');
  });

  it('shows every answer again after Back and Next, whichever options were chosen', async () => {
    const el = await checker(html`<digione-readiness-checker lang="fi"></digione-readiness-checker>`);
    $<HTMLButtonElement>(el, '.actions .button')!.click(); // Aloita
    await el.updateComplete;
    const choose = async (picks: number[]) => {
      $$<HTMLFieldSetElement>(el, 'fieldset').forEach((set, i) => set.querySelectorAll<HTMLInputElement>('input')[picks[i]].click());
      await el.updateComplete;
    };
    const shown = () => $$<HTMLFieldSetElement>(el, 'fieldset').map((set) => [...set.querySelectorAll<HTMLInputElement>('input')].findIndex((i) => i.checked));
    await choose([0, 1, 0]);
    $$<HTMLButtonElement>(el, '.actions .button')[1].click(); // Seuraava
    await el.updateComplete;
    await choose([3, 0, 1]);
    expect(shown()).to.deep.equal([3, 0, 1]);
    $$<HTMLButtonElement>(el, '.actions .button')[0].click(); // Edellinen
    await el.updateComplete;
    expect(shown()).to.deep.equal([0, 1, 0]);
    $$<HTMLButtonElement>(el, '.actions .button')[1].click(); // Seuraava
    await el.updateComplete;
    expect(shown()).to.deep.equal([3, 0, 1]);
  });

  it('resumes at the same step with the same answers after a reload; “Aloita alusta” clears them', async () => {
    let el = await checker();
    $<HTMLButtonElement>(el, '.actions .button')!.click(); // Aloita
    await el.updateComplete;
    $<HTMLInputElement>(el, '#a1--2')!.click();
    $<HTMLInputElement>(el, '#a2--no')!.click();
    $$<HTMLButtonElement>(el, '.actions .button')[1].click(); // Seuraava
    await el.updateComplete;
    expect(heading(el)).to.equal('Alue B');
    expect(JSON.parse(localStorage.getItem(SMALL_KEY)!)).to.deep.equal({ step: 2, answers: { a1: '2', a2: 'no' } });

    fixtureCleanup(); // the page goes away; a new element, the same storage
    el = await checker();
    expect(heading(el)).to.equal('Alue B');
    $<HTMLButtonElement>(el, '.actions .button.secondary')!.click(); // Edellinen
    await el.updateComplete;
    expect(checked(el, 'a1')).to.equal('2');
    expect(checked(el, 'a2')).to.equal('no');

    // back at the intro it offers to continue or to start over
    $<HTMLButtonElement>(el, '.actions .button.secondary')!.click();
    await el.updateComplete;
    const buttons = $$<HTMLButtonElement>(el, '.actions .button').map((b) => b.textContent.trim());
    expect(buttons).to.deep.equal(['Jatka siitä, mihin jäit', 'Aloita alusta']);
    $$<HTMLButtonElement>(el, '.actions .button')[1].click();
    await el.updateComplete;
    expect(localStorage.getItem(SMALL_KEY)).to.equal(null);
    expect($$(el, '.actions .button').map((b) => b.textContent.trim())).to.deep.equal(['Aloita']);
  });

  it('loads a custom questionnaire from src and shows the same values in the chart and the table', async () => {
    localStorage.setItem(SMALL_KEY, JSON.stringify({ step: 3, answers: { a1: '1', a2: 'yes', b1: 'dk' } }));
    const el = await checker();
    expect(heading(el)).to.equal('Tulokset: Pieni kysely');
    // A = (50 + 100) / 2 = 75; B has no scored answer
    const bars = $$(el, '.chart .bar');
    const rows = $$<HTMLTableRowElement>(el, 'table tbody tr');
    expect(bars).to.have.length(2);
    expect(rows).to.have.length(2);
    const chart = bars.map((g) => ({ title: g.querySelector('title')!.textContent, width: g.querySelector('rect.value')?.getAttribute('width') ?? null }));
    const table = rows.map((r) => [r.querySelector('th')!.textContent.trim(), r.querySelector('td')!.textContent.trim()]);
    expect(chart).to.deep.equal([
      { title: 'Alue A: 75', width: '75%' },
      { title: 'Alue B: –', width: null },
    ]);
    expect(table).to.deep.equal([
      ['Alue A', '75'],
      ['Alue B', '–'],
    ]);
    for (const [i, [area, score]] of table.entries()) expect(chart[i].title).to.equal(`${area}: ${score}`);
    expect(rows[0].querySelectorAll('td')[1].textContent.trim()).to.equal('2/2');
    const chartImage = $(el, '[part="chart"]')!;
    expect(chartImage.getAttribute('role')).to.equal('img');
    expect(chartImage.getAttribute('aria-label')).to.contain('Pylväskaavio');
    expect(bars.map((b) => b.querySelector('span')!.textContent)).to.deep.equal(['Alue A: 75', 'Alue B: –']);
    expect($(el, 'table caption')!.textContent).to.contain('Osa-alueiden pisteet');
    expect($$(el, 'th[scope="col"]')).to.have.length(3);
    expect(el.shadowRoot!.textContent).to.contain('Taso: Korkea');
    expect($$(el, '.recommendations li').map((li) => li.textContent.trim())).to.deep.equal(['Alue A: A on kunnossa.']);
  });

  it('speaks fi, sv and en, the questionnaire’s texts falling back to Finnish', async () => {
    localStorage.setItem(SMALL_KEY, JSON.stringify({ step: 1, answers: {} }));
    const expected = {
      fi: { progress: 'Osa 1/2', question: 'Kysymys A1', help: 'Ohje A1', next: 'Seuraava', description: 'Ensimmäinen alue.' },
      sv: { progress: 'Del 1/2', question: 'Fråga A1', help: 'Ohje A1', next: 'Nästa', description: 'Ensimmäinen alue.' },
      en: { progress: 'Part 1 of 2', question: 'Question A1', help: 'Help A1', next: 'Next', description: 'Ensimmäinen alue.' },
    };
    for (const [lang, text] of Object.entries(expected)) {
      const el = await checker(html`<digione-readiness-checker src=${SMALL} lang=${lang}></digione-readiness-checker>`);
      expect($(el, '[part="progress"] span')!.textContent).to.equal(text.progress);
      expect($(el, 'legend')!.textContent).to.equal(text.question);
      expect($(el, '#a1-help')!.textContent).to.equal(text.help);
      expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.equal('a1-help');
      expect($$(el, '.actions .button')[1].textContent.trim()).to.equal(text.next);
      expect(el.shadowRoot!.textContent).to.contain(text.description);
    }
    const sv = await checker(html`<digione-readiness-checker lang="sv"></digione-readiness-checker>`);
    expect(heading(sv)).to.equal('DigiOne-beredskapskartläggning');
    expect(sv.shadowRoot!.textContent).to.contain('Det tar ungefär 10 minuter att svara.');
    const en = await checker(html`<digione-readiness-checker lang="en"></digione-readiness-checker>`);
    expect(heading(en)).to.equal('DigiOne readiness check');
    expect(en.shadowRoot!.textContent).to.contain('Nothing is sent unless you choose');
  });

  it('is accessible on the results with the send form, and prints the results only', async () => {
    const answers = Object.fromEntries(DEFAULT_QUESTIONNAIRE.areas.flatMap((a, i) => a.questions.map((q) => [q.id, String((i % 5) + 1)])));
    localStorage.setItem(DEFAULT_KEY, JSON.stringify({ step: 9, answers }));
    const el = await checker(
      html`<digione-readiness-checker lang="fi" endpoint="/api/readiness-test" privacy-url="/tietosuoja.html"></digione-readiness-checker>`,
    );
    expect(heading(el)).to.contain('Tulokset');
    expect($(el, 'form.send')).to.exist;
    await expect(el).to.be.accessible();
    const actions = $(el, '[part="results"] .actions')!;
    const send = $(el, 'form.send')!;
    expect(getComputedStyle(actions).display).to.equal('flex');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(actions).display).to.equal('none');
      expect(getComputedStyle(send).display).to.equal('none');
      expect(getComputedStyle($(el, '.chart svg')!).display).to.equal('block');
      expect(getComputedStyle($(el, 'table')!).display).to.equal('table');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('reflows at 320 px: the chart’s long area names wrap instead of scrolling sideways', async () => {
    const answers = Object.fromEntries(DEFAULT_QUESTIONNAIRE.areas.flatMap((a) => a.questions.map((q) => [q.id, '4'])));
    localStorage.setItem(DEFAULT_KEY, JSON.stringify({ step: 9, answers }));
    await setViewport({ width: 320, height: 640 });
    try {
      for (const lang of ['fi', 'sv', 'en']) {
        const el = await checker(
          html`<digione-readiness-checker lang=${lang} endpoint="/api/readiness-test" privacy-url="/tietosuoja.html"></digione-readiness-checker>`,
        );
        const root = $(el, '[part="root"]')!;
        expect(root.scrollWidth, lang).to.be.at.most(root.clientWidth);
        expect(document.documentElement.scrollWidth, lang).to.be.at.most(320);
        // nothing is painted past the edge either (SVG text would be, without adding scroll width)
        const edge = root.getBoundingClientRect().right + 0.5;
        const outside = $$<Element>(el, '*').filter((e) => e.getBoundingClientRect().right > edge);
        expect(
          outside.map((e) => e.outerHTML.slice(0, 80)),
          lang,
        ).to.deep.equal([]);
        fixtureCleanup();
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('sends the result to the collector with the municipality, and asks for consent when contact details are given', async () => {
    await executeServerCommand('collector-reset');
    const endpoint = await executeServerCommand<string, void>('collector-url');
    localStorage.setItem(SMALL_KEY, JSON.stringify({ step: 3, answers: { a1: '2', a2: 'no', b1: 'y' } }));
    const el = await checker(
      html`<digione-readiness-checker
        src=${SMALL}
        lang="fi"
        municipality="Espoo"
        endpoint=${endpoint}
        privacy-url="/tietosuoja.html"
      ></digione-readiness-checker>`,
    );
    const select = $<HTMLSelectElement>(el, '#municipality')!;
    expect(select.value).to.equal('049');
    expect(select.selectedOptions[0].textContent).to.equal('Espoo – Esbo');
    expect($<HTMLAnchorElement>(el, '#consent-hint a')!.href).to.equal(new URL('/tietosuoja.html', location.href).href);

    // an email without consent: the error summary takes focus and links to the consent box
    const emailInput = $<HTMLInputElement>(el, '#email')!;
    emailInput.focus();
    await sendKeys({ type: 'maija@espoo.fi' });
    await tabTo(el, 'button[type="submit"]');
    await press('Enter');
    await waitUntil(() => active(el)?.classList.contains('error-summary'), 'the error summary did not take focus');
    expect($(el, '.error-summary')!.textContent).to.contain('Anna suostumus');
    expect($<HTMLInputElement>(el, '#consent')!.getAttribute('aria-invalid')).to.equal('true');
    expect($<HTMLInputElement>(el, '#consent')!.getAttribute('aria-describedby')).to.equal('consent-hint consent-error');
    await expect(el).to.be.accessible();

    await tabTo(el, '#consent');
    await press('Space');
    const submitted = oneEvent<CustomEvent<{ id: string; status: number }>>(el, 'digione-submitted');
    await tabTo(el, 'button[type="submit"]');
    await press('Enter');
    const { detail } = await submitted;
    const rows = await executeServerCommand<Array<{ id: string; envelope: Envelope<ReadinessData> }>, { id: string }>('collector-rows', { id: detail.id });
    expect(rows).to.have.length(1);
    const envelope = rows[0].envelope;
    expect(envelope.type).to.equal('fi.digione.readiness.completed');
    expect(envelope.widget).to.equal('digione-readiness-checker');
    expect(envelope.data).to.deep.equal({
      questionnaire: { id: 'test-small', version: '2' },
      municipality: { code: '049', name: 'Espoo – Esbo' },
      answers: { a1: '2', a2: 'no', b1: 'y' },
      // A = (100 + 0) / 2 = 50; B = (20 − 10) / 20 = 50
      scores: {
        overall: 50,
        level: 'high',
        areas: [
          { id: 'a', score: 50, answered: 2, total: 2 },
          { id: 'b', score: 50, answered: 1, total: 1 },
        ],
      },
      contact: { email: 'maija@espoo.fi' },
      consent: true,
    });
    await waitUntil(() => el.shadowRoot!.textContent.includes('Kiitos!'), 'no confirmation shown');
    expect($(el, 'button[type="submit"]')).to.equal(null);
  });

  it('sends no contact details and asks for no consent without a privacy notice', async () => {
    localStorage.setItem(SMALL_KEY, JSON.stringify({ step: 3, answers: { a1: '2' } }));
    const el = await checker(html`<digione-readiness-checker src=${SMALL} lang="fi" endpoint="/api/readiness-test"></digione-readiness-checker>`);
    expect($(el, '#email')).to.equal(null);
    expect($(el, '#consent')).to.equal(null);
    let envelope: Envelope<ReadinessData> | undefined;
    el.addEventListener('digione-submit', (event) => {
      event.preventDefault(); // the host page sends it itself
      envelope = (event as CustomEvent<{ envelope: Envelope<ReadinessData> }>).detail.envelope;
    });
    $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await waitUntil(() => envelope, 'no digione-submit');
    const data = envelope!.data;
    expect(data).to.not.have.property('contact');
    expect(data).to.not.have.property('consent');
    expect(data).to.not.have.property('municipality');
    expect(data.scores.areas.map((a) => a.id)).to.deep.equal(['a']); // B has no score
  });

  it('says so when nothing was answered, and scores, stores and sends nothing', async () => {
    localStorage.setItem(SMALL_KEY, JSON.stringify({ step: 2, answers: { a1: 'dk' } }));
    const el = await checker(html`<digione-readiness-checker src=${SMALL} lang="fi" endpoint="/api/readiness-test"></digione-readiness-checker>`);
    let completed = false;
    el.addEventListener('digione-readiness-complete', () => (completed = true));
    $$<HTMLButtonElement>(el, '.actions .button')[1].click(); // Näytä tulokset
    await el.updateComplete;
    expect(heading(el)).to.contain('Tulokset');
    expect(el.shadowRoot!.textContent).to.contain('Et vastannut vielä yhteenkään kysymykseen');
    expect($(el, '.chart')).to.equal(null);
    expect($(el, 'form.send')).to.equal(null);
    expect($$(el, '.actions .button').map((b) => b.textContent.trim())).to.deep.equal(['Edellinen', 'Aloita alusta']);
    expect(completed).to.equal(false);
    expect(readReadinessResult()).to.equal(undefined);
  });

  it('re-renders in the new language when lang changes, keeping the step and answers', async () => {
    localStorage.setItem(SMALL_KEY, JSON.stringify({ step: 1, answers: { a1: '1' } }));
    const el = await checker();
    expect(heading(el)).to.equal('Alue A');
    el.setAttribute('lang', 'en');
    await waitUntil(() => heading(el) === 'Area A', 'did not switch to English');
    expect($(el, '[part="progress"] span')!.textContent).to.equal('Part 1 of 2');
    expect(checked(el, 'a1')).to.equal('1');
  });

  it('offers no send form without an endpoint', async () => {
    localStorage.setItem(SMALL_KEY, JSON.stringify({ step: 3, answers: { a1: '2' } }));
    const el = await checker();
    expect($(el, 'form.send')).to.equal(null);
    expect($(el, '.chart svg')).to.exist;
  });

  describe('a bad questionnaire', () => {
    const cases = [
      ['a missing file (404)', '/test/fixtures/no-such-questionnaire.json', 'Kyselyä ei voitu ladata'],
      ['invalid JSON', '/test/fixtures/questionnaire-broken.json', 'Kysely on virheellinen'],
      ['no areas', '/test/fixtures/questionnaire-no-areas.json', 'Kysely on virheellinen'],
      ['schema errors', '/test/fixtures/questionnaire-invalid.json', 'Kysely on virheellinen'],
      ['an unreachable server', 'http://127.0.0.1:9/questionnaire.json', 'Kyselyä ei voitu ladata'],
    ];
    for (const [what, src, message] of cases) {
      it(`shows a clear message for ${what}, and throws nothing`, async () => {
        const errors: unknown[] = [];
        const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
        window.addEventListener('error', onError);
        window.addEventListener('unhandledrejection', onError);
        const logged = console.error;
        const messages: string[] = [];
        console.error = (...args: unknown[]) => messages.push(args.map(String).join(' '));
        try {
          const el = await checker(html`<digione-readiness-checker src=${src} lang="fi"></digione-readiness-checker>`);
          const alert = $(el, '[role="alert"]')!;
          expect(alert.textContent).to.contain(message);
          await expect(el).to.be.accessible();
          expect(messages.join('\n')).to.contain(src);
        } finally {
          console.error = logged;
          window.removeEventListener('error', onError);
          window.removeEventListener('unhandledrejection', onError);
        }
        expect(errors).to.deep.equal([]);
      });
    }

    it('shows the message in the page’s language', async () => {
      const logged = console.error;
      console.error = () => {};
      try {
        const el = await checker(html`<digione-readiness-checker src="/test/fixtures/questionnaire-no-areas.json" lang="sv"></digione-readiness-checker>`);
        expect($(el, '[role="alert"]')!.textContent).to.contain('Frågeformuläret innehåller fel');
      } finally {
        console.error = logged;
      }
    });
  });
});
