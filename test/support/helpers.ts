/**
 * The helpers every component test uses: shadow-root queries, text as a person reads it, the
 * focused element, key presses, language switches and console capture. One module, so the
 * tests read alike.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/** The first element in a widget's shadow root that matches, or null. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);

/** The first match, or a failed test naming the selector. */
export function must<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = $<T>(el, selector);
  if (!found) expect.fail(`<${el.localName}> has no ${selector}`);
  return found;
}

/** Every match in a widget's shadow root. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** The text as shown (innerText for rendered elements), whitespace collapsed. */
export const text = (node: Element | ShadowRoot | null | undefined): string =>
  ((node instanceof HTMLElement ? node.innerText : node?.textContent) ?? '').replace(/\s+/g, ' ').trim();

/** The focused element inside a widget. */
export const active = (el: Element): HTMLElement | null => el.shadowRoot!.activeElement as HTMLElement | null;

export const press = (key: string): Promise<void> => sendKeys({ press: key });

/** Tabs until the focus is on an element matching the selector (at most `max` presses). */
export async function tabTo(el: Element, selector: string, max = 12): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (active(el)?.matches(selector)) return;
    await press('Tab');
  }
  expect.fail(`Tab never reached ${selector}; focus is on ${active(el)?.outerHTML}`);
}

/** Sets `lang` on a node (the widget, an ancestor or <html>); the shared observer runs in a microtask, then Lit updates. */
export async function setLang(node: Element, lang: string, el?: Element & { updateComplete: Promise<unknown> }): Promise<void> {
  node.setAttribute('lang', lang);
  await nextFrame();
  await (el ?? (node as Element & { updateComplete?: Promise<unknown> })).updateComplete;
}

/** Types into a field as a person would, through the input event. */
export function fill(el: Element, selector: string, value: string): void {
  const input = must<HTMLInputElement | HTMLTextAreaElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Collects console calls of one level while a test runs. */
export function watchConsole(level: 'warn' | 'error'): { calls: string[]; restore: () => void } {
  const calls: string[] = [];
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => calls.push(args.map(String).join(' '));
  return { calls, restore: () => (console[level] = original) };
}
