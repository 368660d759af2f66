import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DigiOneElement } from '../core/element.js';
import { baseStyles, controlStyles } from '../core/theme.js';
import strings from '../locales/event-card.js';

/**
 * @summary (being built)
 */
export class DigiOneEventCard extends DigiOneElement {
  static override styles = [baseStyles, controlStyles];
  static override namespace = 'event-card';
  static override strings = strings;

  /** Where results are POSTed. */
  @property() endpoint?: string;

  override render(): TemplateResult {
    return html`<div part="root">${this.t('title')}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'digione-event-card': DigiOneEventCard;
  }
}
