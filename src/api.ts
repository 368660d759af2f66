/**
 * The JavaScript API, the same in `window.DigiOneWidgets` and the npm entry: page-wide
 * configuration, strings, and the pure functions of the widgets.
 */
export { VERSION as version } from './core/version.js';
export { configure, type PageConfig } from './core/config.js';
export { addResources } from './core/i18n.js';
export { configureSubmissions, type SubmitOptions } from './core/submit/outbox.js';
export { buildIcs, googleCalendarUrl, outlookCalendarUrl, type CalendarEvent } from './event-card/calendar.js';
export { validateJoinForm, type JoinFormValues, type JoinError } from './join-form/validation.js';
export { scoreReadiness, type ReadinessScores, type Answers } from './readiness/scoring.js';
export { validateQuestionnaire, type Questionnaire, type QuestionnaireError } from './readiness/questionnaire.js';
