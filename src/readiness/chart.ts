import { html, svg, type TemplateResult } from 'lit';

export interface ChartBar {
  label: string;
  /** 0–100, or null for "no answers" (no bar is drawn). */
  value: number | null;
  /** The value as shown, e.g. "64" or "–". */
  display: string;
}

/**
 * A horizontal bar chart of 0–100 values: one row per bar, its label and value as text (so long
 * names wrap at 320 px and 200 % text) above an inline-SVG bar on a full-width track. Sizes are
 * SVG attributes, not styles (a strict CSP allows no inline style); colours come from the
 * stylesheet. The whole is one image with an accessible name; each bar has a <title> for
 * pointer users. The element renders an equivalent table beside it for screen readers.
 */
export function renderBarChart(bars: readonly ChartBar[], name: string): TemplateResult {
  return html`<div class="chart" part="chart" role="img" aria-label=${name}>
    ${bars.map(
      (bar) =>
        html`<div class="bar">
          <span>${bar.label}: ${bar.display}</span>
          <svg width="100%" height="16" focusable="false">
            <title>${bar.label}: ${bar.display}</title>
            <rect class="track" x="0" y="1" width="100%" height="14" rx="3"></rect>
            ${bar.value === null ? null : svg`<rect class="value" x="0" y="1" width="${Math.max(0, Math.min(100, bar.value))}%" height="14" rx="3"></rect>`}
          </svg>
        </div>`,
    )}
  </div>`;
}
