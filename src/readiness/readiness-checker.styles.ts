import { css } from 'lit';

export const readinessStyles = css`
  h2 {
    font-size: 1.4em;
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  h3 {
    font-size: 1.15em;
    margin: 1.5em 0 0.5em;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--digione-color-focus);
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    color: var(--digione-color-text-muted);
    margin-block-end: 0.5em;
  }
  progress {
    flex: 1 1 8em;
    max-width: 20em;
    height: 0.75em;
    accent-color: var(--digione-color-primary);
  }
  .question {
    border-block-start: 1px solid var(--digione-color-border);
    padding-block-start: calc(var(--digione-space) * 0.75);
  }
  .question legend {
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  .score {
    font-size: 1.25em;
    font-weight: 600;
    margin: 0;
  }
  .chart {
    margin-block: var(--digione-space);
    max-width: 36em;
  }
  .bar {
    margin-block-end: 0.6em;
  }
  .bar svg {
    display: block;
    overflow: visible;
  }
  .chart .track {
    fill: var(--digione-color-surface);
    stroke: var(--digione-color-border);
  }
  .chart .value {
    fill: var(--digione-color-primary);
  }
  /* Other municipalities: the interquartile range as a light band, the median as a dark marker. */
  .chart .iqr {
    fill: var(--digione-color-text-muted);
    fill-opacity: 0.35;
  }
  .chart .median {
    stroke: var(--digione-color-text);
    stroke-width: 3;
  }
  .chart .halo {
    stroke: var(--digione-color-background);
    stroke-width: 7;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    color: var(--digione-color-text-muted);
    font-size: 0.9em;
    margin: 0;
  }
  .legend svg {
    vertical-align: middle;
    overflow: visible;
  }
  .comparison ul {
    padding-inline-start: 1.25em;
  }
  .comparison li {
    margin-block-end: 0.35em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    max-width: 36em;
  }
  /* the median column needs room (at 320 px the words still break anywhere, as everywhere) */
  table.compared {
    max-width: 48em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  th,
  td {
    border-block-end: 1px solid var(--digione-color-border);
    padding: 0.35em 0.5em 0.35em 0;
    text-align: start;
    vertical-align: top;
  }
  td {
    font-variant-numeric: tabular-nums;
  }
  .recommendations li {
    margin-block-end: 0.5em;
  }
  .send {
    border-block-start: 1px solid var(--digione-color-border);
    margin-block-start: calc(var(--digione-space) * 1.5);
  }
  @media (forced-colors: active) {
    .chart .value {
      fill: CanvasText;
    }
    .chart .iqr {
      fill: GrayText;
    }
    .chart .median {
      stroke: Highlight;
    }
  }
  /* Print or "save as PDF": the results only, no buttons or forms. */
  @media print {
    .actions,
    .send,
    button {
      display: none !important;
    }
    .chart .value {
      fill: #000;
      print-color-adjust: exact;
    }
    .chart .iqr {
      fill: #888;
      print-color-adjust: exact;
    }
    .chart .median {
      stroke: #000;
      print-color-adjust: exact;
    }
  }
`;
