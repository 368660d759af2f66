// The readiness results in the inbox, as markup: a result's chart and table (what the checker
// shows: per-area bars, the level and the overall score), the overview of all municipalities per
// area (median and quartiles) as a chart with an equivalent table, the list of municipalities
// and one municipality's history. The charts are server-rendered SVG: one image with a name,
// <title> and <desc>; sizes are SVG attributes and colours come from the stylesheet (the inbox's
// CSP allows no inline style).
import { markup } from './html.js';
import { formatTime } from './join-request.js';

/** @typedef {import('./i18n/index.js').Strings} Strings */
/** @typedef {import('./readiness-results.js').AreaScore} AreaScore */
/** @typedef {{ id: string, n: number, median: number, p25: number, p75: number } | { id: string, suppressed: true }} AreaSummary */

/** The charts' width in SVG units (a 0–100 score is drawn 4 units a point); they scale to the page. */
export const CHART_WIDTH = 400;

/** A score's position on a chart. @param {number} score */
export const chartX = (score) => Math.round(Math.max(0, Math.min(100, score)) * (CHART_WIDTH / 100) * 100) / 100;

/** A score as the inbox shows it: 62,5 in Finnish and Swedish, 62.5 in English. @param {number} value @param {string} lang */
export const formatScore = (value, lang) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : `${lang}-FI`, { maximumFractionDigits: 2 }).format(value);

/** The name of an area of the DigiOne questionnaire; another questionnaire's area by its id. @param {Strings} t @param {string} id */
export const areaLabel = (t, id) => t.readinessAreas[/** @type {keyof Strings['readinessAreas']} */ (id)] ?? id;

/** @param {Strings} t @param {string} id */
export const levelLabel = (t, id) => t.readinessLevels[/** @type {keyof Strings['readinessLevels']} */ (id)] ?? id;

/** @param {string} name @param {string} description @param {number} height @param {unknown} content */
const chart = (name, description, height, content) =>
  markup`<svg class="chart" role="img" aria-label="${name}" viewBox="0 0 ${CHART_WIDTH} ${height}" width="${CHART_WIDTH}" height="${height}" focusable="false"><title>${name}</title><desc>${description}</desc>${content}</svg>`;

/**
 * A text broken into lines of at most `max` characters at spaces (SVG text does not wrap; a
 * longer word stays whole on its own line).
 * @param {string} text @param {number} max
 */
export function wrapText(text, max) {
  /** @type {string[]} */
  const lines = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= max) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

// Text sizes in SVG units (the stylesheet sets the same font sizes), and how many characters fit on a line.
const LABEL = { line: 22, max: 34, className: 'label' };
const FIGURES = { line: 20, max: 40, className: 'figures' };
const BAR = 14;
const GAP = 14;

/**
 * Rows of a chart, each some lines of text above a bar on a 0–100 track, laid out top down.
 * @param {{ texts: { text: string, style: typeof LABEL }[], bar: (top: number) => unknown }[]} rows
 * @returns {{ height: number, content: unknown[] }}
 */
function layoutRows(rows) {
  let y = 0;
  const content = rows.map((row) => {
    const texts = row.texts.flatMap(({ text, style }) =>
      wrapText(text, style.max).map((line) => {
        y += style.line;
        return markup`<text x="0" y="${y - 5}" class="${style.className}">${line}</text>`;
      }),
    );
    const top = y + 4;
    y = top + BAR + GAP;
    return markup`<g>${texts}<rect class="track" x="0" y="${top}" width="${CHART_WIDTH}" height="${BAR}" rx="3"></rect>${row.bar(top)}</g>`;
  });
  return { height: y, content };
}

/**
 * A result's per-area bars: each area's name and score as text above a bar on a 0–100 track.
 * @param {Strings} t @param {AreaScore[]} areas @param {string} name
 */
export function resultChart(t, areas, name) {
  const { height, content } = layoutRows(
    areas.map((area) => ({
      texts: [{ text: `${areaLabel(t, area.id)}: ${formatScore(area.score, t.lang)}`, style: LABEL }],
      bar: (/** @type {number} */ top) => markup`<rect class="value" x="0" y="${top}" width="${chartX(area.score)}" height="${BAR}" rx="3"></rect>`,
    })),
  );
  return chart(name, t.resultChartDesc, height - GAP + 2, content);
}

/**
 * A result as the checker shows it: the level and the overall score, then the areas as a chart
 * and an equivalent table (score, questions answered).
 * @param {Strings} t
 * @param {{ overall?: unknown, level?: unknown, areas: AreaScore[] }} result
 * @param {string} caption
 */
export function resultSection(t, { overall, level, areas }, caption) {
  const figures = markup`<dl>${typeof level === 'string' ? markup`<dt>${t.level}</dt><dd>${levelLabel(t, level)}</dd>` : ''}${
    typeof overall === 'number' ? markup`<dt>${t.overall}</dt><dd>${formatScore(overall, t.lang)}</dd>` : ''
  }</dl>`;
  if (!areas.length) return figures;
  return markup`${figures}${resultChart(t, areas, caption)}
<table><caption>${caption}</caption><thead><tr><th scope="col">${t.area}</th><th scope="col">${t.score}</th><th scope="col">${t.answered}</th></tr></thead><tbody>
${areas.map(
  (area) =>
    markup`<tr><th scope="row">${areaLabel(t, area.id)}</th><td>${formatScore(area.score, t.lang)}</td><td>${
      area.answered !== undefined && area.total !== undefined ? `${area.answered} / ${area.total}` : ''
    }</td></tr>`,
)}</tbody></table>`;
}

/**
 * The overview of all municipalities: per row (the overall score first, then each area) the
 * interquartile range as a band on the 0–100 track and the median as a line across it, with
 * the figures as text; a scale under the rows.
 * @param {Strings} t @param {{ label: string, n: number, median: number, p25: number, p75: number }[]} rows @param {string} name
 */
export function spreadChart(t, rows, name) {
  const { height, content } = layoutRows(
    rows.map((r) => ({
      texts: [
        { text: r.label, style: LABEL },
        { text: spreadFigures(t, r), style: FIGURES },
      ],
      bar: (/** @type {number} */ top) =>
        markup`<rect class="iqr" x="${chartX(r.p25)}" y="${top}" width="${Math.max(1, chartX(r.p75) - chartX(r.p25))}" height="${BAR}"></rect><line class="median" x1="${chartX(
          r.median,
        )}" x2="${chartX(r.median)}" y1="${top - 4}" y2="${top + BAR + 4}"></line>`,
    })),
  );
  const scaleTop = height - GAP + 4;
  const ticks = [0, 25, 50, 75, 100].map(
    (tick) =>
      markup`<line class="tick" x1="${chartX(tick)}" x2="${chartX(tick)}" y1="${scaleTop}" y2="${scaleTop + 6}"></line><text x="${chartX(tick)}" y="${scaleTop + 22}" text-anchor="${
        tick === 0 ? 'start' : tick === 100 ? 'end' : 'middle'
      }" class="figures">${tick}</text>`,
  );
  return chart(name, t.spreadChartDesc, scaleTop + 28, markup`${content}<g class="scale">${ticks}</g>`);
}

/** "mediaani 58, kvartiilit 45–70, n = 6" @param {Strings} t @param {{ n: number, median: number, p25: number, p75: number }} r */
const spreadFigures = (t, r) =>
  t.spreadFigures({ median: formatScore(r.median, t.lang), p25: formatScore(r.p25, t.lang), p75: formatScore(r.p75, t.lang), n: r.n });

/**
 * One questionnaire version's overview: the chart and the same figures as a table.
 * @param {Strings} t
 * @param {{ questionnaire: string, version: string, municipalities: number, overall: { n: number, median: number, p25: number, p75: number } | { suppressed: true },
 *   areas: AreaSummary[] }} group
 * @param {number} index its place on the page (the heading's id)
 */
export function overviewGroup(t, group, index) {
  const rows = [
    ...('n' in group.overall ? [{ id: '', label: t.overall, ...group.overall }] : []),
    ...group.areas.flatMap((area) => ('n' in area ? [{ ...area, label: areaLabel(t, area.id) }] : [])),
  ];
  const name = t.spreadChartName(group.questionnaire, group.version);
  return markup`<section aria-labelledby="questionnaire-${index}"><h3 id="questionnaire-${index}">${t.questionnaireVersion(
    group.questionnaire,
    group.version,
  )}</h3>
<p>${t.countMunicipalities(group.municipalities)}</p>
${spreadChart(t, rows, name)}
<p class="legend"><span class="key iqr"></span> ${t.legendQuartiles} <span class="key median"></span> ${t.legendMedian}</p>
<table class="list spread"><caption>${name}</caption><thead><tr><th scope="col">${t.area}</th><th scope="col">${t.municipalitiesColumn}</th><th scope="col">${t.lowerQuartile}</th>
<th scope="col">${t.median}</th><th scope="col">${t.upperQuartile}</th></tr></thead><tbody>
${rows.map(
  (r) =>
    markup`<tr><th scope="row" data-label="${t.area}">${r.label}</th><td data-label="${t.municipalitiesColumn}">${r.n}</td><td data-label="${t.lowerQuartile}">${formatScore(
      r.p25,
      t.lang,
    )}</td><td data-label="${t.median}">${formatScore(r.median, t.lang)}</td><td data-label="${t.upperQuartile}">${formatScore(r.p75, t.lang)}</td></tr>`,
)}</tbody></table></section>`;
}

/**
 * /inbox/readiness: every municipality's latest result (with a link to its history), then the overview per area.
 * @param {Strings} t
 * @param {{ latest: import('../comparison.js').Contribution[], groups: Parameters<typeof overviewGroup>[1][] }} page
 */
export function readinessView(t, { latest, groups }) {
  if (!latest.length) return markup`<p>${t.noResults}</p>`;
  return markup`<p>${t.readinessIntro}</p>
<h2>${t.latestTitle}</h2>
<table class="list"><caption>${t.latestCaption}</caption><thead><tr><th scope="col">${t.municipalityColumn}</th><th scope="col">${t.level}</th>
<th scope="col">${t.overall}</th><th scope="col">${t.received}</th></tr></thead><tbody>
${latest.map(
  (
    c,
  ) => markup`<tr><th scope="row" data-label="${t.municipalityColumn}"><a href="/inbox/readiness/${c.municipality}">${c.name ?? c.municipality} (${c.municipality})</a></th>
<td data-label="${t.level}">${levelLabel(t, c.level)}</td><td data-label="${t.overall}">${formatScore(c.overall, t.lang)}</td>
<td data-label="${t.received}">${c.receivedAt ? formatTime(c.receivedAt, t.lang) : ''}</td></tr>`,
)}</tbody></table>
<h2>${t.areaOverviewTitle}</h2><p>${t.areaOverviewIntro}</p>
${groups.map((group, index) => overviewGroup(t, group, index))}`;
}

/**
 * /inbox/readiness/<code>: the latest result as the checker shows it, then every result, newest first.
 * @param {Strings} t
 * @param {ReturnType<typeof import('./readiness-results.js').historyOf>} history at least one result
 */
export function historyView(t, history) {
  const latest = history[0];
  /** @type {string[]} */
  const areaIds = [...new Set(history.flatMap((result) => result.areas.map((area) => area.id)))];
  return markup`<p><a href="/inbox/readiness">${t.backToReadiness}</a></p>
<h2>${t.latestResult}</h2><p>${t.receivedOn(formatTime(latest.receivedAt, t.lang))}</p>
${resultSection(t, { overall: latest.contribution.overall, level: latest.contribution.level, areas: latest.areas }, t.areasCaption)}
<h2>${t.allResults}</h2>
<table class="list"><caption>${t.historyCaption}</caption><thead><tr><th scope="col">${t.received}</th><th scope="col">${t.questionnaire}</th>
<th scope="col">${t.level}</th><th scope="col">${t.overall}</th>${areaIds.map((id) => markup`<th scope="col">${areaLabel(t, id)}</th>`)}</tr></thead><tbody>
${history.map((result) => {
  const scores = new Map(result.areas.map((area) => [area.id, area.score]));
  return markup`<tr><th scope="row" data-label="${t.received}">${formatTime(result.receivedAt, t.lang)}</th>
<td data-label="${t.questionnaire}">${result.contribution.questionnaire.id} ${result.contribution.questionnaire.version}</td>
<td data-label="${t.level}">${levelLabel(t, result.contribution.level)}</td><td data-label="${t.overall}">${formatScore(result.contribution.overall, t.lang)}</td>
${areaIds.map((id) => {
  const score = scores.get(id);
  return markup`<td data-label="${areaLabel(t, id)}">${score === undefined ? '–' : formatScore(score, t.lang)}</td>`;
})}</tr>`;
})}</tbody></table>`;
}
