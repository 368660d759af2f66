import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DigiOneElement } from '../core/element.js';
import { baseStyles, controlStyles } from '../core/theme.js';
import strings from '../locales/readiness-checker.js';

/**
 * @summary (being built)
 */
export class DigiOneReadinessChecker extends DigiOneElement {
  static override styles = [baseStyles, controlStyles];
  static override namespace = 'readiness-checker';
  static override strings = strings;

  /** Where results are POSTed. */
  @property() endpoint?: string;

  override render(): TemplateResult {
    return html`<div part="root">${this.t('title')}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'digione-readiness-checker': DigiOneReadinessChecker;
  }
}
