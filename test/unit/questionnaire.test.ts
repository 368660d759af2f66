import { expect } from '@open-wc/testing';
import { localize, validateQuestionnaire } from '../../src/readiness/questionnaire.js';
import { DEFAULT_QUESTIONNAIRE } from '../../src/readiness/default-questionnaire.js';
import { LANGUAGES } from '../../src/core/language.js';

const fixture = async (name: string): Promise<unknown> => (await fetch(`/test/fixtures/${name}`)).json();

describe('validateQuestionnaire', () => {
  it('accepts the built-in questionnaire and the small fixture', async () => {
    expect(validateQuestionnaire(DEFAULT_QUESTIONNAIRE)).to.deep.equal([]);
    expect(validateQuestionnaire(await fixture('questionnaire-small.json'))).to.deep.equal([]);
  });

  it('names every essential problem with its path', async () => {
    const errors = validateQuestionnaire(await fixture('questionnaire-invalid.json'));
    const paths = errors.map((e) => e.path);
    expect(paths).to.include.members([
      'id', // a space in the id
      'title', // no fi
      'levels', // no band starts at 0
      'areas[0].questions[0].options', // a choice question without options
      'areas[0].questions[1].id', // duplicate id
      'areas[0].questions[1].type', // unknown type
      'areas[0].questions[1].options', // one option only
    ]);
    expect(errors.find((e) => e.path === 'areas[0].questions[1].id')?.message).to.contain('duplicate id "a1"');
  });

  it('refuses a questionnaire without areas, and anything that is not an object', async () => {
    expect(validateQuestionnaire(await fixture('questionnaire-no-areas.json'))).to.deep.equal([{ path: 'areas', message: 'must list at least one area' }]);
    expect(validateQuestionnaire(null)).to.have.length(1);
    expect(validateQuestionnaire([DEFAULT_QUESTIONNAIRE])).to.have.length(1);
    expect(validateQuestionnaire('{}')).to.have.length(1);
  });

  it('refuses options that cannot be scored', () => {
    const q = structuredClone(DEFAULT_QUESTIONNAIRE);
    q.scale = [
      { value: 'a', points: 1, label: { fi: 'A' } },
      { value: 'b', points: 1, label: { fi: 'B' } },
      { value: 'a', points: null, label: { fi: 'C' } },
    ];
    const messages = validateQuestionnaire(q).map((e) => `${e.path} ${e.message}`);
    expect(messages).to.deep.equal(['scale[2].value duplicate value "a"', 'scale needs at least two options with different points']);
  });
});

describe('the built-in questionnaire', () => {
  it('has 8 areas of 3–4 questions, texts in fi, sv and en, and advice for every area and level', () => {
    const q = DEFAULT_QUESTIONNAIRE;
    expect(q.areas).to.have.length(8);
    const texts = [q.title, q.intro!, ...q.scale!.map((o) => o.label), ...q.levels.flatMap((l) => [l.name, l.description!])];
    for (const area of q.areas) {
      expect(area.questions.length).to.be.within(3, 4);
      texts.push(area.title, area.description!, ...area.questions.flatMap((x) => [x.text, ...(x.help ? [x.help] : [])]));
      for (const level of q.levels) {
        expect(area.recommendations?.[level.id], `${area.id} × ${level.id}`).to.exist;
        texts.push(area.recommendations![level.id]);
      }
    }
    for (const text of texts) for (const language of LANGUAGES) expect(text[language], JSON.stringify(text)).to.be.a('string').and.not.equal('');
  });

  it('offers the 5-step scale plus an unscored “don’t know”', () => {
    expect(DEFAULT_QUESTIONNAIRE.scale!.map((o) => o.points)).to.deep.equal([1, 2, 3, 4, 5, null]);
    expect(localize(DEFAULT_QUESTIONNAIRE.scale![5].label, 'sv')).to.equal('Vet inte');
  });

  it('falls back to Finnish when a language is missing', () => {
    expect(localize({ fi: 'Hei' }, 'sv')).to.equal('Hei');
    expect(localize({ fi: 'Hei', en: 'Hello' }, 'en')).to.equal('Hello');
    expect(localize(undefined, 'fi')).to.equal('');
  });
});
