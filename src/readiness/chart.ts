import { html, svg, type TemplateResult } from 'lit';

export interface ChartBar {
  label: string;
  /** 0–100, or null for "no answers" (no bar is drawn). */
  value: number | null;
  /** The value as shown, e.g. "64" or "–". */
  display: string;
}

const ROW = 44;

/**
 * A horizontal bar chart of 0–100 values as inline SVG: one row per bar, its label and value
 * above a full-width track. Sizes are attributes, not styles (a strict CSP allows no inline
 * style), colours come from the stylesheet. The image has an accessible name; each bar has a
 * <title> for pointer users. The element renders an equivalent table beside it.
 */
export function renderBarChart(bars: readonly ChartBar[], name: string): TemplateResult {
  return html`<svg class="chart" part="chart" role="img" aria-label=${name} width="100%" height=${bars.length * ROW} focusable="false">
    ${bars.map(
      (bar, i) => svg`<g class="bar">
        <title>${bar.label}: ${bar.display}</title>
        <text x="0" y=${i * ROW + 15}>${bar.label}: ${bar.display}</text>
        <rect class="track" x="0" y=${i * ROW + 21} width="100%" height="14" rx="3"></rect>
        ${bar.value === null ? null : svg`<rect class="value" x="0" y=${i * ROW + 21} width="${Math.max(0, Math.min(100, bar.value))}%" height="14" rx="3"></rect>`}
      </g>`,
    )}
  </svg>`;
}
