/**
 * The event card's inline registration section: the configuration problem, the form through
 * the one field template of `core/form.ts`, or the thank-you line, and the submission status.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import { renderHeading } from '../core/heading.js';
import { consentField, field, renderErrorSummary, type SendFormContext } from '../core/form.js';
import { MESSAGE_MAX } from '../core/validators.js';
import type { RegistrationField, RegistrationValues } from './registration.js';

export interface RegistrationContext extends SendFormContext<RegistrationValues, RegistrationField> {
  t: TFunction;
  /** The card title's level; the section's heading is one deeper, the error summary's two. */
  level: number;
}

function fields(c: RegistrationContext, privacyUrl: string): TemplateResult {
  const { t, form } = c;
  const id = (name: RegistrationField) => `reg-${name}`;
  const input = (name: 'name' | 'email' | 'organisation', type: string, autocomplete: string) =>
    field(
      { id: id(name), label: t(`form.${name}`), error: form.message(name, t), t },
      (aria) =>
        html`<input
          id=${aria.id}
          name=${name}
          type=${type}
          autocomplete=${autocomplete}
          .value=${form.values[name]}
          aria-invalid=${aria.invalid}
          aria-describedby=${aria.describedBy}
        />`,
    );
  return html`<form novalidate @submit=${c.onSubmit} @input=${c.onInput}>
    ${renderErrorSummary(form.summary(t), t, c.level + 2, c.root)} ${input('name', 'text', 'name')} ${input('email', 'email', 'work email')}
    ${input('organisation', 'text', 'organization')}
    ${field(
      { id: id('message'), label: t('form.message'), error: form.message('message', t), optional: true, t },
      (aria) =>
        html`<textarea
          id=${aria.id}
          name="message"
          maxlength=${MESSAGE_MAX + 1}
          .value=${form.values.message}
          aria-invalid=${aria.invalid}
          aria-describedby=${aria.describedBy}
        ></textarea>`,
    )}
    ${consentField(
      {
        id: id('consent'),
        label: t('form.consent'),
        hint: html`<a href=${privacyUrl} target="_blank" rel="noopener"
          >${t('form.privacy')} <span class="visually-hidden">${t('common:opensInNewWindow')}</span></a
        >`,
        error: form.message('consent', t),
        t,
      },
      form.values.consent,
    )}
    <button class="button" part="button" type="submit" aria-disabled=${c.submission.busy ? 'true' : 'false'}>${t('form.submit')}</button>
  </form>`;
}

export function renderRegistrationForm(c: RegistrationContext): TemplateResult {
  const { t, setup, submission } = c;
  const title = renderHeading(c.level + 1, t('form.title'), { id: 'form-title', class: 'form-title', part: 'form-title' });
  const state = submission.state;
  const sent = state === 'sent' || state === 'host';
  let body: TemplateResult | typeof nothing = nothing;
  if (setup.kind === 'problem') {
    body = html`<p class="notice error">${t(setup.key, setup.values)}</p>`;
  } else if (setup.kind === 'ready') {
    body = html`${sent || state === 'queued' ? nothing : fields(c, setup.privacyUrl ?? '')}
      <div role="status">${sent ? html`<p class="notice success" tabindex="-1" id="sent">${t('form.sent')}</p>` : nothing}</div>
      ${submission.renderStatus()}`;
  }
  return html`<section class="registration" part="form" aria-labelledby="form-title">${title} ${body}</section>`;
}
