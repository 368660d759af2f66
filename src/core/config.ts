import { shared } from './global.js';
import { supportedLanguage, type Language } from './language.js';

export interface PageConfig {
  /** Default endpoint for every widget without an `endpoint` attribute. */
  endpoint?: string;
  /** Default language for widgets whose own tree sets none. */
  locale?: string;
}

const config = shared<PageConfig>('config', () => ({}));

/** `DigiOneWidgets.configure()`: page-wide defaults; later calls merge into earlier ones. */
export function configure(options: PageConfig): void {
  if (options.endpoint !== undefined) config.endpoint = options.endpoint;
  if (options.locale !== undefined) config.locale = options.locale;
  for (const listener of listeners) listener();
}

export function configuredEndpoint(): string | undefined {
  return config.endpoint || undefined;
}

export function configuredLanguage(): Language | undefined {
  return supportedLanguage(config.locale);
}

const listeners = shared<Set<() => void>>('config-listeners', () => new Set());

/** Called after every configure(); elements re-render with the new defaults. */
export function onConfigure(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type EndpointCheck = { ok: true; url: string } | { ok: false; reason: 'missing' | 'invalid' | 'insecure' | 'cross-origin-relative' };

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Which endpoints a widget may post to: https anywhere; http only on the loopback host
 * (development); a relative path, which resolves on the page's own origin. Anything else
 * (http on the open network, javascript:, data:, …) is refused so personal data never travels
 * in clear text or to a surprising place.
 */
export function checkEndpoint(value: string | null | undefined, base: string): EndpointCheck {
  const raw = value?.trim();
  if (!raw) return { ok: false, reason: 'missing' };
  const relative = !/^[a-z][a-z\d+.-]*:/i.test(raw) && !raw.startsWith('//');
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (relative) {
    return url.origin === new URL(base).origin ? { ok: true, url: url.href } : { ok: false, reason: 'cross-origin-relative' };
  }
  if (url.protocol === 'https:') return { ok: true, url: url.href };
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return { ok: true, url: url.href };
  return { ok: false, reason: url.protocol === 'http:' ? 'insecure' : 'invalid' };
}

/**
 * Links that come from attributes or fetched JSON become `href`s only when they are http(s)
 * (or relative): a `javascript:` or `data:` URL is dropped, never rendered as a link.
 */
export function safeLinkUrl(value: string | null | undefined, base: string): string | undefined {
  return urlWith(value, base, ['https:', 'http:', 'mailto:']);
}

/** A URL a widget may fetch (`src`): http(s), or a relative path, which resolves on the page's origin. */
export function fetchableUrl(value: string | null | undefined, base: string): string | undefined {
  return urlWith(value, base, ['https:', 'http:']);
}

function urlWith(value: string | null | undefined, base: string, protocols: readonly string[]): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  try {
    const url = new URL(raw, base);
    return protocols.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** How a widget treats a missing endpoint and a missing privacy notice (its data for `sendSetup`). */
export interface SendPolicy {
  /** 'problem': tell the page author; 'hidden': sending is simply not offered. */
  withoutEndpoint: 'problem' | 'hidden';
  /** 'required': no privacy notice, no form; 'optional': the form asks for no personal data then. */
  privacy: 'required' | 'optional';
}

/**
 * A widget's sending configuration: ready (with the checked endpoint and privacy link), hidden,
 * or a problem for the page author, kept as a message key and values (translated at render).
 */
export type SendSetup =
  | { kind: 'ready'; endpoint: string; privacyUrl?: string }
  | { kind: 'hidden' }
  | { kind: 'problem'; key: 'common:endpointMissing' | 'common:endpointRefused' | 'common:privacyMissing'; values: { value: string } };

/** The one rule for every widget: the endpoint first, then the privacy notice. */
export function sendSetup(endpoint: EndpointCheck, rawEndpoint: string | undefined, privacyUrl: string | undefined, policy: SendPolicy): SendSetup {
  const values = { value: rawEndpoint ?? '' };
  if (!endpoint.ok) {
    if (endpoint.reason !== 'missing') return { kind: 'problem', key: 'common:endpointRefused', values };
    return policy.withoutEndpoint === 'hidden' ? { kind: 'hidden' } : { kind: 'problem', key: 'common:endpointMissing', values };
  }
  if (!privacyUrl) return policy.privacy === 'required' ? { kind: 'problem', key: 'common:privacyMissing', values } : { kind: 'ready', endpoint: endpoint.url };
  return { kind: 'ready', endpoint: endpoint.url, privacyUrl };
}
