/**
 * The device's localStorage, or undefined where it is missing or blocked (private mode, blocked
 * cookies, sandboxed frames throw on access). Everything a widget keeps on the device is a
 * nicety, so every reader and writer goes through here and carries on without it.
 */
export function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The JSON under a key, or undefined when there is none, it is unreadable or storage is blocked. */
export function readJson(key: string, store: Storage | undefined = storage()): unknown {
  try {
    return JSON.parse(store?.getItem(key) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}

/** Stores a value as JSON; a full or blocked storage keeps nothing, silently. */
export function writeJson(key: string, value: unknown, store: Storage | undefined = storage()): void {
  try {
    store?.setItem(key, JSON.stringify(value));
  } catch {
    // full or blocked: nothing is kept
  }
}

export function removeKey(key: string, store: Storage | undefined = storage()): void {
  try {
    store?.removeItem(key);
  } catch {
    // blocked: nothing stored either
  }
}
