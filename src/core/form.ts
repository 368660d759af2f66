import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import { renderHeading } from './heading.js';
import type { SendSetup } from './config.js';
import type { FieldError, SubmissionController } from './submit/controller.js';
import { checkField, validate, type FieldMessage, type Rules } from './validators.js';

export type { FieldMessage } from './validators.js';

/**
 * The one form-state model of every widget form: the values as typed (controlled inputs), the
 * fields the person has touched, and the errors as message keys (never translated text, so they
 * follow a language change). Rules are the `core/validators` table of the form.
 */
export interface FormOptions<V, F extends keyof V & string> {
  initial: V;
  rules: Rules<V>;
  /** The fields in the order they appear: the error summary's order. */
  fields: readonly F[];
  /** The id of the element a field's error links to (default `<field>`). */
  id?: (field: F) => string;
  /** The string key of an error (default `errors.<field>.<key>`). */
  messageKey?: (error: FieldMessage<F>) => string;
  /** Values every message of the form may use, e.g. `{ max: MESSAGE_MAX }`. */
  messageValues?: Record<string, unknown>;
  /**
   * Where the fields are in the posted data, for the receiver's field errors: JSON Pointers under
   * `/data` to fields, e.g. `{ '/contact/email': 'email' }`. Each field is also found at `/<field>`.
   */
  pointers?: Readonly<Record<string, F>>;
}

/**
 * The form field a receiver's JSON Pointer names (`/data/email`, `/data/interests/2`), by the
 * longest mapped prefix under `/data`; undefined when it names no field of the form.
 */
export function fieldOfPointer<F extends string>(pointer: string, fields: readonly F[], pointers: Readonly<Record<string, F>> = {}): F | undefined {
  if (!pointer.startsWith('/data/')) return undefined;
  const segments = pointer
    .slice('/data'.length)
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (let n = segments.length; n > 0; n--) {
    const path = `/${segments.slice(0, n).join('/')}`;
    const mapped = pointers[path] ?? fields.find((f) => `/${f}` === path);
    if (mapped) return mapped;
  }
  return undefined;
}

export class FormState<V extends object, F extends keyof V & string> implements ReactiveController {
  values: V;
  /** Errors shown now, by field. */
  errors: Partial<Record<F, FieldMessage<F>>> = {};
  /** True after a submit found errors: the error summary is shown. */
  submitted = false;
  private readonly touched = new Set<F>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: FormOptions<V, F>,
  ) {
    this.values = options.initial;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The id of the control a field's error links to. */
  id(field: F): string {
    return this.options.id?.(field) ?? field;
  }

  set(patch: Partial<V>): void {
    this.values = { ...this.values, ...patch };
    this.host.requestUpdate();
  }

  touch(field: F): void {
    this.touched.add(field);
  }

  /** Re-checks one field that the person has touched (on blur, or on change of a choice). */
  check(field: F): void {
    if (!this.touched.has(field)) return;
    const key = checkField(this.values, this.options.rules, field);
    const errors = { ...this.errors };
    if (key) errors[field] = { field, key };
    else delete errors[field];
    this.errors = errors;
    this.host.requestUpdate();
  }

  /** Checks every field (a submit); true when all pass. Failing shows the error summary. */
  validate(): boolean {
    for (const field of this.options.fields) this.touched.add(field);
    const errors = validate(this.values, this.options.rules, this.options.fields);
    this.errors = Object.fromEntries(errors.map((e) => [e.field, e])) as Partial<Record<F, FieldMessage<F>>>;
    this.submitted = errors.length > 0;
    this.host.requestUpdate();
    return !errors.length;
  }

  /**
   * The receiver's field errors (RFC 9457 `errors: [{ pointer, detail }]`) on the fields they
   * name: the widget's own message when one of the field's rules fails, else the receiver's
   * detail as it is. Errors that name no field of the form are left to the submission status.
   * Returns how many fields got one; they show inline and in the error summary.
   */
  receiverErrors(errors: readonly FieldError[]): number {
    const next: Partial<Record<F, FieldMessage<F>>> = {};
    for (const { pointer, detail } of errors) {
      const field = fieldOfPointer(pointer, this.options.fields, this.options.pointers);
      if (!field || next[field]) continue;
      const key = checkField(this.values, this.options.rules, field);
      next[field] = key ? { field, key } : { field, key: 'receiver', detail };
      this.touched.add(field);
    }
    const count = Object.keys(next).length;
    if (count) {
      this.errors = { ...this.errors, ...next };
      this.submitted = true;
      this.host.requestUpdate();
    }
    return count;
  }

  /** Back to the start: new values, nothing touched, no errors. */
  reset(values: V = this.options.initial): void {
    this.values = values;
    this.errors = {};
    this.submitted = false;
    this.touched.clear();
    this.host.requestUpdate();
  }

  /**
   * The value an input event carries, set on the field of the input's `name`: a checkbox of an
   * array field adds or removes its value, another checkbox sets a boolean, the rest their text.
   * Returns the field, or undefined when the input is not one of the form's values.
   */
  input(event: Event): (keyof V & string) | undefined {
    const input = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const field = input.name as keyof V & string;
    if (!(field in this.values)) return undefined;
    const current = this.values[field];
    const checkbox = input instanceof HTMLInputElement && input.type === 'checkbox';
    let next: unknown = input.value;
    if (checkbox && Array.isArray(current)) {
      const others = (current as unknown[]).filter((v) => v !== input.value);
      next = input.checked ? [...others, input.value] : others;
    } else if (checkbox) {
      next = input.checked;
    }
    this.touch(field as F);
    this.set({ [field]: next } as Partial<V>);
    return field;
  }

  /** A field's error in the language of `t`, or undefined. */
  message(field: F, t: TFunction): string | undefined {
    const error = this.errors[field];
    if (error?.detail !== undefined) return error.detail;
    return error && t(this.options.messageKey?.(error) ?? `errors.${error.field}.${error.key}`, { ...this.options.messageValues, ...error.values });
  }

  /** The error summary's items (after a failed submit), in field order. */
  summary(t: TFunction): SummaryItem[] {
    if (!this.submitted) return [];
    return this.options.fields.flatMap((field) => {
      const message = this.message(field, t);
      return message ? [{ id: this.id(field), message }] : [];
    });
  }
}

/** What a widget's send-form template gets from its element: the setup, the form, the sending and the handlers. */
export interface SendFormContext<V extends object, F extends keyof V & string> {
  setup: SendSetup;
  form: FormState<V, F>;
  submission: SubmissionController;
  root: ShadowRoot | null;
  onSubmit: (event: SubmitEvent) => Promise<void>;
  onInput: (event: Event) => void;
}

/** One line of the error summary: the control it links to and the message. */
export interface SummaryItem {
  id: string;
  message: string;
}

/**
 * The GOV.UK / Suomi.fi error summary: a titled box at the top of the form listing every
 * error as a link to its field. The element focuses it (`focusErrorSummary`) after a failed
 * submit, so a screen reader reads it at once. Its heading is at `level` (the widget's outline).
 */
export function renderErrorSummary(items: readonly SummaryItem[], t: TFunction, level: number, root: ShadowRoot | null): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  return html`<div class="error-summary" part="error-summary" tabindex="-1" role="group" aria-labelledby="error-summary-title">
    ${renderHeading(level, t('common:errorSummaryTitle'), { id: 'error-summary-title', class: 'error-summary-title' })}
    <ul>
      ${items.map((item) => html`<li><a href="#${item.id}" @click=${(event: Event) => focusField(root, item.id, event)}>${item.message}</a></li>`)}
    </ul>
  </div>`;
}

/**
 * Focuses a field from a summary link. The page's URL hash must not change (the widget lives
 * in a shadow root the fragment cannot reach), so the default is prevented.
 */
export function focusField(root: ShadowRoot | null, field: string, event?: Event): void {
  event?.preventDefault();
  const target = root?.getElementById(field);
  if (!target) return;
  target.scrollIntoView?.({ block: 'center' });
  target.focus();
}

export async function focusErrorSummary(host: ReactiveControllerHost & { shadowRoot: ShadowRoot | null }): Promise<void> {
  await host.updateComplete;
  host.shadowRoot?.querySelector<HTMLElement>('.error-summary')?.focus();
}

/** `aria-describedby` from a hint and an error id, or nothing when neither is shown. */
export function describedBy(...ids: Array<string | false | undefined>): string | typeof nothing {
  const list = ids.filter(Boolean).join(' ');
  return list || nothing;
}

/** What a field's control gets from its field: the id, the described-by ids and the invalid state. */
export interface ControlAria {
  id: string;
  describedBy: string | typeof nothing;
  invalid: 'true' | 'false';
}

export interface FieldOptions {
  /** The control's id; the hint is `<id>-hint`, the error `<id>-error`. */
  id: string;
  label: unknown;
  hint?: unknown;
  /** The translated error message, when the field has one. */
  error?: string;
  /** Shows "(valinnainen)" after the label. */
  optional?: boolean;
  /** Content after the control (a counter, a live region). */
  after?: unknown;
  /** The field wrapper's part name. */
  part?: string;
  t: TFunction;
}

function fieldError(id: string, message: string | undefined, t: TFunction): TemplateResult | typeof nothing {
  return message
    ? html`<span class="error-message" id="${id}-error"><span class="visually-hidden">${t('common:errorPrefix')}</span> ${message}</span>`
    : nothing;
}

function aria(options: FieldOptions): ControlAria {
  const { id, hint, error } = options;
  return { id, describedBy: describedBy(hint !== undefined && `${id}-hint`, !!error && `${id}-error`), invalid: error ? 'true' : 'false' };
}

function label(options: FieldOptions): TemplateResult {
  return html`<label id="${options.id}-label" for=${options.id}
    >${options.label}${options.optional ? html` <span class="optional">${options.t('common:optional')}</span>` : nothing}</label
  >`;
}

function hint(options: FieldOptions): TemplateResult | typeof nothing {
  return options.hint === undefined ? nothing : html`<span class="hint" id="${options.id}-hint">${options.hint}</span>`;
}

/**
 * The one field template (like Lion's label / help text / feedback): label, hint, inline error,
 * then the control, which gets its id, `aria-describedby` (hint and error) and `aria-invalid`.
 */
export function field(options: FieldOptions, control: (aria: ControlAria) => unknown): TemplateResult {
  return html`<div class="field" part=${options.part ?? nothing}>
    ${label(options)} ${hint(options)} ${fieldError(options.id, options.error, options.t)} ${control(aria(options))} ${options.after ?? nothing}
  </div>`;
}

/** A single checkbox (a consent): the error, the box with its label beside it, then the hint. */
export function checkboxField(options: FieldOptions, control: (aria: ControlAria) => unknown): TemplateResult {
  return html`<div class="field" part=${options.part ?? nothing}>
    ${fieldError(options.id, options.error, options.t)}
    <div class="choice">${control(aria(options))} ${label(options)}</div>
    ${hint(options)}
  </div>`;
}

/** The consent box of a sending form (`name="consent"`); its hint carries the privacy notice's link. */
export function consentField(options: FieldOptions, checked: boolean): TemplateResult {
  return checkboxField(
    options,
    (aria) =>
      html`<input id=${aria.id} name="consent" type="checkbox" .checked=${checked} aria-invalid=${aria.invalid} aria-describedby=${aria.describedBy} />`,
  );
}

export interface GroupOptions extends Omit<FieldOptions, 'label' | 'optional'> {
  legend: unknown;
  /** The inputs' name; each input's id is `<name>-<value>`. */
  name: string;
  type: 'radio' | 'checkbox';
  choices: ReadonlyArray<{ value: string; label: unknown; checked: boolean }>;
}

/** A group of radios or checkboxes: a fieldset whose legend, hint and error describe the group. */
export function fieldGroup(options: GroupOptions): TemplateResult {
  const { id, name, type, error, t } = options;
  return html`<fieldset
    class="field"
    part=${options.part ?? nothing}
    aria-describedby=${describedBy(options.hint !== undefined && `${id}-hint`, !!error && `${id}-error`)}
  >
    <legend>${options.legend}</legend>
    ${options.hint === undefined ? nothing : html`<span class="hint" id="${id}-hint">${options.hint}</span>`} ${fieldError(id, error, t)}
    ${options.choices.map(
      (choice) =>
        html`<div class="choice">
          <input
            id="${name}-${choice.value}"
            name=${name}
            type=${type}
            .value=${choice.value}
            .checked=${choice.checked}
            aria-invalid=${error && type === 'radio' ? 'true' : nothing}
          />
          <label for="${name}-${choice.value}">${choice.label}</label>
        </div>`,
    )}
  </fieldset>`;
}
