import { css } from 'lit';

/** The card: fluid from 280 px to 800 px; the calendar menu opens in the flow, never off-screen. */
export const eventCardStyles = css`
  :host {
    max-width: 800px;
    min-width: 0;
    container-type: inline-size;
  }
  .card {
    background: var(--digione-color-background);
    border: 1px solid var(--digione-color-border);
    border-radius: var(--digione-radius);
    padding: var(--digione-space);
  }
  .title {
    font-size: 1.3em;
    line-height: 1.3;
    margin: 0 0 0.5em;
  }
  .badge {
    display: inline-block;
    margin: 0 0 0.5em;
    padding: 0.1em 0.6em;
    border-radius: 999px;
    border: 1px solid var(--digione-color-primary);
    background: var(--digione-color-primary);
    color: var(--digione-color-on-primary);
    font-size: 0.875em;
    font-weight: 600;
  }
  .badge.ongoing {
    background: var(--digione-color-success);
    border-color: var(--digione-color-success);
  }
  .badge.ended {
    background: var(--digione-color-surface);
    border-color: var(--digione-color-border);
    color: var(--digione-color-text);
  }
  dl {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 0.25em 1em;
    margin: 0 0 var(--digione-space);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .zone {
    display: block;
    color: var(--digione-color-text-muted);
    font-size: 0.9em;
  }
  .description {
    white-space: pre-line;
    margin: 0 0 var(--digione-space);
  }
  .calendar {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5em;
  }
  .menu {
    list-style: none;
    margin: 0;
    padding: 0.25em;
    border: 1px solid var(--digione-color-border);
    border-radius: var(--digione-radius);
    background: var(--digione-color-surface);
    max-width: 100%;
  }
  .menu a {
    display: block;
    padding: 0.6em 0.8em;
    min-height: 44px;
    color: var(--digione-color-text);
  }
  .menu a:hover {
    color: var(--digione-color-primary);
  }
  .menu .note {
    padding: 0.6em 0.8em;
    max-width: 40em;
  }
  .chevron {
    transition: transform 0.15s;
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  .registration {
    border-top: 1px solid var(--digione-color-border);
    padding-top: var(--digione-space);
    margin-top: var(--digione-space);
  }
  .form-title {
    font-size: 1.1em;
    margin: 0 0 0.75em;
  }
  @container (max-width: 400px) {
    dl {
      grid-template-columns: minmax(0, 1fr);
    }
    dd + dt {
      margin-top: 0.5em;
    }
  }
`;
