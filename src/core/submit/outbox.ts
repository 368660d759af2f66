/**
 * The outbox: every envelope is kept on this device (IndexedDB; localStorage where IndexedDB is
 * unavailable; memory as a last resort) BEFORE its first try, and removed only when the endpoint
 * answered — 2xx (delivered) or a 4xx that no retry can fix — or when it expired. Waiting entries
 * are tried again when the browser comes online, whenever a widget connects, and once more with
 * `fetch(…, { keepalive: true })` on `pagehide`. One request per id at a time, across tabs: a Web
 * Lock per id, or, without the Web Locks API, a lease written on the entry.
 */
import { shared } from '../global.js';
import { DEFAULT_RETRY, type RetryPolicy } from './backoff.js';
import { diagnose } from './diagnostics.js';
import { postEnvelope, type Outcome } from './transport.js';

export interface OutboxEntry {
  id: string;
  endpoint: string;
  /** The envelope's JSON text, sent byte for byte on every try (the receiver fingerprints it). */
  body: string;
  widget: string;
  /** ms since the epoch. */
  expires: number;
  /** Not before this time (a `Retry-After` longer than the page waits). */
  notBefore?: number;
  /** Without Web Locks: a tab is sending this entry until then. */
  lease?: number;
}

/** An outcome, or `expired`: kept on the device past its time, dropped unsent. */
export type Settled = Outcome | { kind: 'expired'; status: 0 };

export interface SubmitOptions {
  retry: RetryPolicy;
  /** Per request, ms. */
  timeout: number;
  /** How long an entry may wait on the device, ms (7 days) — personal data must not linger. */
  maxAge: number;
  random: () => number;
}

export const submitOptions = shared<SubmitOptions>('submit-options', () => ({
  retry: DEFAULT_RETRY,
  timeout: 15_000,
  maxAge: 7 * 864e5,
  random: Math.random,
}));

/** Page-wide submission settings, e.g. a shorter `maxAge`, or fast retries in tests. */
export function configureSubmissions(options: Partial<SubmitOptions>): void {
  Object.assign(submitOptions, options);
}

/**
 * `settled` events (`detail: { id, widget, outcome }`) for every entry that left the outbox on
 * this page, whichever widget or trigger sent it, so the widget on the page learns about
 * submissions from an earlier page load.
 */
export const outboxEvents = shared('outbox-events', () => new EventTarget());

type Entries = Record<string, OutboxEntry>;
/** Runs `change` on the stored entries and writes them back, atomically across tabs where the backend can. */
type Transact = <T>(change: (entries: Entries) => T) => Promise<T>;

const NAME = 'digione-outbox';
const memory: Entries = {};
const inMemory: Transact = async (change) => change(memory);

const inLocalStorage: Transact = async (change) => {
  const entries = JSON.parse(localStorage.getItem(NAME) ?? '{}') as Entries;
  const result = change(entries);
  if (Object.keys(entries).length) localStorage.setItem(NAME, JSON.stringify(entries));
  else localStorage.removeItem(NAME);
  return result;
};

function openIndexedDb(): Promise<Transact> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(NAME, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('outbox');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      // One readwrite transaction per change: IndexedDB runs overlapping ones one after another, also across tabs.
      resolve(
        (change) =>
          new Promise((done, fail) => {
            const tx = db.transaction('outbox', 'readwrite');
            const store = tx.objectStore('outbox');
            const read = store.get('entries');
            let result: ReturnType<typeof change>;
            read.onsuccess = () => {
              const entries = (read.result ?? {}) as Entries;
              result = change(entries);
              store.put(entries, 'entries');
            };
            tx.oncomplete = () => done(result);
            tx.onerror = tx.onabort = () => fail(tx.error);
          }),
      );
    };
  });
}

let backend: Promise<Transact> | undefined;

/** Falls back a step (IndexedDB → localStorage → memory) when a backend fails, for the rest of the page's life. */
async function transact<T>(change: (entries: Entries) => T): Promise<T> {
  backend ??= openIndexedDb().catch(() => inLocalStorage);
  const current = await backend;
  try {
    return await current(change);
  } catch {
    backend = Promise.resolve(current === inMemory || current === inLocalStorage ? inMemory : inLocalStorage);
    return transact(change);
  }
}

/** Entries this page knows of, for the synchronous `pagehide` flush (storage reads are async). */
const known = shared('outbox-known', () => new Map<string, OutboxEntry>());
const inFlight = shared('outbox-in-flight', () => new Map<string, Promise<Settled | undefined>>());

export async function enqueue(entry: OutboxEntry): Promise<void> {
  known.set(entry.id, entry);
  await transact((entries) => {
    entries[entry.id] = entry;
  });
}

export const waiting = (): Promise<OutboxEntry[]> => transact((entries) => Object.values(entries));

async function once(id: string): Promise<Settled> {
  const entry = await transact((entries) => entries[id]);
  // Gone: another tab (or this page's keepalive flush, answered later) delivered it.
  if (!entry) return { kind: 'ok', status: 0 };
  let outcome: Settled = { kind: 'expired', status: 0 };
  if (entry.expires > Date.now()) {
    outcome = await postEnvelope(entry.endpoint, id, entry.body, { timeout: submitOptions.timeout });
    diagnose(entry.widget, entry.endpoint, outcome);
  }
  await transact((entries) => {
    if (outcome.kind !== 'retry') delete entries[id];
    else if (entries[id]) {
      entries[id].notBefore = outcome.retryAfter ? Date.now() + outcome.retryAfter : undefined;
      known.set(id, entries[id]);
    }
  });
  if (outcome.kind !== 'retry') {
    known.delete(id);
    outboxEvents.dispatchEvent(new CustomEvent('settled', { detail: { id, widget: entry.widget, outcome } }));
  }
  return outcome;
}

/** Runs `work` holding the id: a Web Lock, else a lease on the entry. Undefined: another tab has it. */
async function holding<T>(id: string, work: () => Promise<T>): Promise<T | undefined> {
  if (navigator.locks) return navigator.locks.request(`${NAME}:${id}`, { ifAvailable: true }, (lock) => (lock ? work() : undefined));
  const now = Date.now();
  const free = await transact((entries) => {
    const entry = entries[id];
    if (entry && (entry.lease ?? 0) > now) return false;
    if (entry) entry.lease = now + submitOptions.timeout + 5000;
    return true;
  });
  if (!free) return undefined;
  try {
    return await work();
  } finally {
    await transact((entries) => {
      if (entries[id]) delete entries[id].lease;
    });
  }
}

/** One try of one entry; a second call while it runs (this page) gets the same answer. Undefined: another tab is sending it. */
export function attempt(id: string): Promise<Settled | undefined> {
  let running = inFlight.get(id);
  if (!running) {
    running = holding(id, () => once(id)).finally(() => inFlight.delete(id));
    inFlight.set(id, running);
  }
  return running;
}

let flushing: Promise<void> | undefined;

/** Tries every waiting entry once (expired ones are dropped). */
export function flush(): Promise<void> {
  flushing ??= (async () => {
    for (const entry of await waiting().catch(() => [])) {
      known.set(entry.id, entry);
      if ((entry.notBefore ?? 0) <= Date.now()) await attempt(entry.id);
    }
  })().finally(() => (flushing = undefined));
  return flushing;
}

/** Flushes when the browser comes online, and with keepalive requests when the page goes away. Once per page. */
export function watchOutbox(): void {
  shared('outbox-watch', () => {
    addEventListener('online', () => void flush());
    addEventListener('pagehide', () => {
      // Browsers allow 64 KiB of keepalive bodies in flight; an entry being sent now, or told to wait, is left alone.
      let budget = 65_536;
      for (const entry of known.values()) {
        const size = new TextEncoder().encode(entry.body).length;
        const now = Date.now();
        if (inFlight.has(entry.id) || size > budget || entry.expires <= now || (entry.notBefore ?? 0) > now) continue;
        budget -= size;
        void postEnvelope(entry.endpoint, entry.id, entry.body, { keepalive: true });
      }
    });
    return true;
  });
}
