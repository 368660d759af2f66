import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import { fetchableUrl } from './config.js';

/** Why loading a widget's `src` failed; `message` says it for the page author's console. */
export class LoadError extends Error {
  constructor(
    /** 'url': not an http(s) URL; 'fetch': no answer or not 2xx; 'json': not JSON; 'invalid': not the expected shape. */
    readonly reason: 'url' | 'fetch' | 'json' | 'invalid',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Fetches JSON from a `src` attribute, the same way for every widget: only http(s) or a path on
 * this site, no cookies, aborted by `signal`. Throws a LoadError.
 */
export async function fetchJson(src: string, signal: AbortSignal): Promise<unknown> {
  const url = fetchableUrl(src, document.baseURI);
  if (!url) throw new LoadError('url', 'is not an http(s) URL; nothing is loaded.');
  let text: string;
  try {
    const response = await fetch(url, { signal, credentials: 'omit', headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await response.text();
  } catch (error) {
    if (signal.aborted) throw error;
    throw new LoadError('fetch', `could not be loaded (${(error as Error).message}).`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new LoadError('json', 'is not valid JSON.');
  }
}

export interface SrcTaskOptions<T> {
  /** The current `src` (empty: nothing to load). */
  src: () => string | undefined;
  /** The fetched JSON as the widget's value; throw a LoadError('invalid') when it is not one. */
  parse: (json: unknown, src: string) => T;
  /** Told once per failure (the page author's console). */
  onError: (src: string, error: LoadError) => void;
  /** Told when a value arrives (before the host re-renders). */
  onComplete?: (value: T) => void;
}

/**
 * Loads a widget's `src` with Lit's Task: a new `src` aborts the previous load; pending,
 * complete and error are the task's states. It runs after an update, so the live region that
 * announces the load is in the page (empty) before it says "Ladataan…".
 */
export function srcTask<T>(host: ReactiveControllerHost, options: SrcTaskOptions<T>): Task<[string], T> {
  return new Task<[string], T>(host, {
    autoRun: 'afterUpdate',
    onComplete: options.onComplete,
    args: () => [options.src()?.trim() ?? ''],
    task: async ([src], { signal }) => {
      if (!src) return initialState;
      try {
        return options.parse(await fetchJson(src, signal), src);
      } catch (error) {
        if (!signal.aborted && error instanceof LoadError) options.onError(src, error);
        throw error;
      }
    },
  });
}

/** True while the task waits for an answer. */
export const isLoading = <T>(task: Task<[string], T>): boolean => task.status === TaskStatus.PENDING;

/**
 * The one display of a load: a polite live region (present from the first render) that says
 * "Ladataan…" while pending, and after an error the widget's message (the key `failed(error)`
 * gives) as an alert.
 */
export function renderLoadStatus<T>(task: Task<[string], T>, t: TFunction, failed: (error: LoadError) => string): TemplateResult {
  const error: unknown = task.status === TaskStatus.ERROR ? task.error : undefined;
  return html`<div role="status">${isLoading(task) ? html`<p>${t('common:loading')}</p>` : nothing}</div>
    ${error instanceof LoadError ? html`<div class="notice error" role="alert"><p>${t(failed(error))}</p></div>` : nothing}`;
}
