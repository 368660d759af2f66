/** The data the receiver gets: the form's values, cleaned and normalised (pure). */
import { normalizeFinnishPhone, parseWholeNumber } from '../core/validators.js';
import type { AttachedReadiness, JoinRequestData, MunicipalityRef } from '../core/submit/types.js';
import type { JoinFormValues } from './validation.js';

export interface JoinRequestContext {
  /** The chosen municipality, already resolved from the code. */
  municipality?: MunicipalityRef;
  /** The readiness result, when the person chose to attach it. */
  readiness?: AttachedReadiness;
  elapsedMs: number;
}

/** Valid values → `fi.digione.join.requested` data. Optional fields left empty are left out. */
export function buildJoinRequest(values: JoinFormValues, context: JoinRequestContext): JoinRequestData {
  const isMunicipality = values.organisationType === 'municipality';
  const phone = normalizeFinnishPhone(values.phone);
  const pupils = parseWholeNumber(values.pupils);
  const message = values.message.trim();
  return {
    organisationType: values.organisationType,
    ...(isMunicipality && context.municipality ? { municipality: context.municipality } : {}),
    ...(!isMunicipality ? { organisationName: values.organisationName.trim() } : {}),
    contactName: values.contactName.trim(),
    title: values.title.trim(),
    email: values.email.trim(),
    ...(phone ? { phone } : {}),
    ...(pupils !== undefined ? { pupils } : {}),
    interests: [...new Set(values.interests)],
    timeframe: values.timeframe,
    ...(message ? { message } : {}),
    consent: true,
    ...(values.attachReadiness && context.readiness ? { readiness: context.readiness } : {}),
    elapsedMs: Math.max(0, Math.round(context.elapsedMs)),
  };
}
