import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { DigiOneElement } from '../element.js';
import { buildEnvelope, type Envelope, type SubmissionType } from './envelope.js';

/**
 * Where a submission stands, as the widget shows it:
 * - idle: nothing sent yet;  sending: the first try is under way (the button is busy);
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

/**
 * The one way a widget sends: builds the envelope, fires `digione-submit` (cancelable), then
 * hands it to the outbox and transport, and fires `digione-submitted`, `digione-queued` or
 * `digione-submit-failed`. While one submission is under way a second `send` returns the first
 * one's promise, so double clicks make one request.
 */
export class SubmissionController implements ReactiveController {
  state: SubmissionState = 'idle';
  /** The id of the last submission (its first 8 characters are the person's reference). */
  id?: string;
  /** The server's message of a rejection, when it sent one. */
  message?: string;
  status?: number;
  private pending?: Promise<SubmissionState>;

  constructor(private readonly host: DigiOneElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  get busy(): boolean {
    return this.state === 'sending';
  }

  send<T>(request: SendRequest<T>): Promise<SubmissionState> {
    if (this.pending) return this.pending;
    const envelope = buildEnvelope({
      type: request.type,
      widget: this.host.localName,
      locale: this.host.language,
      data: request.data,
      pageUrl: location.href,
    });
    this.pending = this.deliver(envelope, request.endpoint).finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** Back to idle, e.g. after the person starts a new submission. */
  reset(): void {
    this.state = 'idle';
    this.id = this.message = this.status = undefined;
    this.host.requestUpdate();
  }

  private setState(state: SubmissionState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private async deliver(envelope: Envelope<unknown>, endpoint: string): Promise<SubmissionState> {
    this.id = envelope.id;
    if (!this.host.emit('digione-submit', { envelope }, { cancelable: true })) {
      this.setState('host');
      return this.state;
    }
    this.setState('sending');
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `"${envelope.id}"` },
        body: JSON.stringify(envelope),
        credentials: 'omit',
      });
      this.status = response.status;
      if (response.ok) {
        this.setState('sent');
        this.host.emit('digione-submitted', { id: envelope.id, status: response.status });
      } else {
        this.message = await response.text().catch(() => undefined);
        this.setState('failed');
        this.host.emit('digione-submit-failed', { id: envelope.id, status: response.status, message: this.message });
      }
    } catch {
      this.setState('queued');
      this.host.emit('digione-queued', { id: envelope.id, reason: 'network' });
    }
    return this.state;
  }

  /** The status line every widget shows under its send button (a polite live region). */
  renderStatus(): TemplateResult | typeof nothing {
    return html`<div role="status" aria-live="polite" part="submission-status">${this.statusText()}</div>`;
  }

  private statusText(): TemplateResult | typeof nothing {
    const t = this.host.t;
    switch (this.state) {
      case 'sending':
        return html`<p>${t('common:submission.sending')}</p>`;
      case 'queued':
        return html`<div class="notice"><p>${t('common:submission.queued')}</p></div>`;
      case 'failed':
        return html`<div class="notice error"><p>${t('common:submission.failed')}</p>${this.message ? html`<p>${this.message}</p>` : nothing}</div>`;
      default:
        return nothing;
    }
  }
}
