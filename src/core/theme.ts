import { css, unsafeCSS } from 'lit';
import { TOKENS } from './tokens.js';

export { TOKENS, type Token } from './tokens.js';

/** The tokens' defaults on `:host`, written from TOKENS (our own constants, never page input). */
const tokenDefaults = unsafeCSS(
  Object.entries(TOKENS)
    .map(([name, value]) => `${name}: ${value};`)
    .join('\n'),
);

/** Tokens, base layout and the focus ring shared by every widget. */
export const baseStyles = css`
  :host {
    ${tokenDefaults}

    display: block;
    max-width: 100%;
    /* The page's own text styles must not leak in: a hostile * { font: … !important } on the
       host loses to these, because inside the shadow tree important declarations of the
       component win over the page's. The same for every inherited property a page's global
       rules commonly set (test/e2e/hostile-css.test.mjs compares the computed styles). */
    box-sizing: border-box !important;
    font-family: var(--digione-font-family) !important;
    font-size: var(--digione-font-size) !important;
    font-weight: 400 !important;
    font-style: normal !important;
    font-variant: normal !important;
    line-height: 1.5 !important;
    color: var(--digione-color-text) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    white-space: normal !important;
    text-align: start;
    overflow-wrap: anywhere;
    hyphens: auto; /* long Finnish and Swedish compounds on a 320 px screen */
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: 3px solid var(--digione-color-focus);
    outline-offset: 2px;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  a {
    color: var(--digione-color-primary);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** Buttons, fields, error summary: the form vocabulary the three widgets share. */
export const controlStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 44px;
    padding: 0.5em 1.1em;
    border: 2px solid var(--digione-color-primary);
    border-radius: var(--digione-radius);
    background: var(--digione-color-primary);
    color: var(--digione-color-on-primary);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
    text-align: center;
  }
  .button.secondary {
    background: var(--digione-color-background);
    color: var(--digione-color-primary);
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  .button:hover {
    text-decoration: underline;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--digione-space) * 0.75);
    margin-block: var(--digione-space);
  }
  .field {
    margin-block: 0 calc(var(--digione-space) * 1.25);
  }
  .field label,
  .field legend,
  .label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  .hint {
    display: block;
    color: var(--digione-color-text-muted);
    margin-block-end: 0.25em;
  }
  .optional {
    font-weight: 400;
  }
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  input[type='url'],
  input[type='search'],
  input:not([type]),
  select,
  textarea {
    display: block;
    width: 100%;
    max-width: 36em;
    min-height: 44px;
    padding: 0.45em 0.6em;
    border: 2px solid var(--digione-color-border);
    border-radius: var(--digione-radius);
    background: var(--digione-color-background);
  }
  textarea {
    min-height: 6em;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--digione-color-error) !important;
  }
  .error-message {
    display: block;
    color: var(--digione-color-error);
    font-weight: 600;
    margin-block: 0.25em;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 calc(var(--digione-space) * 1.25);
    min-width: 0;
  }
  legend {
    padding: 0;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    padding-block: 0.3em;
  }
  .choice input {
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    flex: none;
    accent-color: var(--digione-color-primary);
  }
  .choice label {
    font-weight: 400;
    margin: 0;
  }
  .error-summary {
    border: 3px solid var(--digione-color-error);
    border-radius: var(--digione-radius);
    padding: var(--digione-space);
    margin-block-end: var(--digione-space);
  }
  .error-summary-title {
    font-size: 1.15em;
    margin: 0 0 0.5em;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .error-summary a {
    color: var(--digione-color-error);
    font-weight: 600;
  }
  .notice {
    border-inline-start: 6px solid var(--digione-color-primary);
    background: var(--digione-color-surface);
    padding: calc(var(--digione-space) * 0.75) var(--digione-space);
    margin-block: var(--digione-space);
    border-radius: var(--digione-radius);
  }
  .notice.error {
    border-color: var(--digione-color-error);
  }
  .notice.success {
    border-color: var(--digione-color-success);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
