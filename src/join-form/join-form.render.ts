/**
 * The join form's templates: the fields in their order, through the one field template of
 * `core/form.ts`, and the thank-you panel. The element keeps the state and the handlers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import { checkboxField, consentField, field, fieldGroup, renderErrorSummary, type FormState } from '../core/form.js';
import { formatDate } from '../core/format.js';
import type { Language } from '../core/language.js';
import type { StoredReadinessResult } from '../core/readiness-result.js';
import type { MunicipalityCombobox } from './municipality-combobox.js';
import { INTERESTS, MESSAGE_MAX, ORGANISATION_TYPES, TIMEFRAMES, type JoinField, type JoinFormValues } from './validation.js';

export interface JoinFieldsContext {
  t: TFunction;
  language: Language;
  form: FormState<JoinFormValues, JoinField>;
  root: ShadowRoot | null;
  combobox: MunicipalityCombobox;
  readiness?: StoredReadinessResult;
  privacyUrl: string;
  /** The message counter's spoken text ('' when quiet). */
  counterAnnouncement: string;
}

type TextField = 'organisationName' | 'contactName' | 'title' | 'email' | 'phone' | 'pupils';

function textField(
  c: JoinFieldsContext,
  name: TextField,
  options: { type?: string; autocomplete: string; optional?: boolean; hint?: boolean; inputmode?: string },
): TemplateResult {
  const { t, form } = c;
  return field(
    { id: name, label: t(name), hint: options.hint ? t(`${name}Hint`) : undefined, error: form.message(name, t), optional: options.optional, part: 'field', t },
    (aria) =>
      html`<input
        id=${aria.id}
        name=${name}
        type=${options.type ?? 'text'}
        autocomplete=${options.autocomplete}
        inputmode=${options.inputmode ?? nothing}
        .value=${form.values[name]}
        aria-invalid=${aria.invalid}
        aria-describedby=${aria.describedBy}
      />`,
  );
}

function choices(c: JoinFieldsContext, name: 'organisationType' | 'interests' | 'timeframe', values: readonly string[], hint?: string): TemplateResult {
  const { t, form } = c;
  const chosen = form.values[name];
  return fieldGroup({
    id: name,
    name,
    legend: t(`${name}.legend`),
    hint,
    error: form.message(name, t),
    part: 'field',
    t,
    type: name === 'interests' ? 'checkbox' : 'radio',
    choices: values.map((value) => ({
      value,
      label: t(`${name}.${value}`),
      checked: Array.isArray(chosen) ? chosen.includes(value as never) : chosen === value,
    })),
  });
}

function organisation(c: JoinFieldsContext): TemplateResult | typeof nothing {
  const { t, form } = c;
  const type = form.values.organisationType;
  if (!type) return nothing;
  if (type !== 'municipality') return textField(c, 'organisationName', { autocomplete: 'organization' });
  return field(
    { id: 'municipality', label: t('municipality'), hint: t('municipalityHint'), error: form.message('municipality', t), part: 'field', t },
    (aria) => c.combobox.render({ id: aria.id, labelledBy: `${aria.id}-label`, invalid: aria.invalid === 'true', describedBy: aria.describedBy }),
  );
}

function message(c: JoinFieldsContext): TemplateResult {
  const { t, form } = c;
  const length = form.values.message.length;
  return field(
    {
      id: 'message',
      label: t('message'),
      hint: t('messageHint', { max: MESSAGE_MAX }),
      error: form.message('message', t),
      optional: true,
      part: 'field',
      t,
      after: html`<span class="counter ${length > MESSAGE_MAX ? 'over' : ''}" aria-hidden="true"
          >${t('messageCounter', { count: length, max: MESSAGE_MAX })}</span
        >
        <span class="visually-hidden" role="status">${c.counterAnnouncement}</span>`,
    },
    (aria) =>
      html`<textarea
        id=${aria.id}
        name="message"
        rows="5"
        .value=${form.values.message}
        aria-invalid=${aria.invalid}
        aria-describedby=${aria.describedBy}
      ></textarea>`,
  );
}

function readiness(c: JoinFieldsContext): TemplateResult | typeof nothing {
  const { t, form } = c;
  const r = c.readiness;
  if (!r) return nothing;
  const completed = new Date(r.completedAt);
  const date = Number.isNaN(completed.getTime()) ? '' : formatDate(completed, c.language);
  return checkboxField(
    {
      id: 'attachReadiness',
      label: t('attachReadiness'),
      hint: t('attachReadinessHint', { date, score: Math.round(r.scores.overall) }),
      optional: true,
      part: 'field',
      t,
    },
    (aria) => html`<input id=${aria.id} name="attachReadiness" type="checkbox" .checked=${form.values.attachReadiness} aria-describedby=${aria.describedBy} />`,
  );
}

function consent(c: JoinFieldsContext): TemplateResult {
  const { t, form } = c;
  const hint = html`${t('consentHint')} <a href=${c.privacyUrl} target="_blank" rel="noopener">${t('common:privacyLink')} ${t('common:opensInNewWindow')}</a>`;
  return consentField({ id: 'consent', label: t('consent'), hint, error: form.message('consent', t), part: 'field', t }, form.values.consent);
}

/** Everything inside the form above the send button: error summary, fields in order, honeypot. */
export function renderJoinFields(c: JoinFieldsContext): TemplateResult {
  const { t } = c;
  return html`${renderErrorSummary(c.form.summary(t), t, 2, c.root)}
    <p class="hint">${t('requiredNote')}</p>
    ${choices(c, 'organisationType', ORGANISATION_TYPES)} ${organisation(c)} ${textField(c, 'contactName', { autocomplete: 'name', hint: true })}
    ${textField(c, 'title', { autocomplete: 'organization-title', hint: true })} ${textField(c, 'email', { type: 'email', autocomplete: 'work email' })}
    ${textField(c, 'phone', { type: 'tel', autocomplete: 'work tel', optional: true, hint: true })}
    ${textField(c, 'pupils', { autocomplete: 'off', inputmode: 'numeric', optional: true, hint: true })}
    ${choices(c, 'interests', INTERESTS, t('interests.hint'))} ${choices(c, 'timeframe', TIMEFRAMES)} ${message(c)} ${readiness(c)} ${consent(c)}
    <div class="visually-hidden" aria-hidden="true">
      <label for="website">${t('honeypot')}</label>
      <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
    </div>`;
}

/** The thank-you panel with the person's reference. */
export function renderSuccess(t: TFunction, reference: string): TemplateResult {
  return html`<div class="notice success" part="success" tabindex="-1" role="region" aria-labelledby="success-title">
    <h2 id="success-title">${t('successTitle')}</h2>
    <p>${t('successReference')}: <strong class="reference">${reference}</strong></p>
    <p>${t('successNext')}</p>
  </div>`;
}
