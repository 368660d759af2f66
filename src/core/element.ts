import { LitElement, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import type { TFunction } from 'i18next';
import {
  configuredLanguage,
  configuredEndpoint,
  checkEndpoint,
  onConfigure,
  safeLinkUrl,
  sendSetup,
  type EndpointCheck,
  type SendPolicy,
  type SendSetup,
} from './config.js';
import { registerStrings, requestStrings, stringsMissing, translator, onStringsAdded, type LocalizedStrings } from './i18n.js';
import { DEFAULT_LANGUAGE, elementLanguage, type Language } from './language.js';
import { shared } from './global.js';
import { RenderQueue, messageChannelTask } from './render-queue.js';
import { VERSION } from './version.js';
import type { DigiOneEventDetailMap } from './events.js';
import commonStrings from '../locales/common.js';

/** Every connected widget; one MutationObserver tells them about `lang` changes anywhere. */
const connected = shared<Set<DigiOneElement>>('connected', () => new Set());
let langObserver: MutationObserver | undefined;

function observeLanguageChanges(): void {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(() => {
    for (const element of connected) element.languageMaybeChanged();
  });
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Every widget's first render goes through one queue: batches of about 10 ms (at 4× CPU
 * throttling, about the time of two event cards), so a page with many widgets stays responsive
 * while they appear in document order. Later updates are Lit's own (a microtask).
 */
const FIRST_RENDER_BUDGET_MS = 10;
const firstRenders = shared('first-renders', () => new RenderQueue(FIRST_RENDER_BUDGET_MS, { now: () => performance.now(), nextTask: messageChannelTask() }));

/** Outside the class, so the manifest analyzer does not list a bogus event named "name". */
function composedEvent<T>(name: string, detail: T, cancelable: boolean): CustomEvent<T> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable });
}

/**
 * The base of every DigiOne widget: resolves the language, translates with the library's
 * shared i18next instance, resolves and checks the endpoint, and emits composed events.
 *
 * @cssprop --digione-font-family - All text (default: the system UI fonts).
 * @cssprop --digione-font-size - Base text size (default `medium`, the reader's own size).
 * @cssprop --digione-color-primary - Buttons, links, chart bars (default #0a5cad).
 * @cssprop --digione-color-on-primary - Text on primary (default #ffffff).
 * @cssprop --digione-color-text - Text (default #1b1f24).
 * @cssprop --digione-color-text-muted - Hints and secondary text (default #535b64).
 * @cssprop --digione-color-background - Background (default #ffffff).
 * @cssprop --digione-color-surface - Cards and notices (default #f3f5f8).
 * @cssprop --digione-color-border - Field and card borders (default #6e7781).
 * @cssprop --digione-color-focus - The focus ring (default #b04400).
 * @cssprop --digione-color-error - Errors (default #b3261e).
 * @cssprop --digione-color-success - Success (default #1d6b35).
 * @cssprop --digione-radius - Corners (default 6px).
 * @cssprop --digione-space - The spacing unit (default 1em).
 */
export class DigiOneElement extends LitElement {
  /** @internal The i18next namespace of the widget's strings (its tag without `digione-`). */
  static namespace = 'common';
  /** @internal The widget's built-in strings, registered on first connect. */
  static strings?: LocalizedStrings;
  /** @internal Which copy of the library defined this class; the define guard compares it. */
  static readonly digioneVersion: string = VERSION;

  /** @internal The language the element renders in now; reactive, so a change re-renders everything. */
  @state() language: Language = DEFAULT_LANGUAGE;
  /** @internal Translates in the element's language and namespace, falling back to `common`. */
  t: TFunction = translator(DEFAULT_LANGUAGE, 'common');

  private cleanups: Array<() => void> = [];

  override connectedCallback(): void {
    const ctor = this.constructor as typeof DigiOneElement;
    registerStrings('common', commonStrings);
    if (ctor.strings) registerStrings(ctor.namespace, ctor.strings);
    this.updateLanguage();
    connected.add(this);
    observeLanguageChanges();
    this.cleanups.push(
      onStringsAdded(() => {
        this.updateLanguage(); // the language asked for may have arrived
        this.requestUpdate();
      }),
      onConfigure(() => {
        this.updateLanguage();
        this.requestUpdate(); // the configured endpoint may have changed too
      }),
    );
    super.connectedCallback();
  }

  /** The first render waits for its batch (see `firstRenders`); `updateComplete` includes the wait. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.hasUpdated ? super.scheduleUpdate() : firstRenders.run(() => void super.scheduleUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }

  /**
   * @internal The element's own `lang`, else the closest ancestor's, else `configure({ locale })`, else
   * `<html lang>`, else Finnish. Region tags map to their language; unsupported ones to Finnish.
   */
  resolveLanguage(): Language {
    return elementLanguage(this, configuredLanguage());
  }

  /** @internal Called by the shared observer when some `lang` attribute changed. */
  languageMaybeChanged(): void {
    this.updateLanguage();
  }

  /**
   * Under the script tag's loader a language's strings may not be here yet: they are asked for,
   * and the element keeps its current language (and text) until they arrive; it never shows keys.
   */
  private updateLanguage(): void {
    const { namespace } = this.constructor as typeof DigiOneElement;
    const next = this.resolveLanguage();
    if (stringsMissing(next, namespace)) {
      requestStrings(next, namespace);
      if (!stringsMissing(this.language, namespace)) return;
    }
    this.t = translator(next, namespace);
    this.language = next;
  }

  /** Nothing is shown before the strings of its language are here (only ever waits under the loader). */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    return !stringsMissing(this.language, (this.constructor as typeof DigiOneElement).namespace) && super.shouldUpdate(changed);
  }

  /**
   * @internal Dispatches a composed, bubbling CustomEvent of the library (src/core/events.ts)
   * with its typed detail; returns false when a listener cancelled it.
   */
  emit<K extends keyof DigiOneEventDetailMap>(name: K, detail: DigiOneEventDetailMap[K], options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(composedEvent(name, detail, options.cancelable ?? false));
  }

  /**
   * @internal The endpoint from the `endpoint` attribute, else from `configure({ endpoint })`, checked.
   * A refused one logs one console error naming the element and the attribute.
   */
  resolveEndpoint(attribute: string | null | undefined): EndpointCheck {
    const value = attribute?.trim() || configuredEndpoint();
    const result = checkEndpoint(value, document.baseURI);
    if (!result.ok && result.reason !== 'missing') {
      const key = `${result.reason}:${value}`;
      if (this.reportedEndpoint !== key) {
        this.reportedEndpoint = key;
        console.error(
          `<${this.localName}>: endpoint "${value}" is not allowed (${result.reason}); ` +
            'use https, http on localhost, or a relative path on this site. Nothing will be sent.',
        );
      }
    }
    return result;
  }

  private reportedEndpoint?: string;

  /**
   * Whether the widget can send, worked out the same way in every widget from its `endpoint`
   * and `privacy-url` and the widget's policy (data). A `privacy-url` that is not an http(s)
   * link logs one warning.
   */
  sendSetup(endpoint: string | undefined, privacyUrl: string | undefined, policy: SendPolicy): SendSetup {
    const privacy = safeLinkUrl(privacyUrl, document.baseURI);
    if (privacyUrl?.trim() && !privacy && this.reportedPrivacy !== privacyUrl) {
      this.reportedPrivacy = privacyUrl;
      console.warn(`<${this.localName}>: privacy-url "${privacyUrl}" is not an http(s) link.`);
    }
    return sendSetup(this.resolveEndpoint(endpoint), endpoint, privacy, policy);
  }

  private reportedPrivacy?: string;
}
