/**
 * The readiness checker's results step and its send form, as templates. The element keeps the
 * state (answers, the send form's values) and the handlers; these only render.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import { formatNumber } from '../core/format.js';
import { consentField, field, renderErrorSummary, type SendFormContext } from '../core/form.js';
import type { Language } from '../core/language.js';
import { municipalityName, searchMunicipalities } from '../data/municipality.js';
import { renderBarChart, type ChartBar } from './chart.js';
import { compareRow, type Comparison, type RowComparison } from './comparison.js';
import type { LocalizedText, Questionnaire } from './questionnaire.js';
import type { SendField, SendForm } from './result.js';
import type { ReadinessScores } from './scoring.js';

export interface ResultsContext {
  t: TFunction;
  language: Language;
  text: (value: LocalizedText | undefined) => string;
  /** The step heading (it takes focus) and a subheading one level deeper. */
  heading: (text: string) => TemplateResult;
  subheading: (text: string) => TemplateResult;
  /** The level of the subheadings (the send form's title); the error summary is one deeper. */
  sublevel: number;
  actions: TemplateResult;
  send: SendFormContext<SendForm, SendField>;
  /** Other municipalities' figures (`compare-src`), when they have arrived. */
  comparison?: Comparison;
}

type Format = (n: number | null) => string;

/** A bar of the chart: the score, and with a comparison the median in its text and its marks on the track. */
function bar(c: ResultsContext, label: string, value: number | null, shown: string, compared: RowComparison | undefined, format: Format): ChartBar {
  if (compared?.kind !== 'figures') return { label, value, display: shown };
  const { median, p25, p75 } = compared;
  return { label, value, display: c.t('compare.bar', { score: shown, median: format(median) }), compare: { median, p25, p75 } };
}

/** The table's median cell: "58 (6)", or that there is not enough data yet. */
function medianCell(c: ResultsContext, compared: RowComparison, format: Format): string {
  return compared.kind === 'figures' ? c.t('compare.cell', { median: format(compared.median), n: compared.n }) : c.t('compare.suppressed');
}

/** One sentence of a row: above, near (±5 points) or below the median; or not enough data. */
function sentence(c: ResultsContext, label: string, score: string, compared: RowComparison, format: Format): string {
  if (compared.kind === 'suppressed') return c.t('compare.suppressedRow', { area: label });
  const values = { area: label, score, median: format(compared.median), n: compared.n };
  return c.t(compared.standing ? `compare.${compared.standing}` : 'compare.noScore', values);
}

/** Who is compared with (all municipalities or a size band) and the sentences, overall first. */
function renderComparison(
  c: ResultsContext,
  comparison: Comparison,
  items: ReadonlyArray<{ label: string; score: string; compared: RowComparison }>,
  format: Format,
) {
  const { t } = c;
  const group = comparison.band ? t('compare.groupBand', { band: t(`compare.bands.${comparison.band}`) }) : t('compare.groupAll');
  return html`<div class="comparison">
    ${c.subheading(t('compare.title'))}
    <p>${group} ${t('compare.minimum', { minimum: comparison.minimum })}</p>
    <ul>
      ${items.map((item) => html`<li>${sentence(c, item.label, item.score, item.compared, format)}</li>`)}
    </ul>
  </div>`;
}

/** The level, the chart and table of areas, the recommendations, and the send form. */
export function renderResults(c: ResultsContext, q: Questionnaire, scores: ReadinessScores): TemplateResult {
  const { t, text } = c;
  const heading = c.heading(`${t('results')}: ${text(q.title)}`);
  if (scores.overall === null)
    return html`${heading}
      <p>${t('nothingAnswered')}</p>
      ${c.actions}`;
  const format = (n: number | null) => (n === null ? t('noScore') : formatNumber(n, c.language, { maximumFractionDigits: 0 }));
  const figure = (n: number | null) => (n === null ? t('noScore') : formatNumber(n, c.language, { maximumFractionDigits: 1 }));
  const comparison = c.comparison;
  const rows = scores.areas.map((a, i) => ({
    ...a,
    title: text(q.areas[i].title),
    shown: format(a.score),
    compared: comparison && compareRow(a.score, comparison.areas.get(a.id)),
  }));
  return html`<section part="results" aria-labelledby="step-heading">
    ${heading}
    <p class="score">${t('level', { level: text(scores.level?.name) })}</p>
    <p class="score">${t('overall', { score: format(scores.overall) })}</p>
    ${scores.level?.description ? html`<p>${text(scores.level.description)}</p>` : nothing} ${c.subheading(t('areas'))}
    ${renderBarChart(
      rows.map((r) => bar(c, r.title, r.score, r.shown, r.compared, figure)),
      t(comparison ? 'compare.chartName' : 'chartName'),
      { value: t('compare.legendValue'), median: t('compare.legendMedian'), quartiles: t('compare.legendQuartiles') },
    )}
    <table part="table" class=${comparison ? 'compared' : nothing}>
      <caption>
        ${t('tableCaption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('area')}</th>
          <th scope="col">${t('score')}</th>
          <th scope="col">${t('answered')}</th>
          ${comparison ? html`<th scope="col">${t('compare.column')}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr>
              <th scope="row">${r.title}</th>
              <td>${r.shown}</td>
              <td>${t('answeredOf', { answered: r.answered, total: r.total })}</td>
              ${r.compared ? html`<td>${medianCell(c, r.compared, figure)}</td>` : nothing}
            </tr>`,
        )}
      </tbody>
    </table>
    ${
      comparison
        ? renderComparison(
            c,
            comparison,
            [
              { label: t('compare.overall'), score: format(scores.overall), compared: compareRow(scores.overall, comparison.overall) },
              ...rows.map((r) => ({ label: r.title, score: r.shown, compared: r.compared! })),
            ],
            figure,
          )
        : nothing
    }
    ${
      scores.recommendations.length
        ? html`${c.subheading(t('recommendations'))}
            <ol class="recommendations">
              ${scores.recommendations.map((r) => html`<li><strong>${text(r.area.title)}:</strong> ${text(r.text)}</li>`)}
            </ol>`
        : nothing
    }
    ${c.actions} ${renderSend(c)}
  </section>`;
}

/** An optional text field of the send form: the pupil count, the name, the email. */
function textField(
  c: ResultsContext,
  name: 'pupils' | 'name' | 'email',
  options: { autocomplete: string; type?: string; inputmode?: string; hint?: boolean },
): TemplateResult {
  const { t } = c;
  const { form } = c.send;
  return field(
    { id: name, label: t(`send.${name}`), hint: options.hint ? t(`send.${name}Hint`) : undefined, optional: true, error: form.message(name, t), t },
    (aria) =>
      html`<input
        id=${aria.id}
        name=${name}
        type=${options.type ?? 'text'}
        inputmode=${options.inputmode ?? nothing}
        autocomplete=${options.autocomplete}
        .value=${form.values[name]}
        aria-invalid=${aria.invalid}
        aria-describedby=${aria.describedBy}
      />`,
  );
}

function contactFields(c: ResultsContext, privacyUrl: string): TemplateResult {
  const { t } = c;
  const { form } = c.send;
  return html`${textField(c, 'name', { autocomplete: 'name' })} ${textField(c, 'email', { type: 'email', autocomplete: 'email' })}
  ${consentField(
    {
      id: 'consent',
      label: t('send.consent'),
      hint: html`<a href=${privacyUrl} target="_blank" rel="noopener">${t('common:privacyLink')} ${t('common:opensInNewWindow')}</a>`,
      error: form.message('consent', t),
      t,
    },
    form.values.consent,
  )}`;
}

function renderSend(c: ResultsContext): TemplateResult | typeof nothing {
  const { t, language } = c;
  const { setup, form, submission } = c.send;
  if (setup.kind === 'hidden') return nothing; // no endpoint: sending is simply not offered
  if (setup.kind === 'problem') return html`<p class="notice error" role="alert">${t(setup.key, setup.values)}</p>`;
  const sent = submission.state === 'sent' || submission.state === 'host';
  const municipalities = searchMunicipalities('', language);
  return html`<form class="send" part="send" novalidate @submit=${c.send.onSubmit} @input=${c.send.onInput}>
    ${c.subheading(t('send.title'))} ${renderErrorSummary(form.summary(t), t, c.sublevel + 1, c.send.root)}
    <p>${t('send.intro')}</p>
    ${field(
      { id: 'municipality', label: t('send.municipality'), optional: true, error: form.message('municipality', t), t },
      (aria) =>
        html`<select id=${aria.id} name="municipality" aria-invalid=${aria.invalid} aria-describedby=${aria.describedBy}>
          <option value="">${t('send.choose')}</option>
          ${municipalities.map((m) => html`<option value=${m.code} ?selected=${m.code === form.values.municipality}>${municipalityName(m, language)}</option>`)}
        </select>`,
    )}
    ${textField(c, 'pupils', { autocomplete: 'off', inputmode: 'numeric', hint: true })} ${setup.privacyUrl ? contactFields(c, setup.privacyUrl) : nothing}
    ${
      sent
        ? html`<div class="notice success" role="status"><p>${t('send.sent')}</p></div>`
        : html`<div class="actions"><button class="button" type="submit" aria-disabled=${submission.busy ? 'true' : 'false'}>${t('send.submit')}</button></div>`
    }
    ${submission.renderStatus()}
  </form>`;
}
