import { html, nothing, svg, type TemplateResult } from 'lit';

/** Other municipalities' figures on a bar's track: the median as a marker, the quartiles as a band. */
export interface ChartComparison {
  median: number;
  p25: number;
  p75: number;
}

export interface ChartBar {
  label: string;
  /** 0–100, or null for "no answers" (no bar is drawn). */
  value: number | null;
  /** The value as shown, e.g. "64" or "–"; with a comparison, e.g. "64 (mediaani 58)". */
  display: string;
  compare?: ChartComparison;
}

/** The legend of a chart with comparison marks (drawn the same way as on the bars). */
export interface ChartLegend {
  value: string;
  median: string;
  quartiles: string;
}

const percent = (value: number) => `${Math.max(0, Math.min(100, value))}%`;

/**
 * The interquartile range as a light band under the bar and the median as a dark marker across
 * the track, on a halo of the background colour so it stands out from the bar as well.
 */
function comparisonMarks(c: ChartComparison) {
  const x = percent(c.median);
  return svg`<rect class="iqr" x=${percent(c.p25)} y="17" width=${percent(c.p75 - c.p25)} height="6"></rect>
    <line class="halo" x1=${x} x2=${x} y1="0" y2="24"></line>
    <line class="median" x1=${x} x2=${x} y1="0" y2="24"></line>`;
}

function legend(l: ChartLegend): TemplateResult {
  return html`<p class="legend">
    <span
      ><svg width="16" height="12" focusable="false"><rect class="value" x="0" y="0" width="16" height="12"></rect></svg> ${l.value}</span
    >
    <span
      ><svg width="16" height="12" focusable="false"><line class="median" x1="8" x2="8" y1="0" y2="12"></line></svg> ${l.median}</span
    >
    <span
      ><svg width="16" height="12" focusable="false"><rect class="iqr" x="0" y="3" width="16" height="6"></rect></svg> ${l.quartiles}</span
    >
  </p>`;
}

/**
 * A horizontal bar chart of 0–100 values: one row per bar, its label and value as text (so long
 * names wrap at 320 px and 200 % text) above an inline-SVG bar on a full-width track. Sizes are
 * SVG attributes, not styles (a strict CSP allows no inline style); colours come from the
 * stylesheet. A bar with a comparison also shows other municipalities' median as a marker on
 * its track and their interquartile range as a light band under it; a legend says which is which.
 * The whole is one image with an accessible name; each bar has a <title> for pointer users. The
 * element renders an equivalent table beside it for screen readers.
 */
export function renderBarChart(bars: readonly ChartBar[], name: string, legendText?: ChartLegend): TemplateResult {
  const compared = bars.some((bar) => bar.compare);
  const height = compared ? 24 : 16;
  return html`<div class="chart" part="chart" role="img" aria-label=${name}>
    ${bars.map(
      (bar) =>
        html`<div class="bar">
          <span>${bar.label}: ${bar.display}</span>
          <svg width="100%" height=${height} focusable="false">
            <title>${bar.label}: ${bar.display}</title>
            <rect class="track" x="0" y="1" width="100%" height="14" rx="3"></rect>
            ${bar.value === null ? null : svg`<rect class="value" x="0" y="1" width="${percent(bar.value)}" height="14" rx="3"></rect>`}
            ${bar.compare ? comparisonMarks(bar.compare) : null}
          </svg>
        </div>`,
    )}
    ${compared && legendText ? legend(legendText) : nothing}
  </div>`;
}
