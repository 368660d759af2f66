import { keyed } from 'lit/directives/keyed.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DigiOneElement } from '../core/element.js';
import { formatNumber } from '../core/format.js';
import { headingLevel, renderHeading } from '../core/heading.js';
import { baseStyles, controlStyles } from '../core/theme.js';
import { safeLinkUrl } from '../core/config.js';
import { describedBy, focusErrorSummary, focusField, renderErrorSummary, renderFieldError, type FieldError } from '../core/form.js';
import { SubmissionController } from '../core/submit/controller.js';
import { SUBMISSION_TYPES } from '../core/submit/envelope.js';
import type { ReadinessData } from '../core/submit/types.js';
import { writeReadinessResult, type StoredReadinessResult } from '../core/readiness-result.js';
import { findMunicipality, municipalityName, municipalityRef, searchMunicipalities } from '../data/municipality.js';
import strings from '../locales/readiness-checker.js';
import { readinessStyles } from './readiness-checker.styles.js';
import { localize, optionsOf, validateQuestionnaire, type LocalizedText, type Questionnaire } from './questionnaire.js';
import { scoreReadiness, type Answers, type ReadinessScores } from './scoring.js';
import { DEFAULT_QUESTIONNAIRE } from './default-questionnaire.js';
import { clearProgress, loadProgress, progressKey, saveProgress } from './progress.js';
import { renderBarChart } from './chart.js';
import { buildReadinessData, summarizeScores, validateSend } from './result.js';

/** `digione-readiness-complete` detail.result: the stored last result plus the answers. */
export interface ReadinessCompletion extends StoredReadinessResult {
  answers: Answers;
}

/**
 * @tagname digione-readiness-checker
 * @summary A municipality's self-assessment of its readiness to join DigiOne: one area per
 * step, then a level, a chart and recommendations, which can be printed or sent.
 *
 * @attr src - URL of a questionnaire JSON (schema/questionnaire.schema.json); default: the built-in DigiOne readiness questionnaire.
 * @attr endpoint - Where a result is POSTed when the person chooses to send it; without one the send form is not shown.
 * @attr municipality - Preselects the municipality of the send form (code such as `091`, or a name).
 * @attr privacy-url - The privacy notice; without it the send form asks for no contact details.
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
  /** Level of the step headings (2–6); the page's own outline decides. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private questionnaire?: Questionnaire;
  @state() private problem?: 'loadFailed' | 'invalid';
  /** 0 the intro, 1…n the areas, n + 1 the results. */
  @state() private step = 0;
  @state() private answers: Answers = {};
  @state() private form = { municipality: '', name: '', email: '', consent: false };
  @state() private errors: FieldError[] = [];

  private submission = new SubmissionController(this);
  private loadedSrc?: string | null = null;

  private get key(): string {
    return progressKey(this.questionnaire!.id, this.questionnaire!.version);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if ((this.src ?? '') !== this.loadedSrc) void this.load();
    if (changed.has('municipality')) this.form = { ...this.form, municipality: findMunicipality(this.municipality)?.code ?? '' };
  }

  private async load(): Promise<void> {
    const src = (this.loadedSrc = this.src ?? '');
    this.questionnaire = this.problem = undefined;
    if (!src.trim()) return this.use(DEFAULT_QUESTIONNAIRE);
    let value: unknown;
    try {
      const response = await fetch(new URL(src, document.baseURI), { credentials: 'omit' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      try {
        value = JSON.parse(text);
      } catch {
        value = undefined;
      }
    } catch (error) {
      if (src !== this.loadedSrc) return;
      console.error(`<${this.localName}>: the questionnaire "${src}" could not be loaded.`, error);
      this.problem = 'loadFailed';
      return;
    }
    if (src !== this.loadedSrc) return; // src changed meanwhile
    const errors = value === undefined ? [{ path: '', message: 'is not valid JSON' }] : validateQuestionnaire(value);
    if (errors.length) {
      console.error(`<${this.localName}>: the questionnaire "${src}" is not valid:\n${errors.map((e) => `  ${e.path || '(root)'} ${e.message}`).join('\n')}`);
      this.problem = 'invalid';
      return;
    }
    this.use(value as Questionnaire);
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

  private startOver(): void {
    clearProgress(this.key);
    this.answers = {};
    this.errors = [];
    this.submission.reset();
    void this.go(0, false);
  }

  private get scores(): ReadinessScores {
    return scoreReadiness(this.questionnaire!, this.answers);
  }

  /** The result as stored for the join form and posted to DigiOne (areas with a score only). */
  private summary(): ReadinessData['scores'] | undefined {
    return summarizeScores(this.scores);
  }

  private chosenMunicipality() {
    return municipalityRef(this.form.municipality, this.language);
  }

  private complete(): void {
    const scores = this.summary();
    if (!scores) return;
    const q = this.questionnaire!;
    const municipality = this.chosenMunicipality();
    const result: StoredReadinessResult = {
      questionnaire: { id: q.id, version: q.version },
      completedAt: new Date().toISOString(),
      ...(municipality ? { municipality } : {}),
      scores,
    };
    writeReadinessResult(result);
    this.emit('digione-readiness-complete', { result: { ...result, answers: { ...this.answers } } });
  }

  override render(): TemplateResult {
    const q = this.questionnaire;
    let body: TemplateResult;
    if (this.problem) body = html`<div class="notice error" role="alert"><p>${this.t(this.problem)}</p></div>`;
    else if (!q) body = html`<p role="status">${this.t('common:loading')}</p>`;
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
    return html`${this.stepHeading(this.text(q.title))}
      ${q.intro ? html`<p>${this.text(q.intro)}</p>` : nothing}
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
      ${this.stepHeading(this.text(area.title))}
      ${area.description ? html`<p>${this.text(area.description)}</p>` : nothing}
      ${keyed(area.id, area.questions.map(
        (question) => html`<fieldset class="question" part="question" aria-describedby=${question.help ? `${question.id}-help` : nothing}>
          <legend>${this.text(question.text)}</legend>
          ${question.help ? html`<p class="hint" id="${question.id}-help">${this.text(question.help)}</p>` : nothing}
          ${optionsOf(q, question).map(
            (option) => html`<div class="choice">
              <input type="radio" id="${question.id}--${option.value}" name=${question.id} value=${option.value}
                .checked=${this.answers[question.id] === option.value} @change=${() => this.answer(question.id, option.value)} />
              <label for="${question.id}--${option.value}">${this.text(option.label)}</label>
            </div>`,
          )}
        </fieldset>`,
      ))}
      <div class="actions" part="actions">
        <button class="button secondary" type="button" @click=${() => this.go(step - 1)}>${this.t('back')}</button>
        <button class="button" type="button" @click=${() => this.go(step + 1)}>${this.t(last ? 'showResults' : 'next')}</button>
      </div>`;
  }

  private renderResults(q: Questionnaire): TemplateResult {
    const scores = this.scores;
    const heading = this.stepHeading(`${this.t('results')}: ${this.text(q.title)}`);
    const actions = html`<div class="actions" part="actions">
      <button class="button secondary" type="button" @click=${() => this.go(q.areas.length)}>${this.t('back')}</button>
      ${scores.overall === null ? nothing : html`<button class="button secondary" type="button" @click=${() => window.print()}>${this.t('print')}</button>`}
      <button class="button secondary" type="button" @click=${this.startOver}>${this.t('startOver')}</button>
    </div>`;
    if (scores.overall === null) return html`${heading}<p>${this.t('nothingAnswered')}</p>${actions}`;
    const format = (n: number | null) => (n === null ? this.t('noScore') : formatNumber(n, this.language, { maximumFractionDigits: 0 }));
    const rows = scores.areas.map((a, i) => ({ ...a, title: this.text(q.areas[i].title), shown: format(a.score) }));
    return html`<section part="results" aria-labelledby="step-heading">
      ${heading}
      <p class="score">${this.t('level', { level: this.text(scores.level?.name) })}</p>
      <p class="score">${this.t('overall', { score: format(scores.overall) })}</p>
      ${scores.level?.description ? html`<p>${this.text(scores.level.description)}</p>` : nothing}
      ${this.subheading(this.t('areas'))}
      ${renderBarChart(rows.map((r) => ({ label: r.title, value: r.score, display: r.shown })), this.t('chartName'))}
      <table part="table">
        <caption>${this.t('tableCaption')}</caption>
        <thead><tr><th scope="col">${this.t('area')}</th><th scope="col">${this.t('score')}</th><th scope="col">${this.t('answered')}</th></tr></thead>
        <tbody>
          ${rows.map((r) => html`<tr><th scope="row">${r.title}</th><td>${r.shown}</td><td>${this.t('answeredOf', { answered: r.answered, total: r.total })}</td></tr>`)}
        </tbody>
      </table>
      ${scores.recommendations.length
        ? html`${this.subheading(this.t('recommendations'))}
            <ol class="recommendations">
              ${scores.recommendations.map((r) => html`<li><strong>${this.text(r.area.title)}:</strong> ${this.text(r.text)}</li>`)}
            </ol>`
        : nothing}
      ${actions} ${this.renderSend()}
    </section>`;
  }

  private renderSend(): TemplateResult | typeof nothing {
    const endpoint = this.resolveEndpoint(this.endpoint);
    if (!endpoint.ok) {
      // no endpoint: sending is simply not offered; a refused one is the page author's to fix
      return endpoint.reason === 'missing'
        ? nothing
        : html`<p class="notice error" role="alert">${this.t('common:endpointRefused', { value: this.endpoint ?? '' })}</p>`;
    }
    const privacy = safeLinkUrl(this.privacyUrl, document.baseURI);
    const error = (field: string) => this.errors.find((e) => e.field === field)?.message;
    const sent = this.submission.state === 'sent' || this.submission.state === 'host';
    return html`<form class="send" part="send" novalidate @submit=${(e: Event) => this.send(e, endpoint.url, !!privacy)}>
      ${this.subheading(this.t('send.title'))}
      ${renderErrorSummary(this.errors, this.t, (field, event) => focusField(this.shadowRoot, field, event))}
      <p>${this.t('send.intro')}</p>
      <div class="field">
        <label for="municipality">${this.t('send.municipality')} <span class="optional">${this.t('common:optional')}</span></label>
        <select id="municipality" @change=${(e: Event) => this.setForm('municipality', (e.target as HTMLSelectElement).value)}>
          <option value="">${this.t('send.choose')}</option>
          ${this.municipalityOptions().map((m) => html`<option value=${m.code} ?selected=${m.code === this.form.municipality}>${m.name}</option>`)}
        </select>
      </div>
      ${privacy
        ? html`<div class="field">
              <label for="name">${this.t('send.name')} <span class="optional">${this.t('common:optional')}</span></label>
              <input id="name" type="text" autocomplete="name" .value=${this.form.name} @input=${(e: Event) => this.setForm('name', (e.target as HTMLInputElement).value)} />
            </div>
            <div class="field">
              <label for="email">${this.t('send.email')} <span class="optional">${this.t('common:optional')}</span></label>
              ${renderFieldError('email', error('email'), this.t)}
              <input id="email" type="email" autocomplete="email" aria-invalid=${error('email') ? 'true' : 'false'} aria-describedby=${describedBy(!!error('email') && 'email-error')}
                .value=${this.form.email} @input=${(e: Event) => this.setForm('email', (e.target as HTMLInputElement).value)} />
            </div>
            <div class="field">
              ${renderFieldError('consent', error('consent'), this.t)}
              <div class="choice">
                <input id="consent" type="checkbox" aria-invalid=${error('consent') ? 'true' : 'false'} aria-describedby=${describedBy('consent-privacy', !!error('consent') && 'consent-error')}
                  .checked=${this.form.consent} @change=${(e: Event) => this.setForm('consent', (e.target as HTMLInputElement).checked)} />
                <label for="consent">${this.t('send.consent')}</label>
              </div>
              <p class="hint" id="consent-privacy"><a href=${privacy} target="_blank" rel="noopener">${this.t('common:privacyLink')} ${this.t('common:opensInNewWindow')}</a></p>
            </div>`
        : nothing}
      ${sent
        ? html`<div class="notice success" role="status"><p>${this.t('send.sent')}</p></div>`
        : html`<div class="actions"><button class="button" type="submit" aria-disabled=${this.submission.busy ? 'true' : 'false'}>${this.t('send.submit')}</button></div>`}
      ${this.submission.renderStatus()}
    </form>`;
  }

  private municipalityOptions(): Array<{ code: string; name: string }> {
    return searchMunicipalities('', this.language).map((m) => ({ code: m.code, name: municipalityName(m, this.language) }));
  }

  private setForm<K extends keyof DigiOneReadinessChecker['form']>(field: K, value: DigiOneReadinessChecker['form'][K]): void {
    this.form = { ...this.form, [field]: value };
  }

  private async send(event: Event, endpoint: string, withContact: boolean): Promise<void> {
    event.preventDefault();
    if (this.submission.busy) return;
    const q = this.questionnaire!;
    const scores = this.summary();
    if (!scores) return;
    // without a privacy notice the form offers no contact fields, so none are sent
    const form = withContact ? this.form : { name: '', email: '', consent: false };
    this.errors = validateSend(form).map(({ field }): FieldError => ({ field, message: this.t(`errors.${field}`) }));
    if (this.errors.length) {
      await this.updateComplete;
      return focusErrorSummary(this.shadowRoot);
    }
    const data = buildReadinessData(q, this.answers, scores, form, this.chosenMunicipality());
    await this.submission.send({ type: SUBMISSION_TYPES.readiness, data, endpoint });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'digione-readiness-checker': DigiOneReadinessChecker;
  }
}
