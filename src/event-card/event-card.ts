import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DigiOneElement } from '../core/element.js';
import { headingLevel, renderHeading } from '../core/heading.js';
import { baseStyles, controlStyles } from '../core/theme.js';
import { safeLinkUrl } from '../core/config.js';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../core/format.js';
import { describedBy, focusErrorSummary, focusField, renderErrorSummary, renderFieldError, type FieldError } from '../core/form.js';
import { SubmissionController } from '../core/submit/controller.js';
import { SUBMISSION_TYPES } from '../core/submit/envelope.js';
import strings from '../locales/event-card.js';
import { eventCardStyles } from './event-card.styles.js';
import { buildIcs, downloadBlocked, googleCalendarUrl, icsFileName, outlookCalendarUrl, type CalendarService } from './calendar.js';
import { viewerTimeZone, zoneDiffers } from './event-time.js';
import { FIELD_ATTRIBUTES, normaliseEvent, type EventFields } from './event-source.js';
import { describeEvent, whenDatetime, whenText, type EventView } from './event-view.js';
import { buildRegistration, REGISTRATION_MESSAGE_MAX, validateRegistration, type RegistrationField } from './registration.js';

const SERVICES: CalendarService[] = ['ics', 'google', 'outlook', 'office365'];

/**
 * @tagname digione-event-card
 * @summary An info-session card: the date and time in the event's zone (and the viewer's, when
 * it differs), place, status, add to calendar, and registration by link or inline form.
 *
 * @attr heading - The event's title.
 * @attr heading-level - Level of the title heading, 2–6 (default 3).
 * @attr start - Start, ISO 8601; without an offset it is wall time in `time-zone`; a date alone (`2026-09-15`) is an all-day event.
 * @attr end - End, ISO 8601 (optional; without it the event is taken to last an hour, or its one day); a date alone is the last day of an all-day event.
 * @attr time-zone - IANA zone of the event (default Europe/Helsinki).
 * @attr location - Name of the place.
 * @attr address - Street address.
 * @attr online-url - Link for joining online (http/https only).
 * @attr registration-url - Link to an external registration page (http/https only).
 * @attr description - Plain-text description; rich content goes in the default slot.
 * @attr organizer - Who organises it.
 * @attr event-id - Stable id: the calendar UID and the registration's `eventId`.
 * @attr src - URL of event JSON: the card's own attribute names as keys, or a Linked Events API event.
 * @attr endpoint - Where an inline registration is POSTed; setting it shows the form.
 * @attr privacy-url - The privacy notice the registration consent links to (required by the form).
 * @attr lang - fi, sv or en (else inherited from the page).
 *
 * @fires digione-calendar-add - An add-to-calendar action was chosen; `detail.service` is `ics`, `google`, `outlook` or `office365`.
 * @fires digione-submit - Before a registration is sent (cancelable; `detail.envelope`).
 * @fires digione-submitted - The endpoint accepted the registration.
 * @fires digione-queued - The registration was kept on the device for a retry.
 * @fires digione-submit-failed - The endpoint rejected the registration.
 *
 * @slot - Rich description (shown after the plain-text `description`).
 *
 * @csspart card - The card's box.
 * @csspart heading - The title.
 * @csspart meta - The list of time, place, online link and organiser.
 * @csspart badge - The status (upcoming, ongoing, ended).
 * @csspart button - The add-to-calendar button and the registration link.
 * @csspart menu - The add-to-calendar menu.
 * @csspart problems - The message about bad input (missing or unreadable time, unknown zone).
 * @csspart form - The registration section.
 * @csspart form-title - The registration section's heading.
 * @csspart submission-status - The live region of the sending, queued and failed messages.
 *
 * @cssprop --digione-color-primary - Buttons, links and the upcoming badge.
 * @cssprop --digione-color-success - The ongoing badge.
 * @cssprop --digione-color-background - The card's background.
 * @cssprop --digione-color-surface - The menu's background and the ended badge.
 * @cssprop --digione-color-border - The card's border.
 * @cssprop --digione-color-text - Text.
 * @cssprop --digione-color-text-muted - The time zone note.
 * @cssprop --digione-radius - Corner radius.
 * @cssprop --digione-space - Spacing unit.
 */
export class DigiOneEventCard extends DigiOneElement {
  static override styles = [baseStyles, controlStyles, eventCardStyles];
  static override namespace = 'event-card';
  static override strings = strings;

  @property() heading?: string;
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;
  @property() start?: string;
  @property() end?: string;
  @property({ attribute: 'time-zone' }) timeZone?: string;
  @property() location?: string;
  @property() address?: string;
  @property({ attribute: 'online-url' }) onlineUrl?: string;
  @property({ attribute: 'registration-url' }) registrationUrl?: string;
  @property() description?: string;
  @property() organizer?: string;
  @property({ attribute: 'event-id' }) eventId?: string;
  @property() src?: string;
  @property() endpoint?: string;
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;

  /** The clock for the status; unset means the real time (re-checked every minute). */
  @property({ attribute: false }) now?: Date;
  /** The viewer's IANA zone; unset means the browser's. */
  @property({ attribute: false }) viewerTimeZone?: string;
  /** The browser's user agent, to tell in-app browsers that cannot save the .ics; unset means `navigator.userAgent`. */
  @property({ attribute: false }) userAgent?: string;

  @state() private fetched?: unknown;
  @state() private loadState: 'idle' | 'loading' | 'loaded' | 'failed' = 'idle';
  @state() private menuOpen = false;
  @state() private errors: FieldError[] = [];

  private readonly submission = new SubmissionController(this);
  private view!: EventView;
  private icsUrl?: string;
  private loadAbort?: AbortController;
  private ticker?: ReturnType<typeof setInterval>;
  /** Warnings already logged (attribute and value), so each bad input warns once. */
  private readonly warned = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.ticker = setInterval(() => {
      if (!this.now) this.requestUpdate();
    }, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
    this.loadAbort?.abort();
    this.revokeIcs();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) void this.load();
    this.view = this.describe();
  }

  private warn(attribute: string, value: string | undefined, why: string): void {
    const key = `${attribute}=${value}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`<digione-event-card>: ${attribute} "${value ?? ''}" ${why}`);
  }

  /** Attributes win over fetched values. */
  private fields(): EventFields {
    const fetched = this.fetched === undefined ? {} : normaliseEvent(this.fetched, this.language);
    const own: EventFields = {};
    for (const field of Object.keys(FIELD_ATTRIBUTES) as Array<keyof EventFields>) {
      const value = this[field];
      if (typeof value === 'string' && value.trim()) own[field] = value.trim();
    }
    return { ...fetched, ...own };
  }

  /** Works the view out (a pure function) and logs each new problem once for the page author. */
  private describe(): EventView {
    const view = describeEvent(this.fields(), {
      now: this.now ?? new Date(),
      base: document.baseURI,
      untitled: this.t('untitled'),
      startMayFollow: this.loadState === 'loading' || this.loadState === 'failed' || (!!this.src && this.loadState === 'idle'),
    });
    for (const warning of view.warnings) this.warn(warning.attribute, warning.value, warning.why);
    return view;
  }

  private async load(): Promise<void> {
    this.loadAbort?.abort();
    this.fetched = undefined;
    const url = safeLinkUrl(this.src, document.baseURI);
    if (!this.src) {
      this.loadState = 'idle';
      return;
    }
    if (!url) {
      this.warn('src', this.src, 'is not an http(s) URL; nothing is loaded.');
      this.loadState = 'failed';
      return;
    }
    const abort = (this.loadAbort = new AbortController());
    // After the first render, so the live region exists empty and then announces "Ladataan…".
    await this.updateComplete;
    if (abort.signal.aborted) return;
    this.loadState = 'loading';
    try {
      const response = await fetch(url, { signal: abort.signal, headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const json: unknown = await response.json();
      if (abort.signal.aborted) return;
      this.fetched = json;
      this.loadState = 'loaded';
    } catch (error) {
      if (abort.signal.aborted) return;
      this.warn('src', this.src, `could not be loaded (${(error as Error).message}).`);
      this.loadState = 'failed';
    }
  }

  // ── Rendering ──────────────────────────────────────────────────────────────

  override render(): TemplateResult {
    const { fields, status, problems } = this.view;
    const t = this.t;
    const ended = status === 'ended';
    return html`<article part="card" class="card" aria-labelledby="title" aria-busy=${this.loadState === 'loading' ? 'true' : 'false'}>
      ${renderHeading(this.level, fields.heading ?? t('untitled'), { id: 'title', class: 'title', part: 'heading' })}
      ${status ? html`<p part="badge" class="badge ${status}">${t(`status.${status}`)}</p>` : nothing}
      <div role="status">
        ${this.loadState === 'loading' ? html`<p>${t('common:loading')}</p>` : nothing}
        ${this.loadState === 'failed' ? html`<p class="notice error">${t('loadFailed')}</p>` : nothing}
      </div>
      ${problems.length
        ? html`<div class="notice error" part="problems">${problems.map((p) => html`<p>${t(`problems.${p.key}`, { value: p.value })}</p>`)}</div>`
        : nothing}
      ${this.renderMeta()}
      ${fields.description ? html`<p class="description">${fields.description}</p>` : nothing}
      <slot></slot>
      ${ended ? html`<p class="notice">${t('ended')}</p>` : html`${this.renderCalendar()} ${this.renderRegistration()}`}
    </article>`;
  }

  /** The title's level: `heading-level` as a whole number 2–6, else 3. */
  private get level(): number {
    return headingLevel(this.headingLevel, 3);
  }

  private renderMeta(): TemplateResult {
    const { fields, start, end, timeZone, onlineUrl, allDay } = this.view;
    const t = this.t;
    const viewer = this.viewerTimeZone ?? viewerTimeZone();
    const viewerZone = isValidTimeZone(viewer) ? viewer : timeZone;
    const row = (label: string, content: unknown) => html`<dt>${label}</dt><dd>${content}</dd>`;
    return html`<dl part="meta">
      ${start
        ? row(
            t('when'),
            html`<time datetime=${whenDatetime(this.view)}>${whenText(this.view, this.language)}</time>
              ${!allDay && zoneDiffers(start, end, timeZone, viewerZone)
                ? html`<span class="zone">${t(timeZone === DEFAULT_TIME_ZONE ? 'zoneFinland' : 'zoneOther', { zone: timeZone })}
                    ${t('viewerTime', { zone: viewerZone, time: whenText(this.view, this.language, viewerZone) })}</span>`
                : nothing}`,
          )
        : nothing}
      ${fields.location || fields.address
        ? row(t('where'), html`${fields.location}${fields.location && fields.address ? html`<br />` : nothing}${fields.address}`)
        : nothing}
      ${onlineUrl ? row(t('online'), html`<a href=${onlineUrl}>${t('onlineLink')}</a>`) : nothing}
      ${fields.organizer ? row(t('organizer'), fields.organizer) : nothing}
    </dl>`;
  }

  // ── Add to calendar ───────────────────────────────────────────────────────

  private renderCalendar(): TemplateResult | typeof nothing {
    const calendar = this.view.calendar;
    if (!calendar) return nothing;
    const t = this.t;
    // an in-app browser that cannot save the file gets a plain note instead; the links remain
    const blocked = downloadBlocked(this.userAgent ?? navigator.userAgent);
    const href = (service: CalendarService) =>
      service === 'ics' ? this.icsUrl : service === 'google' ? googleCalendarUrl(calendar) : outlookCalendarUrl(calendar, service);
    return html`<div class="calendar" @focusout=${this.onCalendarFocusOut} @keydown=${this.onCalendarKeydown}>
      <button type="button" class="button secondary" part="button" aria-expanded=${this.menuOpen ? 'true' : 'false'}
        aria-controls="calendar-menu" @click=${this.toggleMenu}>
        ${t('calendar.button')} <span class="chevron" aria-hidden="true">▾</span>
      </button>
      <ul id="calendar-menu" class="menu" part="menu" ?hidden=${!this.menuOpen}>
        ${blocked ? html`<li class="note">${t('calendar.downloadBlocked')}</li>` : nothing}
        ${SERVICES.filter((service) => !(blocked && service === 'ics')).map(
          (service) => html`<li>
            <a href=${href(service) ?? '#'} data-service=${service}
              download=${service === 'ics' ? icsFileName(calendar) : nothing}
              target=${service === 'ics' ? nothing : '_blank'} rel=${service === 'ics' ? nothing : 'noopener'}
              @click=${this.onCalendarChoice}>${t(`calendar.${service}`)}${service === 'ics'
                ? nothing
                : html` <span class="visually-hidden">${t('common:opensInNewWindow')}</span>`}</a>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private revokeIcs(): void {
    if (this.icsUrl) URL.revokeObjectURL(this.icsUrl);
    this.icsUrl = undefined;
  }

  private menuItems(): HTMLElement[] {
    return [...(this.renderRoot.querySelectorAll<HTMLElement>('#calendar-menu a') ?? [])];
  }

  private async setMenu(open: boolean, focus?: 'first' | 'last' | 'button'): Promise<void> {
    if (open && this.view.calendar) {
      this.revokeIcs();
      this.icsUrl = URL.createObjectURL(new Blob([buildIcs(this.view.calendar)], { type: 'text/calendar;charset=utf-8' }));
    }
    this.menuOpen = open;
    await this.updateComplete;
    if (focus === 'button') this.renderRoot.querySelector<HTMLElement>('[aria-controls="calendar-menu"]')?.focus();
    else if (focus) this.menuItems().at(focus === 'first' ? 0 : -1)?.focus();
  }

  private toggleMenu = (): void => {
    void this.setMenu(!this.menuOpen, this.menuOpen ? undefined : 'first');
  };

  /** Arrows move within the menu, Home/End jump, Escape closes it and returns to the button. */
  private onCalendarKeydown = (event: KeyboardEvent): void => {
    const items = this.menuItems();
    const index = items.indexOf((this.renderRoot as ShadowRoot).activeElement as HTMLElement);
    const onButton = (event.target as HTMLElement).localName === 'button';
    let next: number | undefined;
    switch (event.key) {
      case 'Escape':
        if (!this.menuOpen) return;
        event.preventDefault();
        void this.setMenu(false, 'button');
        return;
      case 'ArrowDown':
        if (onButton) {
          event.preventDefault();
          void this.setMenu(true, 'first');
          return;
        }
        next = (index + 1) % items.length;
        break;
      case 'ArrowUp':
        if (onButton) {
          event.preventDefault();
          void this.setMenu(true, 'last');
          return;
        }
        next = (index - 1 + items.length) % items.length;
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
  private onCalendarFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (this.menuOpen && !(to && (event.currentTarget as HTMLElement).contains(to))) void this.setMenu(false);
  };

  private onCalendarChoice = (event: Event): void => {
    const service = (event.currentTarget as HTMLElement).dataset.service as CalendarService;
    this.emit('digione-calendar-add', { service });
    void this.setMenu(false, 'button');
  };

  // ── Registration ──────────────────────────────────────────────────────────

  private renderRegistration(): TemplateResult | typeof nothing {
    const t = this.t;
    // The form needs the event's start (it is part of what is sent); the card already says what is wrong.
    if (this.endpoint?.trim()) return this.view.calendar ? this.renderForm() : nothing;
    const url = this.view.registrationUrl;
    return url ? html`<p class="actions"><a class="button" part="button" href=${url}>${t('registerLink')}</a></p>` : nothing;
  }

  private renderForm(): TemplateResult {
    const t = this.t;
    const endpoint = this.resolveEndpoint(this.endpoint);
    const privacy = safeLinkUrl(this.privacyUrl, document.baseURI);
    if (this.privacyUrl && !privacy) this.warn('privacy-url', this.privacyUrl, 'is not an http(s) link.');
    const title = renderHeading(this.level + 1, t('form.title'), { id: 'form-title', class: 'form-title', part: 'form-title' });
    const state = this.submission.state;
    const done = state === 'sent' || state === 'queued' || state === 'host';
    let body: TemplateResult;
    if (!endpoint.ok) {
      body = html`<p class="notice error">${t('common:endpointRefused', { value: this.endpoint })}</p>`;
    } else if (!privacy) {
      body = html`<p class="notice error">${t('common:privacyMissing')}</p>`;
    } else {
      body = html`${done ? nothing : this.renderFields(privacy)}
        <div role="status">${state === 'sent' || state === 'host' ? html`<p class="notice success" tabindex="-1" id="sent">${t('form.sent')}</p>` : nothing}</div>
        ${this.submission.renderStatus()}`;
    }
    return html`<section class="registration" part="form" aria-labelledby="form-title">${title} ${body}</section>`;
  }

  private renderFields(privacy: string): TemplateResult {
    const t = this.t;
    const error = (field: RegistrationField) => this.errors.find((e) => e.field === `reg-${field}`)?.message;
    const input = (field: RegistrationField, type: string, autocomplete: string) => html`<div class="field">
      <label for="reg-${field}">${t(`form.${field}`)}</label>
      ${renderFieldError(`reg-${field}`, error(field), t)}
      <input id="reg-${field}" name=${field} type=${type} autocomplete=${autocomplete}
        aria-invalid=${error(field) ? 'true' : 'false'} aria-describedby=${describedBy(!!error(field) && `reg-${field}-error`)} />
    </div>`;
    return html`<form novalidate @submit=${this.onSubmit}>
      ${renderErrorSummary(this.errors, t, (field, event) => focusField(this.shadowRoot, field, event))}
      ${input('name', 'text', 'name')} ${input('email', 'email', 'work email')} ${input('organisation', 'text', 'organization')}
      <div class="field">
        <label for="reg-message">${t('form.message')} <span class="optional">${t('common:optional')}</span></label>
        ${renderFieldError('reg-message', error('message'), t)}
        <textarea id="reg-message" name="message" maxlength=${REGISTRATION_MESSAGE_MAX + 1}
          aria-invalid=${error('message') ? 'true' : 'false'} aria-describedby=${describedBy(!!error('message') && 'reg-message-error')}></textarea>
      </div>
      <div class="field">
        ${renderFieldError('reg-consent', error('consent'), t)}
        <div class="choice">
          <input id="reg-consent" name="consent" type="checkbox" aria-invalid=${error('consent') ? 'true' : 'false'}
            aria-describedby=${describedBy(!!error('consent') && 'reg-consent-error')} />
          <label for="reg-consent">${t('form.consent')}</label>
        </div>
        <a href=${privacy} target="_blank" rel="noopener">${t('form.privacy')} <span class="visually-hidden">${t('common:opensInNewWindow')}</span></a>
      </div>
      <button class="button" part="button" type="submit" aria-disabled=${this.submission.busy ? 'true' : 'false'}>${t('form.submit')}</button>
    </form>`;
  }

  private onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.submission.busy) return;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '');
    const values = {
      name: text('name'),
      email: text('email'),
      organisation: text('organisation'),
      message: text('message'),
      consent: data.get('consent') !== null,
    };
    this.errors = validateRegistration(values).map(({ field, key }) => ({ field: `reg-${field}`, message: this.t(`errors.${field}.${key}`) }));
    if (this.errors.length) {
      await this.updateComplete;
      await focusErrorSummary(this.shadowRoot);
      return;
    }
    const endpoint = this.resolveEndpoint(this.endpoint);
    const calendar = this.view.calendar;
    if (!endpoint.ok || !calendar) return;
    const registration = buildRegistration(values, calendar);
    const result = await this.submission.send({ type: SUBMISSION_TYPES.registration, data: registration, endpoint: endpoint.url });
    if (result === 'sent' || result === 'host') {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#sent')?.focus();
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'digione-event-card': DigiOneEventCard;
  }
}
