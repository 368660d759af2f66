/** The npm entry: classes, types and pure functions; importing it defines nothing. */
export * from './api.js';
export { DigiOneElement } from './core/element.js';
export { defineElement } from './core/define.js';
export { buildEnvelope, SUBMISSION_TYPES, DATA_SCHEMAS, type Envelope, type SubmissionType } from './core/submit/envelope.js';
export { SubmissionController, type SubmissionState, type SendRequest, type FieldError } from './core/submit/controller.js';
export type {
  EventRegistrationData,
  JoinRequestData,
  ReadinessData,
  MunicipalityRef,
  AttachedReadiness,
  ReadinessAreaScore,
  ReadinessAnswer,
} from './core/submit/types.js';
export { DigiOneEventCard } from './event-card/index.js';
export { DigiOneReadinessChecker } from './readiness/index.js';
export { DigiOneJoinForm } from './join-form/index.js';
export type { JoinFormPrefill } from './join-form/join-form.js';
export { readReadinessResult, READINESS_RESULT_KEY, type StoredReadinessResult } from './core/readiness-result.js';
export type { ReadinessCompletion } from './readiness/readiness-checker.js';
export type * from './core/events.js';
