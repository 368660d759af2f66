import { email } from '../core/validators.js';
import type { MunicipalityRef, ReadinessData } from '../core/submit/types.js';
import type { Questionnaire } from './questionnaire.js';
import type { Answers, ReadinessScores } from './scoring.js';

/** The scores as stored on the device and sent: areas without a scored answer are left out. */
export function summarizeScores(scores: ReadinessScores): ReadinessData['scores'] | undefined {
  const { overall, level, areas } = scores;
  if (overall === null || !level) return undefined;
  return {
    overall,
    level: level.id,
    areas: areas.flatMap((a) => (a.score === null ? [] : [{ id: a.id, score: a.score, answered: a.answered, total: a.total }])),
  };
}

/** The send form: name and email are optional; a given email must be one; contact data needs consent. */
export interface SendForm {
  name: string;
  email: string;
  consent: boolean;
}

export function validateSend(form: SendForm): Array<{ field: 'email' | 'consent'; key: string }> {
  const errors: Array<{ field: 'email' | 'consent'; key: string }> = [];
  if (email(form.email)) errors.push({ field: 'email', key: 'email' });
  if ((form.name.trim() || form.email.trim()) && !form.consent) errors.push({ field: 'consent', key: 'required' });
  return errors;
}

/** The `fi.digione.readiness.completed` data: answers, scores, and contact only when given. */
export function buildReadinessData(
  questionnaire: Pick<Questionnaire, 'id' | 'version'>,
  answers: Answers,
  scores: ReadinessData['scores'],
  form: SendForm,
  municipality?: MunicipalityRef,
): ReadinessData {
  const name = form.name.trim();
  const mail = form.email.trim();
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    ...(municipality ? { municipality } : {}),
    answers: { ...answers },
    scores,
    ...(name || mail ? { contact: { ...(name ? { name } : {}), ...(mail ? { email: mail } : {}) }, consent: true } : {}),
  };
}
