export { DigiOneReadinessChecker, type ReadinessCompletion } from './readiness-checker.js';
export { DEFAULT_QUESTIONNAIRE } from './default-questionnaire.js';
export type { Questionnaire, Area, Question, AnswerOption, Level, LocalizedText } from './questionnaire.js';
