import { expect } from '@open-wc/testing';
import { levelFor, scoreReadiness } from '../../src/readiness/scoring.js';
import { DEFAULT_QUESTIONNAIRE } from '../../src/readiness/default-questionnaire.js';
import type { Questionnaire } from '../../src/readiness/questionnaire.js';

async function small(): Promise<Questionnaire> {
  return (await fetch('/test/fixtures/questionnaire-small.json')).json() as Promise<Questionnaire>;
}

describe('scoreReadiness', () => {
  it('normalises each answer over its question’s points and averages areas (hand-computed)', async () => {
    const q = await small();
    // a1 = 1 on 0…2 → 50; a2 = yes on 0…1 → 100; area A = 75. b1 = x on 10…30 → 0; area B = 0.
    const result = scoreReadiness(q, { a1: '1', a2: 'yes', b1: 'x' });
    expect(result.areas.map((a) => [a.id, a.score, a.answered, a.total])).to.deep.equal([
      ['a', 75, 2, 2],
      ['b', 0, 1, 1],
    ]);
    expect(result.overall).to.equal(37.5); // (75 + 0) / 2
    expect(result.level?.id).to.equal('low');
    expect(result.areas[0].level?.id).to.equal('high');
    // weakest area first, each with the recommendation of its own band
    expect(result.recommendations.map((r) => [r.area.id, r.level.id, r.text.fi])).to.deep.equal([
      ['b', 'low', 'Paranna B:tä.'],
      ['a', 'high', 'A on kunnossa.'],
    ]);
  });

  it('leaves don’t-know and unanswered questions out of an area’s score', async () => {
    const q = await small();
    const result = scoreReadiness(q, { a1: 'dk', a2: 'yes' });
    expect(result.areas[0]).to.include({ score: 100, answered: 1, total: 2 });
    // B has no answers: no score, left out of the overall mean and of the recommendations
    expect(result.areas[1]).to.include({ score: null, answered: 0, total: 1 });
    expect(result.overall).to.equal(100);
    expect(result.level?.id).to.equal('high');
    expect(result.recommendations.map((r) => r.area.id)).to.deep.equal(['a']);
  });

  it('ignores answers that are not options of the question', async () => {
    const q = await small();
    const result = scoreReadiness(q, { a1: '7', b1: 'yes', unknown: '2' });
    expect(result.overall).to.equal(null);
  });

  it('gives no score, level or recommendations when nothing is answered', () => {
    const result = scoreReadiness(DEFAULT_QUESTIONNAIRE, {});
    expect(result.overall).to.equal(null);
    expect(result.level).to.equal(undefined);
    expect(result.recommendations).to.deep.equal([]);
    expect(result.areas.every((a) => a.score === null && a.answered === 0 && a.total >= 3)).to.equal(true);
    const dontKnow = Object.fromEntries(DEFAULT_QUESTIONNAIRE.areas.flatMap((a) => a.questions.map((x) => [x.id, 'dk'])));
    expect(scoreReadiness(DEFAULT_QUESTIONNAIRE, dontKnow).overall).to.equal(null);
  });

  it('scores the built-in questionnaire on its 1–5 scale', () => {
    const all = (value: string) => Object.fromEntries(DEFAULT_QUESTIONNAIRE.areas.flatMap((a) => a.questions.map((x) => [x.id, value])));
    expect(scoreReadiness(DEFAULT_QUESTIONNAIRE, all('1'))).to.include({ overall: 0 });
    expect(scoreReadiness(DEFAULT_QUESTIONNAIRE, all('3')).overall).to.equal(50); // (3 − 1) / 4
    expect(scoreReadiness(DEFAULT_QUESTIONNAIRE, all('3')).level?.id).to.equal('developing');
    expect(scoreReadiness(DEFAULT_QUESTIONNAIRE, all('5')).level?.id).to.equal('advanced');
    // leadership all 5 → 100; funding 1, 2, don't know → (0 + 25) / 2 = 12.5; the rest unanswered
    const result = scoreReadiness(DEFAULT_QUESTIONNAIRE, {
      'lead-goals': '5',
      'lead-owner': '5',
      'lead-schools': '5',
      'fund-budget': '1',
      'fund-procurement': '2',
      'fund-contracts': 'dk',
    });
    expect(result.areas.slice(0, 3).map((a) => a.score)).to.deep.equal([100, 12.5, null]);
    expect(result.overall).to.equal(56.3); // (100 + 12.5) / 2 = 56.25, one decimal
    expect(result.level?.id).to.equal('developing');
    expect(result.recommendations.map((r) => `${r.area.id}:${r.level.id}`)).to.deep.equal(['funding:start', 'leadership:advanced']);
  });

  it('puts a score in the band with the highest min not above it', () => {
    expect(levelFor(DEFAULT_QUESTIONNAIRE, 0)?.id).to.equal('start');
    expect(levelFor(DEFAULT_QUESTIONNAIRE, 34.9)?.id).to.equal('start');
    expect(levelFor(DEFAULT_QUESTIONNAIRE, 35)?.id).to.equal('developing');
    expect(levelFor(DEFAULT_QUESTIONNAIRE, 79.9)?.id).to.equal('good');
    expect(levelFor(DEFAULT_QUESTIONNAIRE, 100)?.id).to.equal('advanced');
  });
});
