import { expect } from '@open-wc/testing';
import { clearProgress, loadProgress, progressKey, saveProgress } from '../../src/readiness/progress.js';
import { READINESS_RESULT_KEY, readReadinessResult, writeReadinessResult, type StoredReadinessResult } from '../../src/core/readiness-result.js';

describe('readiness storage', () => {
  afterEach(() => localStorage.clear());

  it('keeps progress per questionnaire id and version', () => {
    const key = progressKey('digione-readiness', '1.0.0');
    expect(key).to.equal('digione-readiness:progress:digione-readiness@1.0.0');
    saveProgress(key, { step: 3, answers: { a1: '2' } });
    expect(loadProgress(key)).to.deep.equal({ step: 3, answers: { a1: '2' } });
    expect(loadProgress(progressKey('digione-readiness', '2.0.0'))).to.equal(undefined);
    clearProgress(key);
    expect(loadProgress(key)).to.equal(undefined);
  });

  it('ignores progress that is not in the documented shape', () => {
    localStorage.setItem('k', '{not json');
    expect(loadProgress('k')).to.equal(undefined);
    localStorage.setItem('k', JSON.stringify({ step: 'x', answers: {} }));
    expect(loadProgress('k')).to.equal(undefined);
    localStorage.setItem('k', JSON.stringify({ step: 1, answers: { a: '1', b: 5, c: null } }));
    expect(loadProgress('k')).to.deep.equal({ step: 1, answers: { a: '1' } });
  });

  it('writes and reads the last result under the documented key', () => {
    const result: StoredReadinessResult = {
      questionnaire: { id: 'digione-readiness', version: '1.0.0' },
      completedAt: '2026-11-28T10:00:00.000Z',
      municipality: { code: '091', name: 'Helsinki' },
      scores: { overall: 56.3, level: 'developing', areas: [{ id: 'leadership', score: 100, answered: 3, total: 3 }] },
    };
    writeReadinessResult(result);
    expect(READINESS_RESULT_KEY).to.equal('digione-readiness:last-result');
    expect(JSON.parse(localStorage.getItem(READINESS_RESULT_KEY)!)).to.deep.equal(result);
    expect(readReadinessResult()).to.deep.equal(result);
    localStorage.setItem(READINESS_RESULT_KEY, JSON.stringify({ ...result, scores: { overall: '56' } }));
    expect(readReadinessResult()).to.equal(undefined);
    localStorage.setItem(READINESS_RESULT_KEY, 'nonsense');
    expect(readReadinessResult()).to.equal(undefined);
  });
});
