import type { Language } from '../core/language.js';

/**
 * The questionnaire format (schema/questionnaire.schema.json is the published contract).
 * Every text is localized; a missing sv or en falls back to fi.
 */
export interface LocalizedText {
  fi: string;
  sv?: string;
  en?: string;
}

export interface AnswerOption {
  value: string;
  label: LocalizedText;
  /** Null: an answer that is not scored ("don't know"). */
  points: number | null;
}

export type QuestionType = 'scale' | 'choice' | 'yesno';

export interface Question {
  id: string;
  text: LocalizedText;
  help?: LocalizedText;
  type: QuestionType;
  /** Required for choice and yesno; a scale question without options uses the questionnaire's `scale`. */
  options?: AnswerOption[];
}

export interface Area {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  questions: Question[];
  /** Advice by level id: what this area should do next when its own score is in that band. */
  recommendations?: Record<string, LocalizedText>;
}

export interface Level {
  id: string;
  /** The lowest score (0–100) of the band. */
  min: number;
  name: LocalizedText;
  description?: LocalizedText;
}

export interface Questionnaire {
  id: string;
  version: string;
  title: LocalizedText;
  intro?: LocalizedText;
  /** About how many minutes it takes (shown on the intro). */
  minutes?: number;
  /** The shared options of scale questions, e.g. 1 "not started" … 5 "established" plus "don't know". */
  scale?: AnswerOption[];
  areas: Area[];
  levels: Level[];
}

/** The text in a language, else in Finnish. */
export function localize(text: LocalizedText | undefined, language: Language): string {
  return text ? (text[language] ?? text.fi) : '';
}

/** The options a question offers (its own, or the questionnaire's shared scale). */
export function optionsOf(questionnaire: Questionnaire, question: Question): AnswerOption[] {
  return question.options ?? questionnaire.scale ?? [];
}

/** Levels from the lowest band up. */
export function sortedLevels(questionnaire: Questionnaire): Level[] {
  return [...questionnaire.levels].sort((a, b) => a.min - b.min);
}

/** One problem found in a questionnaire: where (a JSON path) and what. */
export interface QuestionnaireError {
  path: string;
  message: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): boolean =>
  isObject(v) && typeof v.fi === 'string' && v.fi.trim() !== '' && ['sv', 'en'].every((k) => v[k] === undefined || typeof v[k] === 'string');
const isId = (v: unknown): boolean => typeof v === 'string' && /^[A-Za-z0-9_.:-]{1,64}$/.test(v);

/**
 * Checks the essentials of a loaded questionnaire without a schema library (none ships to the
 * browser): the fields the widget relies on, unique ids, scorable options. Returns readable
 * errors; an empty list means the widget can use it. The JSON Schema checks the rest.
 */
export function validateQuestionnaire(value: unknown): QuestionnaireError[] {
  const errors: QuestionnaireError[] = [];
  const fail = (path: string, message: string) => errors.push({ path, message });
  if (!isObject(value)) {
    fail('', 'must be a JSON object');
    return errors;
  }
  if (!isId(value.id)) fail('id', 'must be an id (letters, digits, _ . : -)');
  if (typeof value.version !== 'string' || !value.version) fail('version', 'must be a non-empty string');
  if (!isText(value.title)) fail('title', 'must be a text with at least fi');
  if (value.intro !== undefined && !isText(value.intro)) fail('intro', 'must be a text with at least fi');
  const checkOptions = (options: unknown, path: string) => {
    if (!Array.isArray(options) || options.length < 2) return fail(path, 'must list at least two options');
    const values = new Set<string>();
    const points: number[] = [];
    options.forEach((o, i) => {
      const at = `${path}[${i}]`;
      if (!isObject(o)) return fail(at, 'must be an object');
      if (typeof o.value !== 'string' || !o.value) fail(`${at}.value`, 'must be a non-empty string');
      else if (values.has(o.value)) fail(`${at}.value`, `duplicate value "${o.value}"`);
      else values.add(o.value);
      if (!isText(o.label)) fail(`${at}.label`, 'must be a text with at least fi');
      if (o.points === null) return;
      if (typeof o.points !== 'number' || !Number.isFinite(o.points)) fail(`${at}.points`, 'must be a number or null');
      else points.push(o.points);
    });
    if (new Set(points).size < 2) fail(path, 'needs at least two options with different points');
  };
  if (value.scale !== undefined) checkOptions(value.scale, 'scale');

  if (!Array.isArray(value.levels) || !value.levels.length) {
    fail('levels', 'must list at least one level');
  } else {
    value.levels.forEach((l, i) => {
      const at = `levels[${i}]`;
      if (!isObject(l)) return fail(at, 'must be an object');
      if (!isId(l.id)) fail(`${at}.id`, 'must be an id');
      if (typeof l.min !== 'number' || l.min < 0 || l.min > 100) fail(`${at}.min`, 'must be a number from 0 to 100');
      if (!isText(l.name)) fail(`${at}.name`, 'must be a text with at least fi');
    });
    if (!value.levels.some((l) => isObject(l) && l.min === 0)) fail('levels', 'one level must start at 0');
  }

  if (!Array.isArray(value.areas) || !value.areas.length) {
    fail('areas', 'must list at least one area');
    return errors;
  }
  const ids = new Set<string>();
  const unique = (id: unknown, path: string) => {
    if (!isId(id)) return fail(path, 'must be an id (letters, digits, _ . : -)');
    if (ids.has(id as string)) fail(path, `duplicate id "${id as string}"`);
    ids.add(id as string);
  };
  value.areas.forEach((a, i) => {
    const at = `areas[${i}]`;
    if (!isObject(a)) return fail(at, 'must be an object');
    unique(a.id, `${at}.id`);
    if (!isText(a.title)) fail(`${at}.title`, 'must be a text with at least fi');
    if (!Array.isArray(a.questions) || !a.questions.length) return fail(`${at}.questions`, 'must list at least one question');
    a.questions.forEach((q, j) => {
      const qat = `${at}.questions[${j}]`;
      if (!isObject(q)) return fail(qat, 'must be an object');
      unique(q.id, `${qat}.id`);
      if (!isText(q.text)) fail(`${qat}.text`, 'must be a text with at least fi');
      if (q.help !== undefined && !isText(q.help)) fail(`${qat}.help`, 'must be a text with at least fi');
      if (!['scale', 'choice', 'yesno'].includes(q.type as string)) fail(`${qat}.type`, 'must be scale, choice or yesno');
      if (q.options !== undefined) checkOptions(q.options, `${qat}.options`);
      else if (q.type !== 'scale' || value.scale === undefined) fail(`${qat}.options`, 'are required (or a shared scale for scale questions)');
    });
  });
  return errors;
}
