import { keyed } from 'lit/directives/keyed.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DigiOneElement } from '../core/element.js';
import { headingLevel, renderHeading } from '../core/heading.js';
import { baseStyles, controlStyles } from '../core/theme.js';
import { FormState, focusErrorSummary } from '../core/form.js';
import { LoadError, renderLoadStatus, srcTask } from '../core/load.js';
import { SubmissionController } from '../core/submit/controller.js';
import { SUBMISSION_TYPES } from '../core/submit/envelope.js';
import type { ReadinessData } from '../core/submit/types.js';
import { writeReadinessResult, type StoredReadinessResult } from '../core/readiness-result.js';
import { findMunicipality, municipalityRef } from '../data/municipality.js';
import strings from '../locales/readiness-checker.js';
import { readinessStyles } from './readiness-checker.styles.js';
import { localize, optionsOf, validateQuestionnaire, type LocalizedText, type Questionnaire } from './questionnaire.js';
import { scoreReadiness, type Answers, type ReadinessScores } from './scoring.js';
import { DEFAULT_QUESTIONNAIRE } from './default-questionnaire.js';
import { clearProgress, loadProgress, progressKey, saveProgress } from './progress.js';
import { buildReadinessData, emptySendForm, pupilsOf, SEND_FIELDS, SEND_RULES, summarizeScores, type SendField, type SendForm } from './result.js';
import { bandOf, comparisonUrl, parseComparison, type Comparison } from './comparison.js';
import { renderResults } from './readiness-results.js';

/** Sending is offered only with an endpoint; without a privacy notice it asks for no contact details. */
const SEND_POLICY = { withoutEndpoint: 'hidden', privacy: 'optional' } as const;

/** A questionnaire from `src` in the documented shape, else a LoadError('invalid') listing what is wrong. */
function parseQuestionnaire(json: unknown): Questionnaire {
  const errors = validateQuestionnaire(json);
  if (errors.length) throw new LoadError('invalid', `is not valid:\n${errors.map((e) => `  ${e.path || '(root)'} ${e.message}`).join('\n')}`);
  return json as Questionnaire;
}

export type { ReadinessCompletion } from '../core/readiness-result.js';

/**
 * @tagname digione-readiness-checker
 * @summary A municipality's self-assessment of its readiness to join DigiOne: one area per
 * step, then a level, a chart and recommendations, which can be printed or sent.
 *
 * @attr src - URL of a questionnaire JSON (schema/questionnaire.schema.json); default: the built-in DigiOne readiness questionnaire.
 * @attr endpoint - Where a result is POSTed when the person chooses to send it; without one the send form is not shown.
 * @attr municipality - Preselects the municipality of the send form (code such as `091`, or a name).
 * @attr privacy-url - The privacy notice; without it the send form asks for no contact details.
 * @attr compare-src - URL of the anonymous comparison with other municipalities (digione-receiver's `/api/readiness/comparison`, schema/readiness-comparison.schema.json). Fetched only when the results are shown, with the questionnaire's `questionnaire` and `version` and the `band` of the pupil count entered in the send form (else all municipalities); the chart then marks each area's median and interquartile range, the table gets the median column and each area a sentence. Without it, or when it fails, the results show no comparison.
 * @attr heading-level - Level of the widget's headings, 2–6 (default 2); its subheadings are one deeper.
 * @attr lang - fi, sv or en (else inherited).
 *
 * @fires digione-readiness-complete - The person reached the results; `detail.result` ({ questionnaire, completedAt, municipality?, scores, answers }).
 * @fires digione-submit - Cancelable, `detail.envelope`; before the result is sent.
 * @fires digione-submitted - `detail: { id, status }`.
 * @fires digione-queued - `detail: { id, reason }`.
 * @fires digione-submit-failed - `detail: { id, status, message }`.
 *
 * @csspart root - The wrapper.
 * @csspart progress - The "Osa 3/8" line with its progress bar.
 * @csspart question - Each question's fieldset.
 * @csspart results - The results section.
 * @csspart chart - The SVG bar chart.
 * @csspart table - The table of area scores.
 * @csspart actions - Print and start-over buttons.
 * @csspart send - The send form.
 * @csspart error-summary - The send form's error summary.
 * @csspart submission-status - The sending status live region.
 *
 * @cssprop --digione-color-primary - Buttons and the chart's bars.
 */
export class DigiOneReadinessChecker extends DigiOneElement {
  static override styles = [baseStyles, controlStyles, readinessStyles];
  static override namespace = 'readiness-checker';
  static override strings = strings;

  /** URL of a questionnaire JSON; the built-in one when empty. */
  @property() src?: string;
  /** Where results are POSTed. */
  @property() endpoint?: string;
  /** Preset municipality (code or name) of the send form. */
  @property() municipality?: string;
  /** The privacy notice that the consent links to. */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;
  /** URL of the comparison with other municipalities; none: no comparison. */
  @property({ attribute: 'compare-src' }) compareSrc?: string;
  /** Level of the step headings (2–6); the page's own outline decides. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private questionnaire?: Questionnaire;
  /** 0 the intro, 1…n the areas, n + 1 the results. */
  @state() private step = 0;
  @state() private answers: Answers = {};
  /** Other municipalities' figures for the results shown (numbers only; the text is rendered). */
  @state() private comparison?: Comparison;
  /** The `src` the questionnaire state is for. */
  private shownSrc?: string;

  /** The questionnaire of `src`. */
  private readonly loader = srcTask(this, {
    src: () => this.src,
    parse: parseQuestionnaire,
    onError: (src, error) => console.error(`<${this.localName}>: the questionnaire "${src}" ${error.message}`),
    onComplete: (questionnaire) => this.use(questionnaire),
  });
  /** The comparison of `compare-src`: asked only while the results are shown. */
  private readonly comparer = srcTask(this, {
    src: () => this.comparisonSrc(),
    parse: (json) => parseComparison(json, this.questionnaire!),
    onError: (src, error) => {
      this.comparison = undefined;
      console.warn(`<${this.localName}>: the comparison "${src}" ${error.message} The results are shown without it.`);
    },
    onComplete: (comparison) => (this.comparison = comparison),
  });
  private readonly sendForm = new FormState<SendForm, SendField>(this, {
    initial: emptySendForm(),
    rules: SEND_RULES,
    fields: SEND_FIELDS,
    messageKey: (error) => `errors.${error.field}`,
    pointers: { '/contact/name': 'name', '/contact/email': 'email' },
  });
  private readonly submission = new SubmissionController(this);

  private get key(): string {
    return progressKey(this.questionnaire!.id, this.questionnaire!.version);
  }

  private get scores(): ReadinessScores {
    return scoreReadiness(this.questionnaire!, this.answers);
  }

  /** The comparison URL while results are shown (with the band of the pupil count given), else ''. */
  private comparisonSrc(): string {
    const q = this.questionnaire;
    const src = this.compareSrc?.trim();
    if (!q || !src || this.step !== q.areas.length + 1 || this.scores.overall === null) return '';
    return comparisonUrl(src, q, bandOf(pupilsOf(this.sendForm.values)), document.baseURI);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loader.abort();
    this.comparer.abort();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const src = this.src?.trim() ?? '';
    if (src !== this.shownSrc) {
      this.shownSrc = src;
      if (src)
        this.questionnaire = undefined; // the loader brings it
      else this.use(DEFAULT_QUESTIONNAIRE);
    }
    if (!this.comparisonSrc()) this.comparison = undefined; // away from the results: none kept
    if (changed.has('municipality')) this.sendForm.values = { ...this.sendForm.values, municipality: findMunicipality(this.municipality)?.code ?? '' };
  }

  /** Takes a questionnaire into use and resumes the answers kept on this device. */
  private use(questionnaire: Questionnaire): void {
    this.questionnaire = questionnaire;
    const saved = loadProgress(this.key);
    this.answers = saved?.answers ?? {};
    this.step = Math.min(Math.max(saved?.step ?? 0, 0), questionnaire.areas.length + 1);
  }

  private text(value: LocalizedText | undefined): string {
    return localize(value, this.language);
  }

  /** Moves to a step, keeps the place on the device (unless starting over) and focuses the step's heading. */
  private async go(step: number, keep = true): Promise<void> {
    this.step = step;
    if (keep) saveProgress(this.key, { step, answers: this.answers });
    if (step === this.questionnaire!.areas.length + 1) this.complete();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  private answer(questionId: string, value: string): void {
    this.answers = { ...this.answers, [questionId]: value };
    saveProgress(this.key, { step: this.step, answers: this.answers });
  }

  private startOver = (): void => {
    clearProgress(this.key);
    this.answers = {};
    this.sendForm.reset(this.sendForm.values);
    this.submission.reset();
    void this.go(0, false);
  };

  /** The result as stored for the join form and posted to DigiOne (areas with a score only). */
  private summary(): ReadinessData['scores'] | undefined {
    return summarizeScores(this.scores);
  }

  private complete(): void {
    const scores = this.summary();
    if (!scores) return;
    const q = this.questionnaire!;
    const municipality = municipalityRef(this.sendForm.values.municipality, this.language);
    const result: StoredReadinessResult = {
      questionnaire: { id: q.id, version: q.version },
      completedAt: new Date().toISOString(),
      ...(municipality ? { municipality } : {}),
      scores,
    };
    writeReadinessResult(result);
    this.emit('digione-readiness-complete', { result: { ...result, answers: { ...this.answers } } });
  }

  private onSendInput = (event: Event): void => {
    this.sendForm.input(event);
  };

  private onSend = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.submission.busy) return;
    const setup = this.sendSetup(this.endpoint, this.privacyUrl, SEND_POLICY);
    const scores = this.summary();
    if (setup.kind !== 'ready' || !scores) return;
    // without a privacy notice the form offers no contact fields, so none are sent
    if (!setup.privacyUrl) this.sendForm.values = { ...this.sendForm.values, name: '', email: '', consent: false };
    if (!this.sendForm.validate()) return focusErrorSummary(this);
    const values = this.sendForm.values;
    const data = buildReadinessData(this.questionnaire!, this.answers, scores, values, municipalityRef(values.municipality, this.language));
    const result = await this.submission.send({ type: SUBMISSION_TYPES.readiness, data, endpoint: setup.endpoint });
    if (result === 'failed' && this.sendForm.receiverErrors(this.submission.fieldErrors)) await focusErrorSummary(this);
  };

  override render(): TemplateResult {
    const q = this.questionnaire;
    let body: TemplateResult;
    if (!q) body = renderLoadStatus(this.loader, this.t, (error) => (error.reason === 'invalid' || error.reason === 'json' ? 'invalid' : 'loadFailed'));
    else if (this.step === 0) body = this.renderIntro(q);
    else if (this.step <= q.areas.length) body = this.renderArea(q, this.step);
    else body = this.renderResults(q);
    return html`<div part="root" lang=${this.language}>${body}</div>`;
  }

  /** Each step's heading: it takes focus when the step changes. */
  private stepHeading(text: string): TemplateResult {
    return renderHeading(headingLevel(this.headingLevel, 2), text, { id: 'step-heading', focusTarget: true });
  }

  private subheading(text: string): TemplateResult {
    return renderHeading(headingLevel(this.headingLevel, 2) + 1, text);
  }

  private renderIntro(q: Questionnaire): TemplateResult {
    const started = Object.keys(this.answers).length > 0;
    return html`${this.stepHeading(this.text(q.title))} ${q.intro ? html`<p>${this.text(q.intro)}</p>` : nothing}
      ${q.minutes ? html`<p>${this.t('duration', { minutes: q.minutes })}</p>` : nothing}
      <p>${this.t('privacy')}</p>
      <div class="actions" part="actions">
        <button class="button" type="button" @click=${() => this.go(1)}>${this.t(started ? 'resume' : 'start')}</button>
        ${started ? html`<button class="button secondary" type="button" @click=${this.startOver}>${this.t('startOver')}</button>` : nothing}
      </div>`;
  }
  private renderArea(q: Questionnaire, step: number): TemplateResult {
    const area = q.areas[step - 1];
    const total = q.areas.length;
    const last = step === total;
    // The questions are keyed by area: reusing one step's radios for the next would move checked
    // inputs between groups, and the browser would uncheck answers shown after Back.
    return html`<div class="progress" part="progress">
        <span id="progress-label">${this.t('stepOf', { step, total })}</span>
        <progress max=${total} .value=${step} aria-labelledby="progress-label"></progress>
      </div>
      ${this.stepHeading(this.text(area.title))} ${area.description ? html`<p>${this.text(area.description)}</p>` : nothing}
      ${keyed(
        area.id,
        area.questions.map(
          (question) =>
            html`<fieldset class="question" part="question" aria-describedby=${question.help ? `${question.id}-help` : nothing}>
              <legend>${this.text(question.text)}</legend>
              ${question.help ? html`<p class="hint" id="${question.id}-help">${this.text(question.help)}</p>` : nothing}
              ${optionsOf(q, question).map(
                (option) =>
                  html`<div class="choice">
                    <input
                      type="radio"
                      id="${question.id}--${option.value}"
                      name=${question.id}
                      value=${option.value}
                      .checked=${this.answers[question.id] === option.value}
                      @change=${() => this.answer(question.id, option.value)}
                    />
                    <label for="${question.id}--${option.value}">${this.text(option.label)}</label>
                  </div>`,
              )}
            </fieldset>`,
        ),
      )}
      <div class="actions" part="actions">
        <button class="button secondary" type="button" @click=${() => this.go(step - 1)}>${this.t('back')}</button>
        <button class="button" type="button" @click=${() => this.go(step + 1)}>${this.t(last ? 'showResults' : 'next')}</button>
      </div>`;
  }

  private renderResults(q: Questionnaire): TemplateResult {
    const scores = this.scores;
    const actions = html`<div class="actions" part="actions">
      <button class="button secondary" type="button" @click=${() => this.go(q.areas.length)}>${this.t('back')}</button>
      ${scores.overall === null ? nothing : html`<button class="button secondary" type="button" @click=${() => window.print()}>${this.t('print')}</button>`}
      <button class="button secondary" type="button" @click=${this.startOver}>${this.t('startOver')}</button>
    </div>`;
    const context = {
      t: this.t,
      language: this.language,
      text: (value: LocalizedText | undefined) => this.text(value),
      heading: (text: string) => this.stepHeading(text),
      subheading: (text: string) => this.subheading(text),
      sublevel: headingLevel(this.headingLevel, 2) + 1,
      actions,
      comparison: this.comparison,
      send: {
        setup: this.sendSetup(this.endpoint, this.privacyUrl, SEND_POLICY),
        form: this.sendForm,
        submission: this.submission,
        root: this.shadowRoot,
        onSubmit: this.onSend,
        onInput: this.onSendInput,
      },
    };
    return renderResults(context, q, scores);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'digione-readiness-checker': DigiOneReadinessChecker;
  }
}
