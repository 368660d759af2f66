import { html, nothing, type TemplateResult } from 'lit';

export interface HeadingOptions {
  id?: string;
  class?: string;
  part?: string;
  /** Focusable by script (tabindex="-1"): a step's heading takes focus when the step changes. */
  focusTarget?: boolean;
}

// The rule for the attribute lives apart from the templates, for code that must not load Lit (the iframe embed page).
export { headingLevel } from './heading-level.js';

/**
 * A real heading element h2–h6 (deeper levels stay h6), so a widget fits the page's outline.
 * Static tags per level keep the template free of string-built markup.
 */
export function renderHeading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const id = options.id ?? nothing;
  const cls = options.class ?? nothing;
  const part = options.part ?? nothing;
  const tabindex = options.focusTarget ? '-1' : nothing;
  switch (Math.max(2, Math.min(6, level))) {
    case 2:
      return html`<h2 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h6>`;
  }
}
