import { css } from 'lit';

/** The join form's own layout: the combobox list, the counter, the success panel. */
export const joinFormStyles = css`
  form {
    max-width: 42em;
  }
  h2,
  h3 {
    line-height: 1.25;
    margin-block: 0 0.5em;
  }
  legend {
    margin-block-end: 0.25em;
  }
  .combobox {
    position: relative;
    max-width: 36em;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 2;
    inset-inline: 0;
    max-height: 16em;
    overflow-y: auto;
    margin: 2px 0 0;
    padding: 0;
    list-style: none;
    background: var(--digione-color-background);
    border: 2px solid var(--digione-color-border);
    border-radius: var(--digione-radius);
  }
  [role='option'] {
    padding: 0.5em 0.6em;
    cursor: pointer;
  }
  [role='option']:hover,
  [role='option'].active {
    background: var(--digione-color-primary);
    color: var(--digione-color-on-primary);
  }
  .counter {
    display: block;
    color: var(--digione-color-text-muted);
    margin-block-start: 0.25em;
  }
  .counter.over {
    color: var(--digione-color-error);
    font-weight: 600;
  }
  .success:focus {
    outline: 3px solid var(--digione-color-focus);
    outline-offset: 2px;
  }
  .reference {
    font-size: 1.25em;
    font-weight: 700;
    letter-spacing: 0.05em;
  }
  @media (forced-colors: active) {
    [role='option'].active {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
