import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { DigiOneElement } from '../element.js';
import { shared } from '../global.js';
import type { SubmissionEnvelope } from '../events.js';
import { backoffDelay } from './backoff.js';
import { buildEnvelope, type SubmissionType } from './envelope.js';
import { attempt, enqueue, flush, outboxEvents, submitOptions, watchOutbox, type OutboxEntry, type Settled } from './outbox.js';
import type { FieldError } from './transport.js';

export type { FieldError };

/**
 * Where a submission stands, as the widget shows it:
 * - idle: nothing sent yet;  sending: a try is under way (the button is busy);
 * - sent: the endpoint answered 2xx;  queued: kept on this device, retried automatically;
 * - failed: rejected by the endpoint (4xx) or expired; not retried;  host: the page took it over.
 */
export type SubmissionState = 'idle' | 'sending' | 'sent' | 'queued' | 'failed' | 'host';

export interface SendRequest<T> {
  type: SubmissionType;
  data: T;
  /** The already checked endpoint URL (from `DigiOneElement.resolveEndpoint`). */
  endpoint: string;
}

const errorsOf = (outcome: Settled): FieldError[] => (outcome.kind === 'rejected' ? (outcome.errors ?? []) : []);

/**
 * `digione-submit-failed`'s detail: `message` is the server's (or the kind: 'expired', 'rejected');
 * `errors` the field errors of a 400/422 problem details answer (empty when none).
 */
function failedDetail(id: string, outcome: Settled): { id: string; status: number; message: string; errors: FieldError[] } {
  const message = (outcome.kind === 'rejected' ? outcome.message : undefined) ?? outcome.kind;
  return { id, status: outcome.status, message, errors: errorsOf(outcome) };
}

/** Every connected controller on the page (shared by all copies of the bundle). */
const controllers = shared('submit-controllers', () => new Set<SubmissionController>());

/**
 * The one way a widget sends: builds the envelope, fires `digione-submit` (cancelable), writes
 * it to the outbox, tries it, and fires `digione-submitted`, `digione-queued` (once, when the
 * first try failed in a way a later one may fix) or `digione-submit-failed`.
 *
 * `send()` resolves at the first answer: 'sent', 'failed', 'queued' or 'host'. A queued
 * submission keeps being retried with backoff (at most `retry.tries` tries while the page is
 * open, then on the next trigger of the outbox); `state` moves on to 'sent' or 'failed' and the
 * host re-renders. While a submission is sending, queued or sent, `send()` starts no new one
 * (double clicks, Enter twice): call `reset()` to let the person send another. After 'failed'
 * (the person corrects the input) `send()` starts a new submission with a new id.
 */
export class SubmissionController implements ReactiveController {
  state: SubmissionState = 'idle';
  /** The id of the last submission (its first 8 characters are the person's reference). */
  id?: string;
  /** The server's message of a rejection, when it sent one. */
  message?: string;
  /**
   * The fields a rejection (400 or 422 problem details) named, e.g.
   * `[{ pointer: '/data/email', detail: '…' }]`; empty otherwise. A widget maps the pointers
   * onto its fields and shows each `detail` there.
   */
  fieldErrors: FieldError[] = [];
  status?: number;
  /** Set when an entry from an earlier page load was delivered or expired; shown by renderStatus(). */
  notice?: 'delivered' | 'expired' | 'rejected';
  private pending?: Promise<SubmissionState>;
  private resolvePending?: (state: SubmissionState) => void;
  private entry?: OutboxEntry;
  /** The id whose retry loop runs (one loop per submission). */
  private delivering?: string;
  private wasQueued = false;
  private expired = false;
  private wake?: () => void;

  constructor(readonly host: DigiOneElement) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    outboxEvents.addEventListener('settled', this.onSettled);
    watchOutbox();
    void flush();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    outboxEvents.removeEventListener('settled', this.onSettled);
  }

  get busy(): boolean {
    return this.state === 'sending';
  }

  send<T>(request: SendRequest<T>): Promise<SubmissionState> {
    if (this.pending) return this.pending;
    // A submission that is waiting or delivered is not sent again: call reset() to start a new one.
    if (this.state === 'queued' || this.state === 'sent') return Promise.resolve(this.state);
    const envelope = buildEnvelope({
      type: request.type,
      widget: this.host.localName,
      locale: this.host.language,
      data: request.data,
      pageUrl: location.href,
    });
    this.id = envelope.id;
    this.message = this.status = this.notice = undefined;
    this.fieldErrors = [];
    this.wasQueued = this.expired = false;
    // The widget pairs `type` and `data` (SubmissionDataMap); SendRequest<T> does not say so.
    if (!this.host.emit('digione-submit', { envelope: envelope as SubmissionEnvelope }, { cancelable: true })) {
      this.setState('host');
      return Promise.resolve(this.state);
    }
    this.entry = {
      id: envelope.id,
      endpoint: request.endpoint,
      body: JSON.stringify(envelope),
      widget: envelope.widget,
      expires: Date.now() + submitOptions.maxAge,
    };
    this.setState('sending');
    this.pending = new Promise<SubmissionState>((resolve) => (this.resolvePending = resolve)).finally(() => {
      this.pending = undefined;
    });
    void this.deliver(this.entry);
    return this.pending;
  }

  /** "Yritä nyt": tries a queued submission at once. */
  retryNow(): void {
    if (this.state !== 'queued' || !this.entry) return;
    this.setState('sending');
    if (this.wake) this.wake();
    else void this.deliver(this.entry);
  }

  /** Back to idle, e.g. after the person starts a new submission. A queued one stays in the outbox. */
  reset(): void {
    this.wake?.();
    this.resolvePending?.('idle');
    this.state = 'idle';
    this.id = this.message = this.status = this.notice = this.entry = undefined;
    this.fieldErrors = [];
    this.host.requestUpdate();
  }

  private setState(state: SubmissionState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private async deliver(entry: OutboxEntry): Promise<void> {
    if (this.delivering === entry.id) return;
    this.delivering = entry.id;
    try {
      // Written before the first try: if the page closes now, the next page load sends it.
      await enqueue(entry).catch(() => undefined);
      const { retry, random } = submitOptions;
      for (let tries = 1; this.id === entry.id; tries++) {
        const outcome = await attempt(entry.id);
        if (this.id !== entry.id) return;
        if (outcome && outcome.kind !== 'retry') return this.settle(entry.id, outcome);
        this.queue(outcome?.reason ?? 'busy');
        const delay = outcome?.retryAfter ?? backoffDelay(tries - 1, retry, random);
        // Out of tries, told to wait longer than we would, or held (a redirect: retrying now cannot help):
        // the outbox's next trigger (online, a widget loading, "Yritä nyt") carries on.
        if (outcome?.hold || tries >= retry.tries || delay > retry.cap) return;
        let wake!: () => void;
        await new Promise<void>((resume) => {
          const timer = setTimeout(resume, delay);
          this.wake = wake = () => {
            clearTimeout(timer);
            resume();
          };
        });
        if (this.wake === wake) this.wake = undefined;
      }
    } finally {
      if (this.delivering === entry.id) this.delivering = undefined;
    }
  }

  private queue(reason: string): void {
    this.setState('queued');
    this.resolvePending?.(this.state);
    if (this.wasQueued) return;
    this.wasQueued = true;
    this.host.emit('digione-queued', { id: this.id!, reason });
  }

  /** The end of a submission, told by this controller's own try or by the outbox (another trigger sent it). */
  private settle(id: string, outcome: Settled): void {
    if (id !== this.id || this.state === 'sent' || this.state === 'failed') return;
    this.status = outcome.status;
    if (outcome.kind === 'ok') {
      this.setState('sent');
      this.host.emit('digione-submitted', { id, status: outcome.status });
    } else {
      this.message = outcome.kind === 'rejected' ? outcome.message : undefined;
      this.fieldErrors = errorsOf(outcome);
      this.expired = outcome.kind === 'expired';
      this.setState('failed');
      this.host.emit('digione-submit-failed', failedDetail(id, outcome));
    }
    this.resolvePending?.(this.state);
  }

  private readonly onSettled = (event: Event): void => {
    const { id, widget, outcome } = (event as CustomEvent<{ id: string; widget: string; outcome: Settled }>).detail;
    const all = [...controllers];
    const owner = all.find((c) => c.id === id);
    if (owner) return owner === this ? this.settle(id, outcome) : undefined;
    // From an earlier page load: the first widget of the same kind on this page tells it.
    if (all.find((c) => c.host.localName === widget) !== this) return;
    this.notice = outcome.kind === 'ok' ? 'delivered' : outcome.kind === 'retry' ? undefined : outcome.kind;
    this.host.requestUpdate();
    if (outcome.kind === 'ok') this.host.emit('digione-submitted', { id, status: outcome.status });
    else this.host.emit('digione-submit-failed', failedDetail(id, outcome));
  };

  /**
   * The status every widget shows under its send button: a polite live region with the
   * sending / queued / failed message, and "Yritä nyt" while a submission waits on the device.
   */
  renderStatus(): TemplateResult {
    const t = this.host.t;
    const waiting = this.state === 'queued' || (this.state === 'sending' && this.wasQueued);
    return html`<div role="status" aria-live="polite" part="submission-status">${this.statusText()}</div>
      ${
        waiting
          ? html`<button
              class="button secondary"
              type="button"
              part="retry-button"
              aria-disabled=${this.busy ? 'true' : 'false'}
              @click=${() => this.retryNow()}
            >
              ${t('common:submission.retryNow')}
            </button>`
          : nothing
      }`;
  }

  private statusText(): TemplateResult | typeof nothing {
    const t = this.host.t;
    const days = Math.round(submitOptions.maxAge / 864e5);
    switch (this.state) {
      case 'sending':
        return html`<p>${t('common:submission.sending')}</p>`;
      case 'queued':
        return html`<div class="notice"><p>${t('common:submission.queued')}</p></div>`;
      case 'failed':
        return html`<div class="notice error">
          <p>${t(this.expired ? 'common:submission.expired' : 'common:submission.failed', { days })}</p>
          ${this.message ? html`<p part="server-message">${this.message}</p>` : nothing}
        </div>`;
      default:
        return this.notice
          ? html`<div class="notice ${this.notice === 'delivered' ? 'success' : 'error'}">
              <p>${t(`common:submission.earlier.${this.notice}`, { days })}</p>
            </div>`
          : nothing;
    }
  }
}
