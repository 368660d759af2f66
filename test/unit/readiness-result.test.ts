import { expect } from '@open-wc/testing';
import { buildReadinessData, summarizeScores, validateSend } from '../../src/readiness/result.js';
import type { ReadinessScores } from '../../src/readiness/scoring.js';

const level = { id: 'developing', min: 35, name: { fi: 'Kehittyvä' }, description: { fi: '' } };
const scores = {
  overall: 50,
  level,
  areas: [
    { id: 'lead', score: 50, answered: 3, total: 3 },
    { id: 'money', score: null, answered: 0, total: 3 },
  ],
  recommendations: [],
} as unknown as ReadinessScores;

describe('readiness result', () => {
  it('summarizes scores without the areas nobody answered', () => {
    expect(summarizeScores(scores)).to.deep.equal({ overall: 50, level: 'developing', areas: [{ id: 'lead', score: 50, answered: 3, total: 3 }] });
    expect(summarizeScores({ ...scores, overall: null })).to.equal(undefined);
  });

  it('asks consent only when contact data is given, and a real email', () => {
    expect(validateSend({ municipality: '', pupils: '', name: '', email: '', consent: false })).to.deep.equal([]);
    expect(validateSend({ municipality: '', pupils: '', name: 'Maija', email: '', consent: false })).to.deep.equal([{ field: 'consent', key: 'required' }]);
    expect(validateSend({ municipality: '', pupils: '', name: '', email: 'maija@kunta', consent: true })).to.deep.equal([{ field: 'email', key: 'email' }]);
    expect(validateSend({ municipality: '', pupils: '', name: 'Maija', email: 'maija@kunta.fi', consent: true })).to.deep.equal([]);
  });

  it('sends contact and consent only when given', () => {
    const summary = summarizeScores(scores)!;
    const anonymous = buildReadinessData({ id: 'q', version: '1' }, { a1: '3' }, summary, { pupils: '', name: ' ', email: '', consent: false });
    expect(anonymous).to.deep.equal({ questionnaire: { id: 'q', version: '1' }, answers: { a1: '3' }, scores: summary });
    const named = buildReadinessData(
      { id: 'q', version: '1' },
      {},
      summary,
      { pupils: '', name: ' Maija ', email: '', consent: true },
      { code: '179', name: 'Jyväskylä' },
    );
    expect(named.contact).to.deep.equal({ name: 'Maija' });
    expect(named.consent).to.equal(true);
    expect(named.municipality).to.deep.equal({ code: '179', name: 'Jyväskylä' });
    expect(named).not.to.have.property('pupils');
  });

  it('sends a pupil count only when it is a whole number (as the join form takes it)', () => {
    const summary = summarizeScores(scores)!;
    const form = { pupils: ' 4 500 ', name: '', email: '', consent: false };
    expect(buildReadinessData({ id: 'q', version: '1' }, {}, summary, form).pupils).to.equal(4500);
    expect(validateSend({ municipality: '', ...form })).to.deep.equal([]);
    expect(validateSend({ municipality: '', ...form, pupils: 'noin 300' })).to.deep.equal([{ field: 'pupils', key: 'wholeNumber' }]);
    expect(validateSend({ municipality: '', ...form, pupils: '-5' })).to.deep.equal([{ field: 'pupils', key: 'wholeNumber' }]);
  });
});
