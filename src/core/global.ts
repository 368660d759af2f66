/**
 * Page-wide state that two copies of the bundle (two script tags, or the script tag and an
 * npm build) must share. It lives on globalThis under registry symbols, so every copy finds
 * the same object whatever its own module instances are.
 */
export function shared<T>(key: string, create: () => T): T {
  const symbol = Symbol.for(`digione-widgets.${key}`);
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  let value = store[symbol];
  if (value === undefined) {
    value = create();
    store[symbol] = value;
  }
  return value;
}
