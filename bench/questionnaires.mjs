// The questionnaires the benchmark renders, in the readiness checker's format and converted to
// SurveyJS's: the built-in DigiOne one (src/readiness/default-questionnaire.ts), and generated
// ones of a given size for the scaling rows.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** The built-in questionnaire, read from its TypeScript source (it imports only types). */
export async function defaultQuestionnaire(root) {
  const source = readFileSync(`${root}src/readiness/default-questionnaire.ts`, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } });
  const module = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
  return module.DEFAULT_QUESTIONNAIRE;
}

const text = (fi) => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });
const SCALE = [
  ['1', 1, 'Ei aloitettu'],
  ['2', 2, 'Suunnitteilla'],
  ['3', 3, 'Käynnissä'],
  ['4', 4, 'Käytössä'],
  ['5', 5, 'Vakiintunut ja kehittyy jatkuvasti'],
  ['dk', null, 'En osaa sanoa'],
].map(([value, points, label]) => ({ value, points, label: text(label) }));

/** A questionnaire of `questions` scale questions in `areas` areas, like the built-in one. */
export function generatedQuestionnaire(questions, areas) {
  const perArea = Math.ceil(questions / areas);
  return {
    id: `bench-${questions}`,
    version: '1.0.0',
    minutes: Math.ceil(questions / 3),
    title: text(`Testikysely, ${questions} kysymystä`),
    intro: text('Benchmarkin kysely: jokainen kysymys on viisiportaisella asteikolla.'),
    scale: SCALE,
    levels: [
      { id: 'start', min: 0, name: text('Alkuvaihe') },
      { id: 'developing', min: 35, name: text('Kehittyvä') },
      { id: 'good', min: 60, name: text('Hyvät valmiudet') },
      { id: 'advanced', min: 80, name: text('Edistynyt') },
    ],
    areas: Array.from({ length: areas }, (_, a) => ({
      id: `area-${a + 1}`,
      title: text(`Osa-alue ${a + 1}`),
      description: text(`Osa-alueen ${a + 1} kuvaus.`),
      questions: Array.from({ length: Math.min(perArea, questions - a * perArea) }, (_, q) => ({
        id: `q-${a + 1}-${q + 1}`,
        type: 'scale',
        text: text(`Kysymys ${a + 1}.${q + 1}: toimintatapa on kuvattu, käytössä ja sitä arvioidaan säännöllisesti.`),
      })),
      recommendations: {
        start: text('Aloittakaa perusteista.'),
        developing: text('Täydentäkää puutteet.'),
        good: text('Jatkakaa.'),
        advanced: text('Jakakaa mallinne.'),
      },
    })).filter((area) => area.questions.length > 0),
  };
}

/**
 * The same questionnaire as a SurveyJS survey: one page per area, each question a radiogroup
 * with the same options (native radio buttons, as in the checker), Finnish texts, a progress bar.
 */
export function toSurveyJs(questionnaire) {
  const fi = (value) => value?.fi;
  return {
    title: fi(questionnaire.title),
    description: fi(questionnaire.intro),
    locale: 'fi',
    showProgressBar: 'top',
    showQuestionNumbers: 'off',
    pages: questionnaire.areas.map((area) => ({
      name: area.id,
      title: fi(area.title),
      description: fi(area.description),
      elements: area.questions.map((question) => ({
        type: 'radiogroup',
        name: question.id,
        title: fi(question.text),
        description: fi(question.help),
        choices: (question.options ?? questionnaire.scale).map((option) => ({ value: option.value, text: fi(option.label) })),
      })),
    })),
  };
}

export const countQuestions = (questionnaire) => questionnaire.areas.reduce((sum, area) => sum + area.questions.length, 0);
