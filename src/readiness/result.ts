import { email, parseWholeNumber, validate, wholeNumber, type FieldMessage, type Rule, type Rules } from '../core/validators.js';
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

/**
 * The send form: name and email are optional; a given email must be one; contact data needs
 * consent. The pupil count is optional, a whole number as the join form takes it.
 */
export interface SendForm {
  /** The chosen municipality's code ('' for none). */
  municipality: string;
  /** Basic-education pupils as typed ('' for none): the comparison's size band. */
  pupils: string;
  name: string;
  email: string;
  consent: boolean;
}
export type SendField = keyof SendForm;

export const emptySendForm = (): SendForm => ({ municipality: '', pupils: '', name: '', email: '', consent: false });

export const SEND_FIELDS: readonly SendField[] = ['municipality', 'pupils', 'name', 'email', 'consent'];

const consentToContact: Rule<boolean, SendForm> = (consent, form) => ((form.name.trim() || form.email.trim()) && !consent ? 'required' : undefined);

export const SEND_RULES: Rules<SendForm> = {
  pupils: [wholeNumber],
  email: [email],
  consent: [consentToContact],
};

export function validateSend(form: SendForm): Array<FieldMessage<SendField>> {
  return validate(form, SEND_RULES, SEND_FIELDS);
}

/** The pupil count the person gave, when it is one (else undefined: no count, no band). */
export const pupilsOf = (form: Pick<SendForm, 'pupils'>): number | undefined => parseWholeNumber(form.pupils);

/** The `fi.digione.readiness.completed` data: answers, scores, and the pupil count and contact only when given. */
export function buildReadinessData(
  questionnaire: Pick<Questionnaire, 'id' | 'version'>,
  answers: Answers,
  scores: ReadinessData['scores'],
  form: Pick<SendForm, 'pupils' | 'name' | 'email' | 'consent'>,
  municipality?: MunicipalityRef,
): ReadinessData {
  const name = form.name.trim();
  const mail = form.email.trim();
  const pupils = pupilsOf(form);
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    ...(municipality ? { municipality } : {}),
    ...(pupils === undefined ? {} : { pupils }),
    answers: { ...answers },
    scores,
    ...(name || mail ? { contact: { ...(name ? { name } : {}), ...(mail ? { email: mail } : {}) }, consent: true } : {}),
  };
}
