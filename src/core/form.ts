import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';

/** One failed field: its input's id (the summary links to it) and the message shown. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * The GOV.UK / Suomi.fi error summary: a titled box at the top of the form listing every
 * error as a link to its field. The element focuses it (`focusErrorSummary`) after a failed
 * submit, so a screen reader reads it at once.
 */
export function renderErrorSummary(errors: readonly FieldError[], t: TFunction, onLink: (field: string, event: Event) => void): TemplateResult | typeof nothing {
  if (!errors.length) return nothing;
  return html`<div class="error-summary" part="error-summary" tabindex="-1" role="group" aria-labelledby="error-summary-title">
    <h2 id="error-summary-title">${t('common:errorSummaryTitle')}</h2>
    <ul>
      ${errors.map(
        (error) => html`<li><a href="#${error.field}" @click=${(event: Event) => onLink(error.field, event)}>${error.message}</a></li>`,
      )}
    </ul>
  </div>`;
}

/**
 * Focuses a field from a summary link. The page's URL hash must not change (the widget lives
 * in a shadow root the fragment cannot reach), so the default is prevented.
 */
export function focusField(root: ShadowRoot | null, field: string, event?: Event): void {
  event?.preventDefault();
  const target = root?.getElementById(field);
  if (!target) return;
  target.scrollIntoView?.({ block: 'center' });
  target.focus();
}

export async function focusErrorSummary(root: ShadowRoot | null): Promise<void> {
  const summary = root?.querySelector<HTMLElement>('.error-summary');
  summary?.focus();
}

/** The inline message under a field, with an id for the field's `aria-describedby`. */
export function renderFieldError(id: string, message: string | undefined, t: TFunction): TemplateResult | typeof nothing {
  return message
    ? html`<span class="error-message" id="${id}-error"><span class="visually-hidden">${t('common:errorPrefix')}</span> ${message}</span>`
    : nothing;
}

/** `aria-describedby` from a hint and an error id, or nothing when neither is shown. */
export function describedBy(...ids: Array<string | false | undefined>): string | typeof nothing {
  const list = ids.filter(Boolean).join(' ');
  return list || nothing;
}
