import { expect } from '@open-wc/testing';
import { DEFAULT_QUESTIONNAIRE } from '../../src/readiness/default-questionnaire.js';
import { fillTexts, localizedTexts, skeletonOf, textsIn } from '../../src/readiness/questionnaire-texts.js';

describe('questionnaire texts by language (the script tag’s language parts)', () => {
  it('a skeleton filled with one language reads exactly as the built-in questionnaire in that language', () => {
    for (const language of ['fi', 'sv', 'en'] as const) {
      const skeleton = skeletonOf(DEFAULT_QUESTIONNAIRE);
      fillTexts(skeleton, language, textsIn(DEFAULT_QUESTIONNAIRE, language));
      const read = (questionnaire: object): string =>
        JSON.stringify(questionnaire, (_key, value: unknown) =>
          typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[language] === 'string'
            ? (value as Record<string, string>)[language]
            : value,
        );
      expect(read(skeleton)).to.equal(read(DEFAULT_QUESTIONNAIRE));
    }
  });

  it('keeps numbers and ids, empties every text, and a second language adds to the first', () => {
    const skeleton = skeletonOf(DEFAULT_QUESTIONNAIRE);
    expect(skeleton.levels.map((level) => level.min)).to.deep.equal(DEFAULT_QUESTIONNAIRE.levels.map((level) => level.min));
    expect(skeleton.areas[0].questions[0].id).to.equal(DEFAULT_QUESTIONNAIRE.areas[0].questions[0].id);
    expect(skeleton.title).to.deep.equal({});
    expect(localizedTexts(DEFAULT_QUESTIONNAIRE).length).to.be.greaterThan(80);
    fillTexts(skeleton, 'sv', textsIn(DEFAULT_QUESTIONNAIRE, 'sv'));
    fillTexts(skeleton, 'en', textsIn(DEFAULT_QUESTIONNAIRE, 'en'));
    expect(skeleton.title).to.deep.equal({ sv: DEFAULT_QUESTIONNAIRE.title.sv, en: DEFAULT_QUESTIONNAIRE.title.en });
  });

  it('refuses texts that do not fit (another version of the questionnaire)', () => {
    const skeleton = skeletonOf(DEFAULT_QUESTIONNAIRE);
    expect(() => fillTexts(skeleton, 'fi', ['only one'])).to.throw(/1 for \d+ places/);
  });
});
