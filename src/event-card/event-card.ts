import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { DigiOneElement } from '../core/element.js';
import { headingLevel, renderHeading } from '../core/heading.js';
import { baseStyles, controlStyles } from '../core/theme.js';
import { DEFAULT_TIME_ZONE, isValidTimeZone, viewerTimeZone } from '../core/format.js';
import { FormState, focusErrorSummary } from '../core/form.js';
import { isLoading, renderLoadStatus, srcTask } from '../core/load.js';
import { SubmissionController } from '../core/submit/controller.js';
import { SUBMISSION_TYPES } from '../core/submit/envelope.js';
import { MESSAGE_MAX } from '../core/validators.js';
import strings from '../locales/event-card.js';
import { eventCardStyles } from './event-card.styles.js';
import { CalendarMenu } from './calendar-menu.js';
import { zoneDiffers } from './event-time.js';
import { FIELD_ATTRIBUTES, normaliseEvent, type EventFields } from './event-source.js';
import { describeEvent, whenDatetime, whenText, type EventView } from './event-view.js';
import { renderRegistrationForm } from './registration-form.js';
import {
  buildRegistration,
  emptyRegistration,
  REGISTRATION_FIELDS,
  REGISTRATION_RULES,
  type RegistrationField,
  type RegistrationValues,
} from './registration.js';

/** The registration needs an endpoint and a privacy notice; without them the page author is told. */
const SEND_POLICY = { withoutEndpoint: 'problem', privacy: 'required' } as const;

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

  /** The event's title. */
  @property() heading?: string;
  /** Level of the title heading, 2–6 (default 3). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;
  /** Start, ISO 8601; without an offset, wall time in `time-zone`. */
  @property() start?: string;
  /** End, ISO 8601 (without it the event lasts an hour). */
  @property() end?: string;
  /** IANA zone of the event (default Europe/Helsinki). */
  @property({ attribute: 'time-zone' }) timeZone?: string;
  /** Name of the place. */
  @property() location?: string;
  /** Street address. */
  @property() address?: string;
  /** Link for joining online (http/https only). */
  @property({ attribute: 'online-url' }) onlineUrl?: string;
  /** Link to an external registration page (http/https only). */
  @property({ attribute: 'registration-url' }) registrationUrl?: string;
  /** Plain-text description. */
  @property() description?: string;
  /** Who organises it. */
  @property() organizer?: string;
  /** Stable id: the calendar UID and the registration's `eventId`. */
  @property({ attribute: 'event-id' }) eventId?: string;
  /** URL of event JSON (the card's own shape or a Linked Events event). */
  @property() src?: string;
  /** Where an inline registration is POSTed; setting it shows the form. */
  @property() endpoint?: string;
  /** The privacy notice the registration consent links to. */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;

  /** The clock for the status; unset means the real time (re-checked every minute). */
  @property({ attribute: false }) now?: Date;
  /** The viewer's IANA zone; unset means the browser's. */
  @property({ attribute: false }) viewerTimeZone?: string;
  /** The browser's user agent, to tell in-app browsers that cannot save the .ics; unset means `navigator.userAgent`. */
  @property({ attribute: false }) userAgent?: string;

  private view!: EventView;
  private ticker?: ReturnType<typeof setInterval>;
  /** Warnings already logged (attribute and value), so each bad input warns once. */
  private readonly warned = new Set<string>();

  /** The event JSON of `src`. */
  private readonly loader = srcTask(this, {
    src: () => this.src,
    parse: (json) => json,
    onError: (src, error) => this.warn('src', src, error.message),
  });
  private readonly form = new FormState<RegistrationValues, RegistrationField>(this, {
    initial: emptyRegistration(),
    rules: REGISTRATION_RULES,
    fields: REGISTRATION_FIELDS,
    id: (field) => `reg-${field}`,
    messageValues: { max: MESSAGE_MAX },
  });
  private readonly submission = new SubmissionController(this);
  private readonly menu = new CalendarMenu(this);

  /** The title's level: `heading-level` as a whole number 2–6, else 3. */
  private get level(): number {
    return headingLevel(this.headingLevel, 3);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ticker = setInterval(() => {
      if (!this.now) this.requestUpdate();
    }, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
    this.loader.abort();
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
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
    const fetched = this.loader.status === TaskStatus.COMPLETE ? normaliseEvent(this.loader.value, this.language) : {};
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
      startMayFollow: !!this.src?.trim() && this.loader.status !== TaskStatus.COMPLETE,
    });
    for (const warning of view.warnings) this.warn(warning.attribute, warning.value, warning.why);
    return view;
  }

  private onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.submission.busy) return;
    if (!this.form.validate()) return focusErrorSummary(this);
    const setup = this.sendSetup(this.endpoint, this.privacyUrl, SEND_POLICY);
    const calendar = this.view.calendar;
    if (setup.kind !== 'ready' || !calendar) return;
    const registration = buildRegistration(this.form.values, calendar);
    const result = await this.submission.send({ type: SUBMISSION_TYPES.registration, data: registration, endpoint: setup.endpoint });
    if (result === 'sent' || result === 'host') {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#sent')?.focus();
    } else if (result === 'failed' && this.form.receiverErrors(this.submission.fieldErrors)) {
      await focusErrorSummary(this);
    }
  };

  private onInput = (event: Event): void => {
    this.form.input(event);
  };

  override render(): TemplateResult {
    const { fields, status, problems } = this.view;
    const t = this.t;
    const ended = status === 'ended';
    return html`<article part="card" class="card" aria-labelledby="title" aria-busy=${isLoading(this.loader) ? 'true' : 'false'}>
      ${renderHeading(this.level, fields.heading ?? t('untitled'), { id: 'title', class: 'title', part: 'heading' })}
      ${status ? html`<p part="badge" class="badge ${status}">${t(`status.${status}`)}</p>` : nothing} ${renderLoadStatus(this.loader, t, () => 'loadFailed')}
      ${
        problems.length
          ? html`<div class="notice error" part="problems">${problems.map((p) => html`<p>${t(`problems.${p.key}`, { value: p.value })}</p>`)}</div>`
          : nothing
      }
      ${this.renderMeta()} ${fields.description ? html`<p class="description">${fields.description}</p>` : nothing}
      <slot></slot>
      ${ended ? html`<p class="notice">${t('ended')}</p>` : html`${this.view.calendar ? this.menu.render(this.view.calendar, this.userAgent ?? navigator.userAgent) : nothing} ${this.renderRegistration()}`}
    </article>`;
  }

  private renderMeta(): TemplateResult {
    const { fields, start, end, timeZone, onlineUrl, allDay } = this.view;
    const t = this.t;
    const viewer = this.viewerTimeZone ?? viewerTimeZone();
    const viewerZone = isValidTimeZone(viewer) ? viewer : timeZone;
    const row = (label: string, content: unknown) =>
      html`<dt>${label}</dt>
        <dd>${content}</dd>`;
    return html`<dl part="meta">
      ${
        start
          ? row(
              t('when'),
              html`<time datetime=${whenDatetime(this.view)}>${whenText(this.view, this.language)}</time> ${
                  !allDay && zoneDiffers(start, end, timeZone, viewerZone)
                    ? html`<span class="zone"
                        >${t(timeZone === DEFAULT_TIME_ZONE ? 'zoneFinland' : 'zoneOther', { zone: timeZone })}
                        ${t('viewerTime', { zone: viewerZone, time: whenText(this.view, this.language, viewerZone) })}</span
                      >`
                    : nothing
                }`,
            )
          : nothing
      }
      ${
        fields.location || fields.address
          ? row(t('where'), html`${fields.location}${fields.location && fields.address ? html`<br />` : nothing}${fields.address}`)
          : nothing
      }
      ${onlineUrl ? row(t('online'), html`<a href=${onlineUrl}>${t('onlineLink')}</a>`) : nothing}
      ${fields.organizer ? row(t('organizer'), fields.organizer) : nothing}
    </dl>`;
  }

  private renderRegistration(): TemplateResult | typeof nothing {
    // The form needs the event's start (it is part of what is sent); the card already says what is wrong.
    if (this.endpoint?.trim()) {
      if (!this.view.calendar) return nothing;
      return renderRegistrationForm({
        t: this.t,
        level: this.level,
        setup: this.sendSetup(this.endpoint, this.privacyUrl, SEND_POLICY),
        form: this.form,
        submission: this.submission,
        root: this.shadowRoot,
        onSubmit: this.onSubmit,
        onInput: this.onInput,
      });
    }
    const url = this.view.registrationUrl;
    return url ? html`<p class="actions"><a class="button" part="button" href=${url}>${this.t('registerLink')}</a></p>` : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'digione-event-card': DigiOneEventCard;
  }
}
