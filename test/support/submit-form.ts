/**
 * Browser-side support of the submission tests (test/component/submit*.test.ts): a minimal form
 * on the base class that sends through the SubmissionController as the widgets do, the data of
 * each submission type, and the person's ways to act on it.
 */
import { fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { html as litHtml, type TemplateResult } from 'lit';
import { DigiOneElement } from '../../src/core/element.js';
import { defineElement } from '../../src/core/define.js';
import { baseStyles, controlStyles } from '../../src/core/theme.js';
import { VERSION } from '../../src/core/version.js';
import { SubmissionController } from '../../src/core/submit/controller.js';
import type { SubmitOptions } from '../../src/core/submit/outbox.js';
import { SUBMISSION_TYPES, type SubmissionType } from '../../src/core/submit/envelope.js';
import type { EventRegistrationData, JoinRequestData, ReadinessData } from '../../src/core/submit/types.js';

export const registration: EventRegistrationData = {
  eventId: 'digione-tietoisku-2026-09-15',
  eventTitle: 'DigiOne-tietoisku kunnille',
  eventStart: '2026-09-15T09:00:00+03:00',
  name: 'Maija Meikäläinen',
  email: 'maija.meikalainen@example.fi',
  organisation: 'Esimerkkilän kaupunki',
  consent: true,
};
export const joinRequest: JoinRequestData = {
  organisationType: 'municipality',
  municipality: { code: '091', name: 'Helsinki' },
  contactName: 'Matti Virtanen',
  title: 'Opetustoimen johtaja',
  email: 'matti.virtanen@example.fi',
  interests: [],
  timeframe: 'this-year',
  consent: true,
  elapsedMs: 61234,
};
export const readiness: ReadinessData = {
  questionnaire: { id: 'digione-readiness', version: '1.0.0' },
  answers: { q1: 'yes', q2: null, q3: 2 },
  scores: { overall: 55, level: 'on-the-way', areas: [{ id: 'data', score: 55, answered: 2, total: 3 }] },
};

/** A minimal form on the base class, sending through the controller as the widgets do. */
export class TestSubmitForm extends DigiOneElement {
  static override styles = [baseStyles, controlStyles];
  readonly submission = new SubmissionController(this);
  endpoint = '';
  type: SubmissionType = SUBMISSION_TYPES.registration;
  data: object = registration;
  override render(): TemplateResult {
    return litHtml`<form novalidate @submit=${this.onSubmit}>
      <label for="email">Sähköposti</label>
      <input id="email" name="email" type="email" .value=${registration.email}>
      <button class="button" type="submit" aria-disabled=${this.submission.busy ? 'true' : 'false'}>Lähetä</button>
      ${this.submission.renderStatus()}
    </form>`;
  }
  private onSubmit = (event: Event): void => {
    event.preventDefault();
    const email = this.shadowRoot!.querySelector('input')!.value;
    const data = this.type === SUBMISSION_TYPES.registration ? { ...registration, email } : this.data;
    void this.submission.send({ type: this.type, data, endpoint: this.endpoint });
  };
}
defineElement('test-submit-form', TestSubmitForm, VERSION);

export const fast: Partial<SubmitOptions> = { retry: { base: 20, cap: 200, tries: 5 }, random: () => 0.5 };
/** Retries so slow that only "Yritä nyt", `online` or a new page moves a queued submission. */
export const slow: Partial<SubmitOptions> = { retry: { base: 60_000, cap: 60_000, tries: 5 }, random: () => 0.5 };

/** A test form on the page, sending to `endpoint`. */
export const mountForm = async (endpoint: string, options: { type?: SubmissionType; data?: object; lang?: string } = {}) => {
  const el = await fixture<TestSubmitForm>(html`<test-submit-form lang=${options.lang ?? 'fi'}></test-submit-form>`);
  el.endpoint = endpoint;
  if (options.type) el.type = options.type;
  if (options.data) el.data = options.data;
  return el;
};
export const button = (el: TestSubmitForm) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!;
export const retryButton = (el: TestSubmitForm) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]');
export const statusText = (el: TestSubmitForm) => el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!.innerText.replace(/\s+/g, ' ').trim();
export const settled = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A real mouse click in the middle of an element in the shadow tree. */
export async function click(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** Empties the outbox's IndexedDB store (as a person clearing site data would), so a test starts with nothing waiting. */
export function clearOutbox(): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('digione-outbox', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('outbox');
    open.onerror = () => reject(open.error ?? new Error('the outbox store did not open'));
    open.onsuccess = () => {
      const tx = open.result.transaction('outbox', 'readwrite');
      tx.objectStore('outbox').put({}, 'entries');
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error ?? new Error('the outbox store was not cleared'));
    };
  });
}
