import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DigiOneElement } from '../core/element.js';
import { baseStyles, controlStyles } from '../core/theme.js';
import { FormState, focusErrorSummary } from '../core/form.js';
import { SubmissionController } from '../core/submit/controller.js';
import { SUBMISSION_TYPES } from '../core/submit/envelope.js';
import type { AttachedReadiness } from '../core/submit/types.js';
import { readReadinessResult } from '../core/readiness-result.js';
import { findMunicipality, municipalityRef, type Municipality } from '../data/municipality.js';
import type { FieldMessage } from '../core/validators.js';
import strings from '../locales/join-form.js';
import { joinFormStyles } from './join-form.styles.js';
import { MunicipalityCombobox } from './municipality-combobox.js';
import { clearDraft, draftKey, loadDraft, mergeValues, saveDraft } from './draft.js';
import { buildJoinRequest } from './request.js';
import { renderJoinFields, renderSuccess } from './join-form.render.js';
import {
  emptyValues,
  FIELD_ORDER,
  INTERESTS,
  joinRules,
  MESSAGE_MAX,
  ORGANISATION_TYPES,
  TIMEFRAMES,
  type JoinField,
  type JoinFormValues,
} from './validation.js';

/** What a host page may prefill: any field; `municipality` as a code or a name. Consent is the person's own. */
export type JoinFormPrefill = Partial<Omit<JoinFormValues, 'consent' | 'pupils'>> & { pupils?: string | number };

/** The element a field's error links to: a group's first choice, else the field itself. */
const GROUP_FIRST: Partial<Record<JoinField, string>> = {
  organisationType: `organisationType-${ORGANISATION_TYPES[0]}`,
  interests: `interests-${INTERESTS[0]}`,
  timeframe: `timeframe-${TIMEFRAMES[0]}`,
};

/** The message counter speaks only this close to the limit (and over it). */
const ANNOUNCE_REMAINING = 200;

/** The policy of `sendSetup`: the form is the widget, so a missing endpoint or privacy notice is the page author's to fix. */
const SEND_POLICY = { withoutEndpoint: 'problem', privacy: 'required' } as const;

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

  /** The short reference shown after a successful send. */
  @state() private reference?: string;
  /** What the message counter last announced (a key and its count, translated at render). */
  @state() private counterAnnouncement?: FieldMessage<'message'> & { values: { count: number } };
  private renderedAt = 0;
  private readiness = readReadinessResult();
  private draftTimer?: ReturnType<typeof setTimeout>;
  private counterTimer?: ReturnType<typeof setTimeout>;
  private pointerPressed = false;
  private deferredChecks = new Set<JoinField>();

  private readonly form = new FormState<JoinFormValues, JoinField>(this, {
    initial: emptyValues(),
    rules: joinRules(() => this.combobox.query),
    fields: FIELD_ORDER,
    id: (field) => GROUP_FIRST[field] ?? field,
    messageValues: { max: MESSAGE_MAX },
  });
  private readonly submission = new SubmissionController(this);
  private readonly combobox = new MunicipalityCombobox(this, {
    choose: (m) => this.chooseMunicipality(m),
    leave: () => this.form.check('municipality'),
  });

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
    let values = this.form.values;
    if (changed.has('municipality') && this.municipality) {
      const m = findMunicipality(this.municipality);
      if (m) values = { ...values, organisationType: 'municipality', municipality: m.code };
    }
    if (changed.has('prefill') && this.prefill) values = this.withPrefill(values, this.prefill);
    if (changed.has('noDraft') && this.noDraft) {
      clearTimeout(this.draftTimer);
      clearDraft(this.draftKey);
    } else if (first && !this.noDraft) {
      const draft = loadDraft(this.draftKey);
      if (draft) values = { ...draft, attachReadiness: draft.attachReadiness && !!this.readiness };
    }
    if (values !== this.form.values) this.form.values = values;
    // the box shows the chosen municipality's name in the language of the moment
    if (first || changed.has('municipality') || changed.has('prefill') || changed.has('language')) {
      this.combobox.show(findMunicipality(values.municipality), this.combobox.query);
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
    if (!this.noDraft && !this.reference) saveDraft(this.draftKey, this.form.values);
  };

  private dropDraft(): void {
    clearTimeout(this.draftTimer);
    this.draftTimer = undefined;
    clearDraft(this.draftKey);
  }

  private chooseMunicipality(m: Municipality | undefined): void {
    this.form.touch('municipality');
    this.form.set({ municipality: m?.code ?? '' });
    this.scheduleDraft();
    if (m && this.form.errors.municipality) this.form.check('municipality');
  }

  /** Tells a screen reader how much room is left, once typing pauses and only near the limit. */
  private scheduleCounterAnnouncement(): void {
    clearTimeout(this.counterTimer);
    this.counterTimer = setTimeout(() => {
      const remaining = MESSAGE_MAX - this.form.values.message.length;
      this.counterAnnouncement =
        remaining < 0
          ? { field: 'message', key: 'messageOver', values: { count: -remaining } }
          : remaining <= ANNOUNCE_REMAINING
            ? { field: 'message', key: 'messageRemaining', values: { count: remaining } }
            : undefined;
    }, 1000);
  }

  private attachedReadiness(): AttachedReadiness | undefined {
    const r = this.readiness;
    if (!r) return undefined;
    return { questionnaire: r.questionnaire, overall: r.scores.overall, level: r.scores.level, areas: r.scores.areas, completedAt: r.completedAt };
  }

  /** Shows the thank-you panel; focuses it unless the person has moved elsewhere on the page. */
  private async succeed(id: string, focus = true): Promise<void> {
    if (this.reference) return;
    this.dropDraft();
    this.reference = id.slice(0, 8).toUpperCase();
    await this.updateComplete;
    if (focus) this.shadowRoot?.querySelector<HTMLElement>('.success')?.focus();
  }

  private onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const field = this.form.input(event);
    if (!field) return;
    this.scheduleDraft();
    if (field === 'message') this.scheduleCounterAnnouncement();
    if (input.type === 'radio' || input.type === 'checkbox') {
      this.form.check(field as JoinField);
      // a new organisation type changes which of municipality / organisation name applies
      if (field === 'organisationType') for (const f of ['municipality', 'organisationName'] as const) if (this.form.errors[f]) this.form.check(f);
    }
  };

  private onFocusOut = (event: FocusEvent): void => {
    const field = (event.target as HTMLInputElement).name as JoinField;
    if (!FIELD_ORDER.includes(field) || field === 'municipality') return;
    // Focus left because a pointer went down somewhere: an error message appearing or going away
    // now would move what is under the pointer before the button is released, and the click
    // would miss. Check once the click is done.
    if (this.pointerPressed) this.deferredChecks.add(field);
    else this.form.check(field);
  };

  private onPointerDown = (): void => {
    this.pointerPressed = true;
  };

  private onPointerUp = (): void => {
    if (!this.pointerPressed) return;
    this.pointerPressed = false;
    setTimeout(() => {
      for (const field of this.deferredChecks) this.form.check(field);
      this.deferredChecks.clear();
    });
  };

  private onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.submission.busy) return; // the button stays focusable while sending; a second press does nothing
    const setup = this.sendSetup(this.endpoint, this.privacyUrl, SEND_POLICY);
    if (setup.kind !== 'ready') return;
    if (!this.form.validate()) return focusErrorSummary(this);
    const honeypot = this.shadowRoot?.querySelector<HTMLInputElement>('#website');
    // a bot filled the field people never see: send nothing, look like success
    if (honeypot?.value) return this.succeed(crypto.randomUUID());
    const values = this.form.values;
    const data = buildJoinRequest(values, {
      municipality: municipalityRef(values.municipality, this.language),
      readiness: this.attachedReadiness(),
      elapsedMs: performance.now() - this.renderedAt,
    });
    const result = await this.submission.send({ type: SUBMISSION_TYPES.join, data, endpoint: setup.endpoint });
    if (result === 'sent' || result === 'host') await this.succeed(this.submission.id ?? '');
    // the outbox keeps a queued one and sends it later: a draft restored after a reload would invite a duplicate
    else if (result === 'queued') this.dropDraft();
    // the receiver refused fields: on the fields, and in the error summary
    else if (result === 'failed' && this.form.receiverErrors(this.submission.fieldErrors)) await focusErrorSummary(this);
  };

  override render(): TemplateResult {
    if (this.reference) return renderSuccess(this.t, this.reference);
    const setup = this.sendSetup(this.endpoint, this.privacyUrl, SEND_POLICY);
    if (setup.kind === 'problem') return html`<div class="notice error" part="config-error" role="alert">${this.t(setup.key, setup.values)}</div>`;
    if (setup.kind === 'hidden') return html``;
    const counter = this.counterAnnouncement;
    return html`<form part="form" novalidate @submit=${this.onSubmit} @input=${this.onInput} @focusout=${this.onFocusOut}>
      ${renderJoinFields({
        t: this.t,
        language: this.language,
        form: this.form,
        root: this.shadowRoot,
        combobox: this.combobox,
        readiness: this.readiness,
        privacyUrl: setup.privacyUrl ?? '',
        counterAnnouncement: counter ? this.t(counter.key, counter.values) : '',
      })}
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
