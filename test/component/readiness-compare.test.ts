/**
 * "How do we compare?" against a real digione-receiver on 127.0.0.1 (the WTR collector plugin):
 * the municipalities' results are posted through its real POST /api/submissions, the checker
 * reads GET /api/readiness/comparison through `compare-src`.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { buildEnvelope, SUBMISSION_TYPES } from '../../src/core/submit/envelope.js';
import { postEnvelope } from '../../src/core/submit/transport.js';
import type { ReadinessData } from '../../src/core/submit/types.js';
import type { DigiOneReadinessChecker } from '../../src/readiness/readiness-checker.js';
import { progressKey } from '../../src/readiness/progress.js';
import '../../src/define.js';
import { $, $$, fill, must, setLang, text, watchConsole } from '../support/helpers.js';

const SMALL = '/test/fixtures/questionnaire-small.json';
const SMALL_KEY = progressKey('test-small', '2');
// On the results (step 3 of 2 areas): A = (50 + 100) / 2 = 75, B = 0, overall 37.5 (shown as 38).
const ANSWERS = { a1: '1', a2: 'yes', b1: 'x' };

/**
 * Six municipalities of 1,000–5,000 pupils. Hand-computed (inclusive quartiles):
 * A 40 50 60 80 90 95 → median 70, p25 52.5, p75 87.5 (ours 75: near, 5 points above);
 * B 10 20 20 30 40 100 → median 25, p25 20, p75 37.5 (ours 0: below);
 * overall 25 35 40 55 65 97.5 → median 47.5 (ours 37.5: below).
 */
const SIX: Array<[string, number, number]> = [
  ['005', 40, 10],
  ['009', 50, 20],
  ['010', 60, 20],
  ['016', 80, 30],
  ['018', 90, 40],
  ['020', 95, 100],
];

let endpoint: string;
let compareSrc: string;

/** Empties the receiver and posts these municipalities' results through its real POST API. */
async function seed(results: Array<[string, number, number]>) {
  await executeServerCommand('collector-reset');
  for (const [code, a, b] of results) {
    const data: ReadinessData = {
      questionnaire: { id: 'test-small', version: '2' },
      municipality: { code, name: `Kunta ${code}` },
      pupils: 2000,
      answers: {},
      scores: {
        overall: (a + b) / 2,
        level: (a + b) / 2 >= 50 ? 'high' : 'low',
        areas: [
          { id: 'a', score: a, answered: 2, total: 2 },
          { id: 'b', score: b, answered: 1, total: 1 },
        ],
      },
    };
    const envelope = buildEnvelope({ type: SUBMISSION_TYPES.readiness, widget: 'digione-readiness-checker', locale: 'fi', data, pageUrl: location.href });
    const outcome = await postEnvelope(endpoint, envelope.id, JSON.stringify(envelope));
    expect(outcome, code).to.deep.equal({ kind: 'ok', status: 201 });
  }
}

/** The comparison requests the page made (the browser's resource timing). */
const comparisonRequests = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/api/readiness/comparison'));

/** The checker on its results with `compare-src`; waits until the comparison (or its absence) shows. */
async function results(src: string, lang = 'fi', endpointAttr = '') {
  localStorage.setItem(SMALL_KEY, JSON.stringify({ step: 3, answers: ANSWERS }));
  const el = await fixture<DigiOneReadinessChecker>(
    html`<digione-readiness-checker src=${SMALL} lang=${lang} compare-src=${src} endpoint=${endpointAttr || undefined}></digione-readiness-checker>`,
  );
  await waitUntil(() => $(el, '.comparison'), 'the comparison did not show');
  return el;
}

const medianColumn = (el: Element) => $$(el, 'tbody tr').map((row) => text(row.querySelector('td:last-child')));
const markers = (el: Element) => $$(el, '.chart .bar line.median').map((line) => line.getAttribute('x1'));
const bands = (el: Element) => $$(el, '.chart .bar rect.iqr').map((rect) => [rect.getAttribute('x'), rect.getAttribute('width')]);
const sentences = (el: Element) => $$(el, '.comparison li').map((li) => text(li));

describe('<digione-readiness-checker compare-src> against a real receiver', () => {
  before(async () => {
    endpoint = await executeServerCommand<string, void>('collector-url');
    compareSrc = endpoint.replace('/api/submissions', '/api/readiness/comparison');
  });
  beforeEach(() => localStorage.clear());
  after(async () => {
    localStorage.clear();
    await executeServerCommand('collector-reset');
  });

  it('with 6 municipalities: markers, bands, the median column and a sentence per area, in fi, sv and en', async () => {
    await seed(SIX);
    performance.clearResourceTimings();
    const el = await results(`${compareSrc}?case=six`);
    expect(comparisonRequests()).to.have.length(1);
    const asked = new URL(comparisonRequests()[0].name);
    expect(Object.fromEntries(asked.searchParams)).to.deep.equal({ case: 'six', questionnaire: 'test-small', version: '2' });

    expect(markers(el)).to.deep.equal(['70%', '25%']);
    expect(bands(el)).to.deep.equal([
      ['52.5%', '35%'],
      ['20%', '17.5%'],
    ]);
    expect(text($(el, 'thead tr'))).to.contain('Muiden kuntien mediaani (n)');
    expect(medianColumn(el)).to.deep.equal(['70 (6)', '25 (6)']);
    expect($(el, '.chart')!.getAttribute('aria-label')).to.contain('muiden kuntien mediaani');
    expect(sentences(el)).to.deep.equal([
      'Kokonaispisteet: 38 pistettä, alle muiden kuntien mediaanin 47,5.',
      'Alue A: 75 pistettä, lähellä muiden kuntien mediaania 70 (ero enintään 5 pistettä).',
      'Alue B: 0 pistettä, alle muiden kuntien mediaanin 25.',
    ]);
    expect(text($(el, '.comparison p')))
      .to.contain('kaikki kunnat')
      .and.contain('vähintään 5 kuntaa');
    await expect(el).to.be.accessible();

    await setLang(el, 'sv');
    expect(text($(el, 'thead tr'))).to.contain('Övriga kommuners median (n)');
    expect(medianColumn(el)).to.deep.equal(['70 (6)', '25 (6)']);
    expect(sentences(el)[1]).to.equal('Område A: 75 poäng, nära övriga kommuners median 70 (högst 5 poängs skillnad).');
    expect(sentences(el)[0]).to.equal('Totalpoäng: 38 poäng, under övriga kommuners median 47,5.');

    await setLang(el, 'en');
    expect(text($(el, 'thead tr'))).to.contain("Other municipalities' median (n)");
    expect(medianColumn(el)).to.deep.equal(['70 (6)', '25 (6)']);
    expect(sentences(el)[2]).to.equal("Area B: 0 points, below other municipalities' median of 25.");
    expect(text($(el, '.chart .bar span'))).to.equal("Area A: 75 (other municipalities' median 70)");
    expect(markers(el)).to.deep.equal(['70%', '25%']);
    expect(comparisonRequests()).to.have.length(1); // a language switch asks nothing new
  });

  it('prints the comparison: the marks, the median column and the sentences', async () => {
    await seed(SIX);
    const el = await results(`${compareSrc}?case=print`);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '.comparison')!).display).to.equal('block');
      expect(getComputedStyle($(el, '.chart line.median')!).display).to.not.equal('none');
      expect(getComputedStyle($(el, '.chart line.median')!).stroke).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle($(el, '.chart rect.iqr')!).display).to.not.equal('none');
      expect(getComputedStyle($(el, 'thead th:last-child')!).display).to.equal('table-cell');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('reflows at 320 px with the median column and the marks, in fi, sv and en', async () => {
    await seed(SIX);
    await setViewport({ width: 320, height: 640 });
    try {
      for (const lang of ['fi', 'sv', 'en']) {
        const el = await results(`${compareSrc}?case=narrow`, lang, endpoint);
        const root = must(el, '[part="root"]');
        expect(root.scrollWidth, lang).to.be.at.most(root.clientWidth);
        expect(document.documentElement.scrollWidth, lang).to.be.at.most(320);
        fixtureCleanup();
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('with 4 municipalities says there is not enough comparison data yet, in every language', async () => {
    await seed(SIX.slice(0, 4));
    const el = await results(`${compareSrc}?case=four`);
    expect(markers(el)).to.deep.equal([]);
    expect($(el, '.chart .legend')).to.equal(null);
    expect(medianColumn(el)).to.deep.equal(['Vertailutietoa ei vielä ole riittävästi', 'Vertailutietoa ei vielä ole riittävästi']);
    expect(sentences(el)).to.deep.equal([
      'Kokonaispisteet: Vertailutietoa ei vielä ole riittävästi.',
      'Alue A: Vertailutietoa ei vielä ole riittävästi.',
      'Alue B: Vertailutietoa ei vielä ole riittävästi.',
    ]);
    await expect(el).to.be.accessible();
    await setLang(el, 'sv');
    expect(medianColumn(el)[0]).to.equal('Det finns ännu inte tillräckligt med jämförelsedata');
    await setLang(el, 'en');
    expect(medianColumn(el)[0]).to.equal('Not enough comparison data yet');
  });

  it('asks for the size band of the pupil count entered in the send form', async () => {
    await seed(SIX);
    performance.clearResourceTimings();
    const el = await results(`${compareSrc}?case=band`, 'fi', endpoint);
    fill(el, '#pupils', '4 500');
    await waitUntil(() => text($(el, '.comparison p')).includes('1 000–5 000'), 'the band was not asked for');
    expect(new URL(comparisonRequests().at(-1)!.name).searchParams.get('band')).to.equal('1000-5000');
    expect(medianColumn(el)).to.deep.equal(['70 (6)', '25 (6)']);
    fill(el, '#pupils', '300'); // a small municipality: none of the six is that small
    await waitUntil(() => text($(el, '.comparison p')).includes('alle 1 000'), 'the small band was not asked for');
    expect(medianColumn(el)).to.deep.equal(['Vertailutietoa ei vielä ole riittävästi', 'Vertailutietoa ei vielä ole riittävästi']);
  });

  it('sends the pupil count given (whole numbers only, as the join form takes them); once sent, the comparison counts it', async () => {
    await seed(SIX.slice(0, 4));
    const el = await results(`${compareSrc}?case=send`, 'fi', endpoint);
    fill(el, '#pupils', 'noin 2000');
    must<HTMLButtonElement>(el, 'form.send button[type="submit"]').click();
    await waitUntil(() => $(el, '.error-summary'), 'no error summary');
    expect(text($(el, '.error-summary'))).to.contain('Anna oppilasmäärä pelkkinä numeroina');
    expect(must<HTMLInputElement>(el, '#pupils').value).to.equal('noin 2000');
    expect(must(el, '#pupils').getAttribute('aria-invalid')).to.equal('true');
    fill(el, '#pupils', '2 000');
    const select = must<HTMLSelectElement>(el, '#municipality');
    select.value = '047';
    select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    must<HTMLButtonElement>(el, 'form.send button[type="submit"]').click();
    await waitUntil(() => $(el, '.notice.success'), 'the result was not sent');
    const rows = await executeServerCommand<Array<{ envelope: { data: ReadinessData } }>, unknown>('collector-rows', { type: SUBMISSION_TYPES.readiness });
    const sent = rows.map((row) => row.envelope.data).find((data) => data.municipality?.code === '047');
    expect(sent?.pupils).to.equal(2000);
    expect(sent?.scores.areas.map((a) => a.score)).to.deep.equal([75, 0]);
    // the fifth municipality: the figures are published, with this one counted
    const again = await results(`${compareSrc}?case=sent`);
    expect(medianColumn(again)).to.deep.equal(['60 (5)', '20 (5)']); // A 40 50 60 75 80; B 0 10 20 20 30
  });

  it('fetches nothing before the results, and nothing without compare-src', async () => {
    performance.clearResourceTimings();
    localStorage.setItem(SMALL_KEY, JSON.stringify({ step: 2, answers: ANSWERS }));
    const el = await fixture<DigiOneReadinessChecker>(
      html`<digione-readiness-checker src=${SMALL} lang="fi" compare-src=${compareSrc}></digione-readiness-checker>`,
    );
    await waitUntil(() => $(el, '#step-heading'));
    expect(text($(el, '#step-heading'))).to.equal('Alue B');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(comparisonRequests()).to.have.length(0);

    localStorage.setItem(SMALL_KEY, JSON.stringify({ step: 3, answers: ANSWERS }));
    const plain = await fixture<DigiOneReadinessChecker>(html`<digione-readiness-checker src=${SMALL} lang="fi"></digione-readiness-checker>`);
    await waitUntil(() => $(plain, 'table'));
    expect(comparisonRequests()).to.have.length(0);
    expect($$(plain, 'thead th')).to.have.length(3);
  });

  for (const [name, source] of [
    ['a failed fetch (the receiver answers 404)', () => compareSrc.replace('/comparison', '/no-such-comparison')],
    ['an answer that is not a comparison', () => SMALL],
  ] as const) {
    it(`after ${name} shows the results as without it and warns once`, async () => {
      const src = source();
      const warnings = watchConsole('warn');
      try {
        localStorage.setItem(SMALL_KEY, JSON.stringify({ step: 3, answers: ANSWERS }));
        const el = await fixture<DigiOneReadinessChecker>(
          html`<digione-readiness-checker src=${SMALL} lang="fi" compare-src=${src}></digione-readiness-checker>`,
        );
        await waitUntil(() => warnings.calls.length > 0, 'no warning');
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(warnings.calls).to.have.length(1);
        expect(warnings.calls[0]).to.contain('the comparison').and.contain(src);
        expect($(el, '.comparison')).to.equal(null);
        expect($$(el, 'thead th')).to.have.length(3);
        expect($(el, '.chart line.median')).to.equal(null);
        expect(text($(el, '.score'))).to.contain('Taso');
      } finally {
        warnings.restore();
      }
    });
  }
});
