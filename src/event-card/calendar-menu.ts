import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { DigiOneElement } from '../core/element.js';
import { buildIcs, downloadBlocked, googleCalendarUrl, icsFileName, outlookCalendarUrl, type CalendarEvent, type CalendarService } from './calendar.js';

const SERVICES: CalendarService[] = ['ics', 'google', 'outlook', 'office365'];

/**
 * The event card's add-to-calendar menu button (the ARIA menu-button pattern with links):
 * Down/Up on the button open the menu at the first/last item, arrows move within it, Home/End
 * jump, Escape closes it and returns to the button, leaving it closes it. The .ics file is made
 * when the menu opens, as an object URL revoked when no longer needed.
 */
export class CalendarMenu implements ReactiveController {
  open = false;
  private icsUrl?: string;
  private calendar?: CalendarEvent;

  constructor(private readonly host: DigiOneElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.revokeIcs();
  }

  /**
   * The button, and the menu's links while it is open: the links and the .ics file are made
   * when it opens, not at every render of the card. `userAgent` tells an in-app browser that
   * cannot save the .ics: it gets a note instead, the links remain.
   */
  render(calendar: CalendarEvent, userAgent: string = navigator.userAgent): TemplateResult {
    this.calendar = calendar;
    return html`<div class="calendar" @focusout=${this.onFocusOut} @keydown=${this.onKeydown}>
      <button
        type="button"
        class="button secondary"
        part="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="calendar-menu"
        @click=${this.toggle}
      >
        ${this.host.t('calendar.button')} <span class="chevron" aria-hidden="true">▾</span>
      </button>
      <ul id="calendar-menu" class="menu" part="menu" ?hidden=${!this.open}>
        ${this.open ? this.renderItems(calendar, userAgent) : nothing}
      </ul>
    </div>`;
  }

  private renderItems(calendar: CalendarEvent, userAgent: string): TemplateResult {
    const t = this.host.t;
    const blocked = downloadBlocked(userAgent);
    const href = (service: CalendarService) =>
      service === 'ics' ? this.icsUrl : service === 'google' ? googleCalendarUrl(calendar) : outlookCalendarUrl(calendar, service);
    return html`${blocked ? html`<li class="note">${t('calendar.downloadBlocked')}</li>` : nothing}
    ${SERVICES.filter((service) => !(blocked && service === 'ics')).map(
      (service) =>
        html`<li>
          <a
            href=${href(service) ?? '#'}
            data-service=${service}
            download=${service === 'ics' ? icsFileName(calendar) : nothing}
            target=${service === 'ics' ? nothing : '_blank'}
            rel=${service === 'ics' ? nothing : 'noopener'}
            @click=${this.onChoice}
            >${t(`calendar.${service}`)}${service === 'ics' ? nothing : html` <span class="visually-hidden">${t('common:opensInNewWindow')}</span>`}</a
          >
        </li>`,
    )}`;
  }

  private revokeIcs(): void {
    if (this.icsUrl) URL.revokeObjectURL(this.icsUrl);
    this.icsUrl = undefined;
  }

  private get root(): ShadowRoot {
    return this.host.renderRoot as ShadowRoot;
  }

  private items(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('#calendar-menu a')];
  }

  private async setOpen(open: boolean, focus?: 'first' | 'last' | 'button'): Promise<void> {
    if (open && this.calendar) {
      this.revokeIcs();
      this.icsUrl = URL.createObjectURL(new Blob([buildIcs(this.calendar)], { type: 'text/calendar;charset=utf-8' }));
    }
    this.open = open;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (focus === 'button') this.root.querySelector<HTMLElement>('[aria-controls="calendar-menu"]')?.focus();
    else if (focus)
      this.items()
        .at(focus === 'first' ? 0 : -1)
        ?.focus();
  }

  private toggle = (): void => {
    void this.setOpen(!this.open, this.open ? undefined : 'first');
  };

  /** Arrows move within the menu, Home/End jump, Escape closes it and returns to the button. */
  private onKeydown = (event: KeyboardEvent): void => {
    const items = this.items();
    const index = items.indexOf(this.root.activeElement as HTMLElement);
    const onButton = (event.target as HTMLElement).localName === 'button';
    let next: number | undefined;
    switch (event.key) {
      case 'Escape':
        if (!this.open) return;
        event.preventDefault();
        void this.setOpen(false, 'button');
        return;
      case 'ArrowDown':
      case 'ArrowUp':
        if (onButton) {
          event.preventDefault();
          void this.setOpen(true, event.key === 'ArrowDown' ? 'first' : 'last');
          return;
        }
        next = (index + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      default:
        return;
    }
    if (onButton || index < 0) return;
    event.preventDefault();
    items[next]?.focus();
  };

  /** Tabbing (or clicking) out of the button and menu closes the menu. */
  private onFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (this.open && !(to && (event.currentTarget as HTMLElement).contains(to))) void this.setOpen(false);
  };

  private onChoice = (event: Event): void => {
    const service = (event.currentTarget as HTMLElement).dataset.service as CalendarService;
    this.host.emit('digione-calendar-add', { service });
    void this.setOpen(false, 'button');
  };
}
