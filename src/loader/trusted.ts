/**
 * The one Trusted Types policy of the script tag, `digione-lazy`, shared by the loader and the
 * lazy loader (whichever runs first creates it; a second createPolicy of the name would throw
 * under a strict CSP). It turns into a script URL only what one of them registered: the lazy
 * loader its bundle's URL, the loader its parts folder.
 */
interface Policy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): Policy;
}
interface PolicyState {
  prefixes: string[];
  policy?: Policy | null;
}

export const POLICY_NAME = 'digione-lazy';

export function trustedScriptUrl(url: string, allowedPrefix: string): unknown {
  const store = globalThis as unknown as Record<symbol, PolicyState | undefined>;
  const key = Symbol.for('digione-widgets.script-policy');
  const state = (store[key] ??= { prefixes: [] });
  if (!state.prefixes.includes(allowedPrefix)) state.prefixes.push(allowedPrefix);
  if (state.policy === undefined) {
    state.policy = null;
    try {
      state.policy =
        (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes?.createPolicy(POLICY_NAME, {
          createScriptURL: (value) => {
            if (state.prefixes.some((prefix) => value.startsWith(prefix))) return value;
            throw new TypeError(`${POLICY_NAME} does not load ${value}`);
          },
        }) ?? null;
    } catch {
      // the page's CSP allows no such policy: a plain URL works unless it enforces Trusted Types
    }
  }
  return state.policy ? state.policy.createScriptURL(url) : url;
}
