import { expect } from '@open-wc/testing';
import { LoadError } from '../../src/core/load.js';
import { bandOf, compareRow, comparisonUrl, parseComparison, standing } from '../../src/readiness/comparison.js';

const Q = { id: 'test-small', version: '2' };
/** An answer in the shape of schema/readiness-comparison.schema.json. */
const answer = () => ({
  questionnaire: { id: 'test-small', version: '2' },
  band: null,
  minimum: 5,
  overall: { n: 6, median: 52.5, p25: 40, p75: 61.25, levels: [{ id: 'low', n: 3 }] },
  areas: [
    { id: 'a', n: 6, median: 60, p25: 50, p75: 72.5 },
    { id: 'b', suppressed: true },
  ],
});

function invalid(json: unknown): string {
  try {
    parseComparison(json, Q);
  } catch (error) {
    expect(error).to.be.instanceOf(LoadError);
    expect((error as LoadError).reason).to.equal('invalid');
    return (error as LoadError).message;
  }
  return expect.fail('accepted an invalid comparison');
}

describe('readiness comparison', () => {
  it('puts a pupil count in the receiver’s size band (1,000 and 5,000 in the middle one)', () => {
    expect([0, 999, 1000, 5000, 5001, 48000].map(bandOf)).to.deep.equal(['under-1000', 'under-1000', '1000-5000', '1000-5000', 'over-5000', 'over-5000']);
    expect(bandOf(undefined)).to.equal(undefined);
  });

  it('asks for the questionnaire in use and the band, on a relative or absolute compare-src', () => {
    const base = 'https://www.esimerkkila.fi/sivu/';
    expect(comparisonUrl('/api/readiness/comparison', Q, undefined, base)).to.equal(
      'https://www.esimerkkila.fi/api/readiness/comparison?questionnaire=test-small&version=2',
    );
    expect(comparisonUrl('https://vastaanotto.example.fi/api/readiness/comparison?band=x', { id: 'q 1', version: '1.0.0' }, '1000-5000', base)).to.equal(
      'https://vastaanotto.example.fi/api/readiness/comparison?band=1000-5000&questionnaire=q+1&version=1.0.0',
    );
    expect(comparisonUrl('https://vastaanotto.example.fi/c?band=over-5000', Q, undefined, base)).to.equal(
      'https://vastaanotto.example.fi/c?questionnaire=test-small&version=2',
    );
  });

  it('reads the answer: figures by area id, suppressed rows without numbers', () => {
    const c = parseComparison(answer(), Q);
    expect(c.band).to.equal(null);
    expect(c.minimum).to.equal(5);
    expect(c.overall).to.deep.equal({ n: 6, median: 52.5, p25: 40, p75: 61.25 });
    expect(c.areas.get('a')).to.deep.equal({ n: 6, median: 60, p25: 50, p75: 72.5 });
    expect(c.areas.get('b')).to.deep.equal({ suppressed: true });
    expect(parseComparison({ ...answer(), band: 'under-1000', overall: { suppressed: true } }, Q).overall).to.deep.equal({ suppressed: true });
  });

  it('refuses what is not the documented answer for this questionnaire, saying what is wrong', () => {
    expect(invalid('<html>')).to.contain('not a JSON object');
    expect(invalid({ ...answer(), questionnaire: { id: 'test-small', version: '1' } })).to.contain('/questionnaire');
    expect(invalid({ ...answer(), band: 'huge' })).to.contain('/band');
    expect(invalid({ ...answer(), minimum: 2 })).to.contain('/minimum');
    expect(invalid({ ...answer(), overall: { n: 6, median: 120, p25: 40, p75: 61 } })).to.contain('/overall/median');
    expect(invalid({ ...answer(), areas: [{ id: 'a', n: 0, median: 60, p25: 50, p75: 70 }] })).to.contain('/areas/0/n');
    expect(invalid({ ...answer(), areas: [{ id: 'a', n: 6, median: 60, p25: 65, p75: 70 }] })).to.contain('p25 ≤ median ≤ p75');
    expect(invalid({ ...answer(), areas: [{ n: 6, median: 60, p25: 50, p75: 70 }] })).to.contain('/areas/0/id');
    expect(invalid({ ...answer(), areas: {} })).to.contain('/areas is not an array');
  });

  it('says near within 5 points of the median (inclusive), else above or below', () => {
    expect([66, 65, 60, 55, 54.9, 65.1].map((score) => standing(score, 60))).to.deep.equal(['above', 'near', 'near', 'near', 'below', 'above']);
  });

  it('compares a row: the figures and the standing, no standing without a score, suppressed when unlisted', () => {
    const figures = { n: 6, median: 60, p25: 50, p75: 72.5 };
    expect(compareRow(70, figures)).to.deep.equal({ kind: 'figures', ...figures, standing: 'above' });
    expect(compareRow(null, figures)).to.deep.equal({ kind: 'figures', ...figures });
    expect(compareRow(70, { suppressed: true })).to.deep.equal({ kind: 'suppressed' });
    expect(compareRow(70, undefined)).to.deep.equal({ kind: 'suppressed' });
  });
});
