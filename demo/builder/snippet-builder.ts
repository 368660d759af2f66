import { css, html, nothing, type TemplateResult } from 'lit';
import { DigiOneElement } from '../../src/core/element.js';
import { baseStyles, controlStyles, TOKENS, type Token } from '../../src/core/theme.js';
import { joinFormStyles } from '../../src/join-form/join-form.styles.js';
import { MunicipalityCombobox } from '../../src/join-form/municipality-combobox.js';
import { field, fieldGroup, focusErrorSummary, FormState, renderErrorSummary, type SummaryItem } from '../../src/core/form.js';
import type { Rules } from '../../src/core/validators.js';
import { fetchableUrl } from '../../src/core/config.js';
import { translator } from '../../src/core/i18n.js';
import { LANGUAGES, supportedLanguage, type Language } from '../../src/core/language.js';
import { VERSION } from '../../src/core/version.js';
import { checkContrast, formatRatio, parseHexColour } from './contrast.js';
import strings from './strings.js';
import {
  ATTRIBUTES,
  attributeProblem,
  changedColours,
  chosenScriptUrl,
  COLOUR_TOKENS,
  iframeSnippet,
  leavesOut,
  scriptSnippet,
  SNIPPET_PAGE,
  snippetAttributes,
  tagOf,
  tokenCss,
  WIDGETS,
  type AttributeSpec,
  type Widget,
} from './snippet.js';

/** Filled in by scripts/build-builder.mjs from dist/integrity.json: the SRI hash of this version's digione-widgets.js. */
declare const __DIGIONE_WIDGETS_INTEGRITY__: string;

type Values = Record<string, string>;

/** Every attribute name of the three widgets, once (a value typed for one widget stays when another is picked). */
const ATTRIBUTE_NAMES = [...new Set(WIDGETS.flatMap((widget) => ATTRIBUTES[widget].map((attribute) => attribute.name)))];
const COLOUR_PREFIX = '--digione-color-';
const fieldId = (name: string): string => (name.startsWith(COLOUR_PREFIX) ? `colour-${name.slice(COLOUR_PREFIX.length)}` : name);

const initialValues = (): Values => ({
  widget: 'join-form',
  'script-location': 'cdn',
  'script-url': '',
  ...Object.fromEntries(ATTRIBUTE_NAMES.map((name) => [name, ''])),
  ...Object.fromEntries(COLOUR_TOKENS.map((token) => [token, TOKENS[token]])),
});

const widgetOf = (values: Values): Widget => ((WIDGETS as readonly string[]).includes(values.widget) ? (values.widget as Widget) : 'join-form');

/**
 * The no-code snippet builder (demo/builder/, built to dist/builder/): a web editor picks a
 * widget, fills its attributes under the widget's own rules (the join form's municipality
 * combobox, the endpoint, link and date rules), picks the `--digione-color-*` tokens and sees
 * each pair's WCAG contrast, previews the live widget at phone and desktop width in fi/sv/en,
 * and copies the script snippet or the iframe snippet. The snippets are written by snippet.ts.
 */
export class DigiOneSnippetBuilder extends DigiOneElement {
  static override namespace = 'builder';
  static override strings = strings;

  static override styles = [
    baseStyles,
    controlStyles,
    joinFormStyles,
    css`
      :host {
        max-width: 90em;
        margin-inline: auto;
        padding: var(--digione-space);
      }
      h1 {
        font-size: 1.75em;
        line-height: 1.2;
        margin-block: 0 0.5em;
      }
      h2 {
        font-size: 1.3em;
        line-height: 1.25;
        margin-block: 0 0.5em;
      }
      .columns {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: calc(var(--digione-space) * 2);
      }
      @media (min-width: 70em) {
        .columns {
          grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        }
      }
      .inline-choices {
        display: flex;
        flex-wrap: wrap;
        column-gap: 2em;
      }
      .inline-choices .choice {
        display: inline-flex;
        margin-inline-end: 1.25em;
      }
      .colour {
        display: flex;
        align-items: flex-end;
        gap: 0.5em;
      }
      .colour .field {
        flex: 1;
        min-width: 0;
      }
      input[type='color'] {
        width: 44px;
        height: 44px;
        flex: none;
        margin-block-end: calc(var(--digione-space) * 1.25);
        border: 2px solid var(--digione-color-border);
        border-radius: var(--digione-radius);
        background: var(--digione-color-background);
        padding: 2px;
      }
      .contrast {
        list-style: none;
        padding: 0;
        margin: 0 0 var(--digione-space);
      }
      .contrast li {
        padding-block: 0.25em;
        border-block-end: 1px solid var(--digione-color-surface);
      }
      .contrast .fails {
        color: var(--digione-color-error);
        font-weight: 600;
      }
      .preview {
        border: 2px dashed var(--digione-color-border);
        border-radius: var(--digione-radius);
        padding: 0.5em;
        margin-block-end: var(--digione-space);
        max-width: 100%;
      }
      .preview.phone {
        width: 360px;
      }
      textarea.code {
        max-width: none;
        font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
        font-size: 0.875em;
        min-height: 12em;
        white-space: pre;
        overflow-wrap: normal;
        overflow-x: auto;
      }
      .status {
        font-weight: 600;
        min-height: 1.5em;
      }
    `,
  ];

  /** The order of the fields now (the error summary's): the picked widget's attributes, the colours, the script location. */
  private readonly fields: string[] = [];
  private readonly form = new FormState<Values, string>(this, {
    initial: initialValues(),
    rules: this.rules(),
    fields: this.fields,
    id: fieldId,
    messageKey: (error) => `errors.${error.key}`,
  });
  private readonly combobox = new MunicipalityCombobox(this, {
    choose: (municipality) => {
      this.form.touch('municipality');
      this.form.set({ municipality: municipality?.code ?? '' });
    },
    leave: () => this.form.check('municipality'),
  });
  private previewWidth: 'phone' | 'desktop' = 'phone';
  private previewLanguage: Language = 'fi';
  private status = '';
  private readonly themeSheet = new CSSStyleSheet();
  private shownPreview = '';

  constructor() {
    super();
    this.syncFields();
  }

  private get widget(): Widget {
    return widgetOf(this.form.values);
  }

  private rules(): Rules<Values> {
    const rules: Record<string, Rules<Values>[string]> = {};
    for (const name of ATTRIBUTE_NAMES) {
      rules[name] = [
        (value: string, values: Values) => {
          const attribute = ATTRIBUTES[widgetOf(values)].find((a) => a.name === name);
          if (!attribute) return undefined;
          // text typed in the municipality box but not chosen from the list
          if (attribute.kind === 'municipality' && !value && this.combobox.query.trim()) return 'municipality';
          return attributeProblem(attribute, values);
        },
      ];
    }
    for (const token of COLOUR_TOKENS) rules[token] = [(value: string) => (parseHexColour(value) ? undefined : 'colour')];
    rules['script-url'] = [
      (value: string, values: Values) => {
        if (values['script-location'] !== 'own') return undefined;
        if (!value.trim()) return 'required';
        return fetchableUrl(value, SNIPPET_PAGE) ? undefined : 'url';
      },
    ];
    return rules;
  }

  private syncFields(): void {
    this.fields.splice(0, this.fields.length, ...ATTRIBUTES[this.widget].map((a) => a.name), ...COLOUR_TOKENS, 'script-url');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.previewLanguage = this.language;
  }

  protected override firstUpdated(): void {
    const root = this.shadowRoot!;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.themeSheet];
  }

  protected override updated(): void {
    document.title = this.t('title');
    this.showPreview();
  }

  /** The live widget: made again when its attributes change, themed through a constructable stylesheet (strict CSP). */
  private showPreview(): void {
    const widget = this.widget;
    const attributes = snippetAttributes(widget, this.form.values).filter(([name]) => name !== 'lang');
    const key = JSON.stringify([widget, attributes, this.previewLanguage]);
    this.themeSheet.replaceSync(tokenCss(widget, changedColours(this.form.values)));
    if (key === this.shownPreview) return;
    const frame = this.shadowRoot?.getElementById('preview');
    if (!frame) return;
    this.shownPreview = key;
    const element = document.createElement(tagOf(widget));
    for (const [name, value] of attributes) element.setAttribute(name, value);
    element.setAttribute('lang', this.previewLanguage);
    frame.replaceChildren(element);
  }

  private onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const { name } = input;
    if (name === 'ui-language') {
      document.documentElement.lang = input.value;
      return;
    }
    if (name === 'preview-width') {
      this.previewWidth = input.value === 'desktop' ? 'desktop' : 'phone';
      this.requestUpdate();
      return;
    }
    if (name === 'preview-language') {
      this.previewLanguage = supportedLanguage(input.value) ?? 'fi';
      this.requestUpdate();
      return;
    }
    if (input instanceof HTMLInputElement && input.type === 'checkbox') {
      this.form.touch(name);
      this.form.set({ [name]: input.checked ? 'on' : '' });
      return;
    }
    // the colour chart and the text box are one value
    const fieldName = input instanceof HTMLInputElement && input.type === 'color' ? input.dataset.token! : name;
    if (!(fieldName in this.form.values)) return;
    this.form.touch(fieldName);
    this.form.set({ [fieldName]: input.value });
    if (fieldName === 'widget') this.syncFields();
    // a language set for the widget is the one to preview it in
    const language = fieldName === 'lang' ? supportedLanguage(input.value) : undefined;
    if (language) this.previewLanguage = language;
    // a choice, the colour chart and a field being fixed are checked at once; a new error in typed text waits for the blur
    if (input.type === 'radio' || input.type === 'color' || input instanceof HTMLSelectElement || this.form.errors[fieldName]) this.form.check(fieldName);
  };

  private onLeave = (event: FocusEvent): void => {
    const input = event.target as HTMLInputElement;
    if (input.name && input.name in this.form.values) this.form.check(input.name);
  };

  /** Copies a snippet: every field must pass first (else the error summary takes the focus). */
  private async copy(which: 'script' | 'iframe'): Promise<void> {
    if (!this.form.validate()) {
      this.status = this.t('snippet.fixFirst');
      await focusErrorSummary(this);
      return;
    }
    const textarea = this.shadowRoot?.getElementById(`snippet-${which}`) as HTMLTextAreaElement | null;
    const text = textarea?.value ?? '';
    try {
      await navigator.clipboard.writeText(text);
      this.status = this.t('snippet.copied');
    } catch {
      textarea?.focus();
      textarea?.select();
      this.status = this.t('snippet.copyFailed');
    }
    this.requestUpdate();
  }

  private errorOf(name: string): string | undefined {
    return this.form.message(name, this.t);
  }

  private label(name: string): string {
    return name.startsWith(COLOUR_PREFIX) ? this.t(`colour.${name}`) : name === 'script-url' ? this.t('script.url') : this.t(`attribute.${name}.label`);
  }

  private summary(): SummaryItem[] {
    return this.form.summary(this.t).map((item) => {
      const name = this.fields.find((f) => fieldId(f) === item.id) ?? item.id;
      return { id: item.id, message: `${this.label(name)}: ${item.message}` };
    });
  }

  private renderAttribute(attribute: AttributeSpec): TemplateResult {
    const { name, kind } = attribute;
    const value = this.form.values[name] ?? '';
    const hintText = this.t(`attribute.${name}.hint`);
    const label = html`${this.t(`attribute.${name}.label`)}${attribute.required ? html` <span aria-hidden="true">${this.t('required')}</span>` : nothing}`;
    const options = { id: name, label, hint: hintText || undefined, error: this.errorOf(name), t: this.t };
    if (kind === 'boolean') {
      return html`<div class="field">
        <div class="choice">
          <input id=${name} name=${name} type="checkbox" .checked=${value === 'on'} aria-describedby="${name}-hint" />
          <label for=${name}>${this.t(`attribute.${name}.label`)}</label>
        </div>
        <span class="hint" id="${name}-hint">${hintText}</span>
      </div>`;
    }
    if (kind === 'municipality') {
      return field(options, (aria) =>
        this.combobox.render({ id: aria.id, labelledBy: `${name}-label`, invalid: aria.invalid === 'true', describedBy: aria.describedBy }),
      );
    }
    if (kind === 'lang' || kind === 'level') {
      const choices: Array<[string, string]> =
        kind === 'lang'
          ? ['', ...LANGUAGES].map((code) => [code, this.t(`language.${code}`)])
          : [['', this.t('level.')], ...[2, 3, 4, 5, 6].map((n): [string, string] => [String(n), `h${n}`])];
      return field(
        options,
        (aria) =>
          html`<select id=${aria.id} name=${name} aria-describedby=${aria.describedBy}>
            ${choices.map(([code, text]) => html`<option value=${code} ?selected=${code === value}>${text}</option>`)}
          </select>`,
      );
    }
    if (attribute.multiline) {
      return field(
        options,
        (aria) => html`<textarea id=${aria.id} name=${name} .value=${value} aria-describedby=${aria.describedBy} aria-invalid=${aria.invalid}></textarea>`,
      );
    }
    return field(
      options,
      (aria) =>
        html`<input
          id=${aria.id}
          name=${name}
          type=${kind === 'endpoint' || kind === 'link' || kind === 'fetch' ? 'url' : 'text'}
          .value=${value}
          autocomplete="off"
          spellcheck="false"
          ?required=${attribute.required}
          aria-describedby=${aria.describedBy}
          aria-invalid=${aria.invalid}
        />`,
    );
  }

  private renderColour(token: Token): TemplateResult {
    const value = this.form.values[token] ?? '';
    const id = fieldId(token);
    const name = this.t(`colour.${token}`);
    const hex = parseHexColour(value)
      ?.map((c) => c.toString(16).padStart(2, '0'))
      .join('');
    return html`<div class="colour">
      ${field(
        { id, label: name, hint: this.t('colourHint', { value: TOKENS[token] }), error: this.errorOf(token), t: this.t },
        (aria) =>
          html`<input
            id=${aria.id}
            name=${token}
            type="text"
            .value=${value}
            autocomplete="off"
            spellcheck="false"
            aria-describedby=${aria.describedBy}
            aria-invalid=${aria.invalid}
          />`,
      )}
      <input type="color" id="${id}-picker" data-token=${token} .value=${hex ? `#${hex}` : '#000000'} aria-label=${this.t('colourPicker', { name })} />
    </div>`;
  }

  private renderContrast(): TemplateResult {
    const checks = checkContrast(this.form.values);
    const failing = checks.filter((check) => !check.passes).length;
    const locale = this.language === 'en' ? 'en-GB' : `${this.language}-FI`;
    return html`<h3>${this.t('contrast.heading')}</h3>
      <p class="status" role="status">${failing ? this.t('contrast.failing', { count: failing }) : this.t('contrast.allPass')}</p>
      <ul class="contrast">
        ${checks.map((check) => {
          const minimum = formatRatio(check.minimum, locale);
          const result =
            check.ratio === undefined
              ? this.t('contrast.unknown')
              : this.t(check.passes ? 'contrast.passes' : 'contrast.fails', { ratio: formatRatio(check.ratio, locale), minimum });
          return html`<li>
            ${this.t('contrast.pair', { foreground: this.t(`colour.${check.foreground}`), background: this.t(`colour.${check.background}`) })}:
            <span class=${check.passes ? 'passes' : 'fails'}>${check.passes ? nothing : html`<span aria-hidden="true">⚠ </span>`}${result}</span>
          </li>`;
        })}
      </ul>`;
  }

  private snippets(): { script: string; iframe: string; leftOut: boolean } {
    const widget = this.widget;
    const values = this.form.values;
    const attributes = snippetAttributes(widget, values);
    const scriptUrl = chosenScriptUrl(values, VERSION);
    // the snippet's words (the <noscript> link, the iframe's title) in the widget's language
    const language = supportedLanguage(attributes.find(([name]) => name === 'lang')?.[1]) ?? this.language;
    const t = translator(language, 'builder');
    const name = t(`widgetName.${widget}`);
    const leftOut = leavesOut(widget, values, this.combobox.query);
    return {
      script: scriptSnippet({
        widget,
        attributes,
        colours: changedColours(values),
        scriptUrl,
        integrity: __DIGIONE_WIDGETS_INTEGRITY__,
        fallbackText: t('fallbackLink', { name }),
      }),
      iframe: iframeSnippet({ widget, attributes, scriptUrl, title: name }),
      leftOut,
    };
  }

  override render(): TemplateResult {
    const t = this.t;
    const values = this.form.values;
    const widget = this.widget;
    const snippets = this.snippets();
    const radios = (name: string, legend: unknown, choices: Array<[string, unknown]>, current: string) =>
      html`<div class="inline-choices">
        ${fieldGroup({
          id: name,
          name,
          type: 'radio',
          legend,
          t,
          choices: choices.map(([value, label]) => ({ value, label, checked: value === current })),
        })}
      </div>`;
    return html`<header @change=${this.onInput}>
        <h1>${t('title')}</h1>
        ${radios(
          'ui-language',
          t('uiLanguage'),
          LANGUAGES.map((code) => [code, html`<span lang=${code}>${strings[code].language[code]}</span>`]),
          this.language,
        )}
        <p>${t('intro')}</p>
      </header>
      <div class="columns">
        <div>
          ${renderErrorSummary(this.summary(), t, 2, this.shadowRoot)}
          <form novalidate @submit=${(event: Event) => event.preventDefault()} @input=${this.onInput} @change=${this.onInput} @focusout=${this.onLeave}>
            ${fieldGroup({
              id: 'widget',
              name: 'widget',
              type: 'radio',
              legend: html`<h2>${t('step.widget')}</h2>`,
              t,
              choices: WIDGETS.map((w) => ({ value: w, label: t(`widget.${w}`), checked: w === widget })),
            })}
            <fieldset>
              <legend><h2>${t('step.settings')}</h2></legend>
              <p class="hint">${t('requiredNote')}</p>
              ${ATTRIBUTES[widget].map((attribute) => this.renderAttribute(attribute))}
            </fieldset>
            <fieldset>
              <legend><h2>${t('step.colours')}</h2></legend>
              ${COLOUR_TOKENS.map((token) => this.renderColour(token))} ${this.renderContrast()}
            </fieldset>
            <fieldset>
              <legend><h2>${t('step.script')}</h2></legend>
              ${fieldGroup({
                id: 'script-location',
                name: 'script-location',
                type: 'radio',
                legend: t('script.legend'),
                t,
                choices: [
                  { value: 'cdn', label: t('script.cdn', { version: VERSION }), checked: values['script-location'] !== 'own' },
                  { value: 'own', label: t('script.own'), checked: values['script-location'] === 'own' },
                ],
              })}
              ${
                values['script-location'] === 'own'
                  ? field(
                      { id: 'script-url', label: t('script.url'), hint: t('script.urlHint'), error: this.errorOf('script-url'), t },
                      (aria) =>
                        html`<input
                          id=${aria.id}
                          name="script-url"
                          type="url"
                          .value=${values['script-url']}
                          autocomplete="off"
                          spellcheck="false"
                          aria-describedby=${aria.describedBy}
                          aria-invalid=${aria.invalid}
                        />`,
                    )
                  : nothing
              }
            </fieldset>
          </form>
        </div>
        <div>
          <section aria-labelledby="preview-heading">
            <h2 id="preview-heading">${t('step.preview')}</h2>
            <form class="inline-choices" @input=${this.onInput} @change=${this.onInput} @submit=${(event: Event) => event.preventDefault()}>
              ${radios(
                'preview-width',
                t('preview.width'),
                [
                  ['phone', t('preview.phone')],
                  ['desktop', t('preview.desktop')],
                ],
                this.previewWidth,
              )}
              ${radios(
                'preview-language',
                t('preview.language'),
                LANGUAGES.map((code) => [code, html`<span lang=${code}>${strings[code].language[code]}</span>`]),
                this.previewLanguage,
              )}
            </form>
            <div id="preview" class="preview ${this.previewWidth}" role="region" aria-label=${t('preview.label', { name: t(`widgetName.${widget}`) })}></div>
          </section>
          <section aria-labelledby="snippet-heading">
            <h2 id="snippet-heading">${t('step.snippet')}</h2>
            ${snippets.leftOut ? html`<p class="notice error">${t('snippet.leftOut')}</p>` : nothing}
            ${field(
              { id: 'snippet-script', label: t('snippet.script'), hint: t('snippet.scriptHint'), t },
              (aria) =>
                html`<textarea id=${aria.id} class="code" readonly rows="10" aria-describedby=${aria.describedBy} .value=${snippets.script}></textarea>`,
            )}
            <div class="actions"><button type="button" class="button" @click=${() => this.copy('script')}>${t('snippet.copy')}</button></div>
            ${field(
              { id: 'snippet-iframe', label: t('snippet.iframe'), hint: t('snippet.iframeHint'), t },
              (aria) => html`<textarea id=${aria.id} class="code" readonly rows="3" aria-describedby=${aria.describedBy} .value=${snippets.iframe}></textarea>`,
            )}
            <div class="actions"><button type="button" class="button secondary" @click=${() => this.copy('iframe')}>${t('snippet.copyIframe')}</button></div>
            <p class="status" role="status">${this.status}</p>
          </section>
        </div>
      </div>`;
  }
}
