import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DigiOneElement } from '../core/element.js';
import { baseStyles, controlStyles } from '../core/theme.js';
import { safeLinkUrl } from '../core/config.js';
import { formatDate } from '../core/format.js';
import { describedBy, focusErrorSummary, focusField, renderErrorSummary, renderFieldError } from '../core/form.js';
import { SubmissionController } from '../core/submit/controller.js';
import { SUBMISSION_TYPES } from '../core/submit/envelope.js';
import type { AttachedReadiness } from '../core/submit/types.js';
import { readReadinessResult } from '../core/readiness-result.js';
import { findMunicipality, municipalityRef, type Municipality } from '../data/municipality.js';
import strings from '../locales/join-form.js';
import { joinFormStyles } from './join-form.styles.js';
import { MunicipalityCombobox } from './municipality-combobox.js';
import { clearDraft, draftKey, loadDraft, mergeValues, saveDraft } from './draft.js';
import { buildJoinRequest } from './request.js';
import {
  emptyValues,
  FIELD_ORDER,
  INTERESTS,
  MESSAGE_MAX,
  ORGANISATION_TYPES,
  TIMEFRAMES,
  validateField,
  validateJoinForm,
  type JoinField,
  type JoinFormValues,
} from './validation.js';

/** What a host page may prefill: any field; `municipality` as a code or a name. Consent is the person's own. */
export type JoinFormPrefill = Partial<Omit<JoinFormValues, 'consent' | 'municipalityQuery' | 'pupils'>> & { pupils?: string | number };

/** The element a field's error links to: a group's first choice, else the field itself. */
const GROUP_FIRST: Partial<Record<JoinField, string>> = {
  organisationType: `organisationType-${ORGANISATION_TYPES[0]}`,
  interests: `interests-${INTERESTS[0]}`,
  timeframe: `timeframe-${TIMEFRAMES[0]}`,
};
const targetId = (field: JoinField): string => GROUP_FIRST[field] ?? field;

/** The message counter speaks only this close to the limit (and over it). */
const ANNOUNCE_REMAINING = 200;

/**
 * @tagname digione-join-form
 * @summary A municipality's expression of interest to join DigiOne: organisation, contact person,
 * interests and timeframe, validated on the device and sent as `fi.digione.join.requested`.
 *
 * @attr endpoint - Where the submission is POSTed (https, http on localhost, or a path on this site).
 * @attr privacy-url - The privacy notice the consent links to. Required: without it the form takes no submissions.
 * @attr municipality - Preselects "municipality" and this municipality (code such as `091`, or a Finnish or Swedish name).
 * @attr no-draft - Keep no draft on this device (and remove one kept earlier).
 * @attr lang - `fi`, `sv` or `en`; else the closest ancestor's `lang`, then `<html lang>`, then Finnish.
 *
 * @fires digione-submit - Before sending (cancelable; `detail.envelope`). `preventDefault()` and the page sends it itself.
 * @fires digione-submitted - The endpoint accepted it (`detail: { id, status }`).
 * @fires digione-queued - Kept on the device and retried later (`detail: { id, reason }`).
 * @fires digione-submit-failed - The endpoint refused it (`detail: { id, status, message }`).
 *
 * @csspart form - The form.
 * @csspart field - Each field's wrapper (label, hint, error, control).
 * @csspart listbox - The municipality options.
 * @csspart option - One municipality option.
 * @csspart button - The send button.
 * @csspart error-summary - The list of errors at the top after a failed send.
 * @csspart success - The thank-you panel with the reference.
 * @csspart submission-status - The sending / queued / failed status line.
 * @csspart config-error - The message to the page author when the form is not configured.
 *
 * @cssprop --digione-color-primary - Buttons, links, the highlighted option.
 * @cssprop --digione-color-error - Errors and the error summary.
 * @cssprop --digione-color-success - The thank-you panel's border.
 */
export class DigiOneJoinForm extends DigiOneElement {
  static override styles = [baseStyles, controlStyles, joinFormStyles];
  static override namespace = 'join-form';
  static override strings = strings;

  /** Where the submission is POSTed. */
  @property() endpoint?: string;
  /** The privacy notice linked from the consent. */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;
  /** Preset municipality: a code (`091`) or a name in Finnish or Swedish. */
  @property() municipality?: string;
  /** Keep no draft on the device. */
  @property({ type: Boolean, attribute: 'no-draft' }) noDraft = false;
  /**
   * Values the host page fills in, e.g. `{ contactName: 'Maija Meikäläinen', email: '…',
   * municipality: 'Espoo', interests: ['identity'] }`. Applied when set; a draft the person left
   * on this device wins over values set before the first render.
   */
  @property({ attribute: false }) prefill?: JoinFormPrefill;

  @state() private values: JoinFormValues = emptyValues();
  @state() private errors: Partial<Record<JoinField, string>> = {};
  @state() private summary = false;
  /** The short reference shown after a successful send. */
  @state() private reference?: string;
  @state() private counterAnnouncement = '';

  private readonly submission = new SubmissionController(this);
  private readonly combobox = new MunicipalityCombobox(this, {
    choose: (m, query) => this.chooseMunicipality(m, query),
    leave: () => this.check('municipality'),
  });
  private touched = new Set<JoinField>();
  private renderedAt = 0;
  private shownLanguage?: string;
  private readiness = readReadinessResult();
  private draftTimer?: ReturnType<typeof setTimeout>;
  private counterTimer?: ReturnType<typeof setTimeout>;

  private get draftKey(): string {
    return draftKey(location.pathname);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readiness = readReadinessResult();
    addEventListener('pagehide', this.flushDraft); // a reload within the debounce keeps the last keystrokes
    addEventListener('pointerdown', this.onPointerDown, true);
    addEventListener('pointerup', this.onPointerUp, true);
    addEventListener('pointercancel', this.onPointerUp, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.flushDraft);
    removeEventListener('pointerdown', this.onPointerDown, true);
    removeEventListener('pointerup', this.onPointerUp, true);
    removeEventListener('pointercancel', this.onPointerUp, true);
    this.flushDraft();
    clearTimeout(this.counterTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const first = !this.hasUpdated;
    if (changed.has('municipality') && this.municipality) {
      const m = findMunicipality(this.municipality);
      if (m) this.values = { ...this.values, organisationType: 'municipality', municipality: m.code };
    }
    if (changed.has('prefill') && this.prefill) this.values = this.withPrefill(this.values, this.prefill);
    if (changed.has('noDraft') && this.noDraft) {
      clearTimeout(this.draftTimer);
      clearDraft(this.draftKey);
    } else if (first && !this.noDraft) {
      const draft = loadDraft(this.draftKey);
      if (draft) this.values = { ...draft, attachReadiness: draft.attachReadiness && !!this.readiness };
    }
    if (first || changed.has('municipality') || changed.has('prefill') || this.shownLanguage !== this.language) {
      this.shownLanguage = this.language;
      this.combobox.show(findMunicipality(this.values.municipality), this.values.municipalityQuery);
    }
  }

  protected override firstUpdated(): void {
    this.renderedAt = performance.now();
  }

  protected override updated(): void {
    // a queued submission that the outbox delivered later: thank the person then
    if (!this.reference && this.submission.state === 'sent') void this.succeed(this.submission.id ?? '', this.matches(':focus-within'));
  }

  private withPrefill(values: JoinFormValues, prefill: JoinFormPrefill): JoinFormValues {
    const { municipality, pupils, ...rest } = prefill;
    const next = mergeValues(values, { ...rest, ...(pupils !== undefined ? { pupils: String(pupils) } : {}) });
    const m = findMunicipality(municipality);
    if (m) {
      next.municipality = m.code;
      next.organisationType ||= 'municipality';
    }
    return next;
  }

  private setValues(patch: Partial<JoinFormValues>): void {
    this.values = { ...this.values, ...patch };
    this.scheduleDraft();
  }

  /** Saves the draft half a second after the last keystroke. */
  private scheduleDraft(): void {
    if (this.noDraft) return;
    clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(() => this.flushDraft(), 500);
  }

  private flushDraft = (): void => {
    if (this.draftTimer === undefined) return;
    clearTimeout(this.draftTimer);
    this.draftTimer = undefined;
    if (!this.noDraft && !this.reference) saveDraft(this.draftKey, this.values);
  };

  private chooseMunicipality(m: Municipality | undefined, query: string): void {
    this.touched.add('municipality');
    this.setValues({ municipality: m?.code ?? '', municipalityQuery: m ? '' : query });
    if (m && this.errors.municipality) this.check('municipality');
  }

  /** Re-checks one field that the person has touched (on blur, or on change of a choice). */
  private check(field: JoinField): void {
    if (!this.touched.has(field)) return;
    this.errors = { ...this.errors, [field]: validateField(this.values, field) };
  }

  private onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const field = input.name as JoinField;
    if (!FIELD_ORDER.includes(field) && input.name !== 'attachReadiness') return;
    this.touched.add(field);
    if (field === 'interests') {
      const others = this.values.interests.filter((i) => i !== input.value);
      this.setValues({ interests: input.checked ? [...others, input.value as JoinFormValues['interests'][number]] : others });
    } else if (input.type === 'checkbox') {
      this.setValues({ [input.name]: input.checked });
    } else {
      this.setValues({ [field]: input.value });
    }
    if (field === 'message') this.scheduleCounterAnnouncement();
    if (input.type === 'radio' || input.type === 'checkbox') {
      this.check(field);
      // a new organisation type changes which of municipality / organisation name applies
      if (field === 'organisationType') for (const f of ['municipality', 'organisationName'] as const) if (this.errors[f]) this.check(f);
    }
  };

  private onFocusOut = (event: FocusEvent): void => {
    const field = (event.target as HTMLInputElement).name as JoinField;
    if (!FIELD_ORDER.includes(field) || field === 'municipality') return;
    // Focus left because a pointer went down somewhere: an error message appearing or going away
    // now would move what is under the pointer before the button is released, and the click
    // would miss. Check once the click is done.
    if (this.pointerPressed) this.deferredChecks.add(field);
    else this.check(field);
  };

  private pointerPressed = false;
  private deferredChecks = new Set<JoinField>();
  private onPointerDown = (): void => {
    this.pointerPressed = true;
  };
  private onPointerUp = (): void => {
    if (!this.pointerPressed) return;
    this.pointerPressed = false;
    setTimeout(() => {
      for (const field of this.deferredChecks) this.check(field);
      this.deferredChecks.clear();
    });
  };

  /** Tells a screen reader how much room is left, once typing pauses and only near the limit. */
  private scheduleCounterAnnouncement(): void {
    clearTimeout(this.counterTimer);
    this.counterTimer = setTimeout(() => {
      const remaining = MESSAGE_MAX - this.values.message.length;
      this.counterAnnouncement =
        remaining < 0 ? this.t('messageOver', { count: -remaining }) : remaining <= ANNOUNCE_REMAINING ? this.t('messageRemaining', { count: remaining }) : '';
    }, 1000);
  }

  private attachedReadiness(): AttachedReadiness | undefined {
    const r = this.readiness;
    if (!r) return undefined;
    return { questionnaire: r.questionnaire, overall: r.scores.overall, level: r.scores.level, areas: r.scores.areas, completedAt: r.completedAt };
  }

  private onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.submission.busy) return; // the button stays focusable while sending; a second press does nothing
    const endpoint = this.resolveEndpoint(this.endpoint);
    if (!endpoint.ok) return;
    for (const field of FIELD_ORDER) this.touched.add(field);
    const errors = validateJoinForm(this.values);
    this.errors = Object.fromEntries(errors.map((e) => [e.field, e.key]));
    this.summary = errors.length > 0;
    if (errors.length) {
      await this.updateComplete;
      await focusErrorSummary(this.shadowRoot);
      return;
    }
    const honeypot = this.shadowRoot?.querySelector<HTMLInputElement>('#website');
    if (honeypot?.value) {
      // a bot filled the field people never see: send nothing, look like success
      return this.succeed(crypto.randomUUID());
    }
    const data = buildJoinRequest(this.values, {
      municipality: municipalityRef(this.values.municipality, this.language),
      readiness: this.attachedReadiness(),
      elapsedMs: performance.now() - this.renderedAt,
    });
    const result = await this.submission.send({ type: SUBMISSION_TYPES.join, data, endpoint: endpoint.url });
    if (result === 'sent' || result === 'host') await this.succeed(this.submission.id ?? '');
    // the outbox keeps a queued one and sends it later: a draft restored after a reload would invite a duplicate
    else if (result === 'queued') this.dropDraft();
  };

  private dropDraft(): void {
    clearTimeout(this.draftTimer);
    this.draftTimer = undefined;
    clearDraft(this.draftKey);
  }

  /** Shows the thank-you panel; focuses it unless the person has moved elsewhere on the page. */
  private async succeed(id: string, focus = true): Promise<void> {
    if (this.reference) return;
    this.dropDraft();
    this.reference = id.slice(0, 8).toUpperCase();
    await this.updateComplete;
    if (focus) this.shadowRoot?.querySelector<HTMLElement>('.success')?.focus();
  }

  private onSummaryLink = (field: string, event: Event): void => focusField(this.shadowRoot, field, event);

  private optional(): TemplateResult {
    return html` <span class="optional">${this.t('common:optional')}</span>`;
  }

  private textField(
    field: 'organisationName' | 'contactName' | 'title' | 'email' | 'phone' | 'pupils',
    options: { type?: string; autocomplete: string; optional?: boolean; hint?: boolean; inputmode?: string } = { autocomplete: 'off' },
  ): TemplateResult {
    const error = this.errors[field] && this.t(`errors.${field}.${this.errors[field]}`);
    const hint = options.hint && `${field}-hint`;
    return html`<div class="field" part="field">
      <label for=${field}>${this.t(field)}${options.optional ? this.optional() : nothing}</label>
      ${hint ? html`<span class="hint" id=${hint}>${this.t(`${field}Hint`)}</span>` : nothing} ${renderFieldError(field, error, this.t)}
      <input
        id=${field}
        name=${field}
        type=${options.type ?? 'text'}
        autocomplete=${options.autocomplete}
        inputmode=${options.inputmode ?? nothing}
        .value=${this.values[field]}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(hint, error && `${field}-error`)}
      />
    </div>`;
  }

  private choices(field: 'organisationType' | 'interests' | 'timeframe', options: readonly string[], legend: string, hint?: string): TemplateResult {
    const error = this.errors[field] && this.t(`errors.${field}.${this.errors[field]}`);
    const multiple = field === 'interests';
    const selected = (value: string) => (multiple ? this.values.interests.includes(value as never) : this.values[field] === value);
    return html`<fieldset class="field" part="field" aria-describedby=${describedBy(hint && `${field}-hint`, error && `${field}-error`)}>
      <legend>${legend}</legend>
      ${hint ? html`<span class="hint" id="${field}-hint">${hint}</span>` : nothing} ${renderFieldError(field, error, this.t)}
      ${options.map(
        (value) => html`<div class="choice">
          <input
            id="${field}-${value}"
            name=${field}
            type=${multiple ? 'checkbox' : 'radio'}
            .value=${value}
            .checked=${selected(value)}
            aria-invalid=${error && !multiple ? 'true' : nothing}
          />
          <label for="${field}-${value}">${this.t(`${field}.${value}`)}</label>
        </div>`,
      )}
    </fieldset>`;
  }

  private renderMessage(): TemplateResult {
    const error = this.errors.message && this.t(`errors.message.${this.errors.message}`);
    const length = this.values.message.length;
    return html`<div class="field" part="field">
      <label for="message">${this.t('message')}${this.optional()}</label>
      <span class="hint" id="message-hint">${this.t('messageHint', { max: MESSAGE_MAX })}</span>
      ${renderFieldError('message', error, this.t)}
      <textarea
        id="message"
        name="message"
        rows="5"
        .value=${this.values.message}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy('message-hint', error && 'message-error')}
      ></textarea>
      <span class="counter ${length > MESSAGE_MAX ? 'over' : ''}" aria-hidden="true">${this.t('messageCounter', { count: length, max: MESSAGE_MAX })}</span>
      <span class="visually-hidden" role="status">${this.counterAnnouncement}</span>
    </div>`;
  }

  private renderOrganisation(): TemplateResult | typeof nothing {
    const type = this.values.organisationType;
    if (!type) return nothing;
    if (type !== 'municipality') return this.textField('organisationName', { autocomplete: 'organization' });
    const error = this.errors.municipality && this.t(`errors.municipality.${this.errors.municipality}`);
    return html`<div class="field" part="field">
      <label for="municipality">${this.t('municipality')}</label>
      <span class="hint" id="municipality-hint">${this.t('municipalityHint')}</span>
      ${renderFieldError('municipality', error, this.t)}
      ${this.combobox.render({ id: 'municipality', invalid: !!error, describedBy: describedBy('municipality-hint', error && 'municipality-error') })}
    </div>`;
  }

  private renderConsent(privacyUrl: string): TemplateResult {
    const error = this.errors.consent && this.t(`errors.consent.${this.errors.consent}`);
    return html`<div class="field" part="field">
      ${renderFieldError('consent', error, this.t)}
      <div class="choice">
        <input
          id="consent"
          name="consent"
          type="checkbox"
          .checked=${this.values.consent}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy('consent-hint', error && 'consent-error')}
        />
        <label for="consent">${this.t('consent')}</label>
      </div>
      <span class="hint" id="consent-hint"
        >${this.t('consentHint')}
        <a href=${privacyUrl} target="_blank" rel="noopener">${this.t('common:privacyLink')} ${this.t('common:opensInNewWindow')}</a></span
      >
    </div>`;
  }

  private renderReadiness(): TemplateResult | typeof nothing {
    const r = this.readiness;
    if (!r) return nothing;
    const completed = new Date(r.completedAt);
    const date = Number.isNaN(completed.getTime()) ? '' : formatDate(completed, this.language);
    return html`<div class="field" part="field">
      <div class="choice">
        <input id="attachReadiness" name="attachReadiness" type="checkbox" .checked=${this.values.attachReadiness} aria-describedby="attachReadiness-hint" />
        <label for="attachReadiness">${this.t('attachReadiness')}${this.optional()}</label>
      </div>
      <span class="hint" id="attachReadiness-hint">${this.t('attachReadinessHint', { date, score: Math.round(r.scores.overall) })}</span>
    </div>`;
  }

  private renderSuccess(): TemplateResult {
    return html`<div class="notice success" part="success" tabindex="-1" role="region" aria-labelledby="success-title">
      <h2 id="success-title">${this.t('successTitle')}</h2>
      <p>${this.t('successReference')}: <strong class="reference">${this.reference}</strong></p>
      <p>${this.t('successNext')}</p>
    </div>`;
  }

  override render(): TemplateResult {
    if (this.reference) return this.renderSuccess();
    const privacyUrl = safeLinkUrl(this.privacyUrl, document.baseURI);
    const endpoint = this.resolveEndpoint(this.endpoint);
    const problem = !privacyUrl
      ? this.t('common:privacyMissing')
      : !endpoint.ok
        ? this.t(endpoint.reason === 'missing' ? 'common:endpointMissing' : 'common:endpointRefused', { value: this.endpoint ?? '' })
        : '';
    if (problem) return html`<div class="notice error" part="config-error" role="alert">${problem}</div>`;
    const errors = this.summary
      ? FIELD_ORDER.filter((f) => this.errors[f]).map((f) => ({ field: targetId(f), message: this.t(`errors.${f}.${this.errors[f]}`) }))
      : [];
    return html`<form part="form" novalidate @submit=${this.onSubmit} @input=${this.onInput} @focusout=${this.onFocusOut}>
      ${renderErrorSummary(errors, this.t, this.onSummaryLink)}
      <p class="hint">${this.t('requiredNote')}</p>
      ${this.choices('organisationType', ORGANISATION_TYPES, this.t('organisationType.legend'))} ${this.renderOrganisation()}
      ${this.textField('contactName', { autocomplete: 'name', hint: true })} ${this.textField('title', { autocomplete: 'organization-title', hint: true })}
      ${this.textField('email', { type: 'email', autocomplete: 'work email' })}
      ${this.textField('phone', { type: 'tel', autocomplete: 'work tel', optional: true, hint: true })}
      ${this.textField('pupils', { autocomplete: 'off', inputmode: 'numeric', optional: true, hint: true })}
      ${this.choices('interests', INTERESTS, this.t('interests.legend'), this.t('interests.hint'))}
      ${this.choices('timeframe', TIMEFRAMES, this.t('timeframe.legend'))} ${this.renderMessage()} ${this.renderReadiness()}
      ${this.renderConsent(privacyUrl!)}
      <div class="visually-hidden" aria-hidden="true">
        <label for="website">${this.t('honeypot')}</label>
        <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
      </div>
      <div class="actions">
        <button class="button" part="button" type="submit" aria-disabled=${this.submission.busy ? 'true' : 'false'}>${this.t('submit')}</button>
      </div>
      ${this.submission.renderStatus()}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'digione-join-form': DigiOneJoinForm;
  }
}
