// Shared by the hostile-page tests (test/e2e/hostile*.test.mjs): page building blocks and
// in-page probes. Browser scripts and styles of the test pages live next to this file and are
// served at /pages/ (external files only: the strict CSP forbids inline script and style).
import { fileURLToPath } from 'node:url';

export const pagesDir = fileURLToPath(new URL('./', import.meta.url));

export const TAGS = ['digione-event-card', 'digione-readiness-checker', 'digione-join-form'];

/**
 * The strict policy of issue 7, with the one Trusted Types policy the script tag's loader adds
 * (issue 10): `digione-lazy`, which turns only the URLs of its own parts into script URLs.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' http://127.0.0.1:*; " +
  "require-trusted-types-for 'script'; trusted-types lit-html digione-lazy";

/** A whole HTML document; `head` and `body` are trusted test markup. */
export function documentOf({ head = '', body = '', lang = 'fi', title = 'Testisivu' }) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<script src="/pages/csp-probe.js"></script>${head}</head><body><main>${body}</main></body></html>`;
}

export const SEED_EVENT =
  'heading="Tietoisku oppimisen hankkeesta DigiOne – kuinka ekosysteemiin pääsee mukaan" ' +
  'start="2032-09-15T09:00" end="2032-09-15T09:45" location="Kuntatalo" ' +
  'address="Toinen linja 14, 00530 Helsinki" organizer="Kuntaliitto"';

/**
 * Resolves when every widget on the page is defined, has finished its first update and shows
 * something in its shadow root (text or form controls).
 */
export async function widgetsReady(page, tags = TAGS) {
  await page.waitForFunction(
    async (list) => {
      const elements = list.flatMap((tag) => [...document.querySelectorAll(tag)]);
      if (!elements.length) return false;
      // only the kinds on the page: the loader defines no other
      await Promise.all(list.filter((tag) => document.querySelector(tag)).map((tag) => customElements.whenDefined(tag)));
      await Promise.all(elements.map((element) => element.updateComplete));
      return elements.every((element) => {
        const root = element.shadowRoot;
        return root && (root.textContent.trim().length > 0 || root.querySelector('input, button, svg, a'));
      });
    },
    tags,
    { polling: 50 },
  );
}

/** The focused element at the bottom of nested shadow roots, and how its focus looks. */
/**
 * Answers every step of the readiness checker on a Finnish page and shows the results: in each
 * question group the option `pick(groupIndex)` (the first by default).
 */
export async function answerChecker(checker, pick = () => 0) {
  await checker
    .locator('button', { hasText: /^(Aloita|Jatka)/ })
    .first()
    .click();
  for (;;) {
    const groups = checker.locator('fieldset');
    const count = await groups.count();
    for (let i = 0; i < count; i++) await groups.nth(i).locator('input[type="radio"]').nth(pick(i)).check();
    const next = checker.locator('button', { hasText: /Seuraava|Näytä tulokset/ });
    const label = await next.textContent();
    await next.click();
    if (/Näytä tulokset/.test(label)) break;
  }
}

export function focusInfo(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    const hosts = [];
    while (element?.shadowRoot?.activeElement) {
      hosts.push(element.localName);
      element = element.shadowRoot.activeElement;
    }
    if (!element || element === document.body) return { tag: element?.localName ?? null, hosts, visible: false };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    const rect = element.getBoundingClientRect();
    return {
      tag: element.localName,
      type: element.getAttribute('type'),
      id: element.id,
      label: element.labels?.[0]?.textContent.trim() ?? '',
      checked: element.checked ?? null,
      expanded: element.getAttribute('aria-expanded'),
      text: (element.textContent || element.getAttribute('aria-label') || element.name || element.id || '').trim().slice(0, 60),
      hosts,
      focusVisible: element.matches(':focus-visible'),
      visible: outline || shadow,
      ring: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} / ${style.boxShadow}`,
      onScreen: rect.width > 0 && rect.height > 0,
    };
  });
}

/**
 * Computed styles of every element in a widget's shadow tree (nested shadow roots too), in
 * document order, keyed by a readable path. Two pages with the same widgets can then be
 * compared element by element.
 */
export function shadowStyles(page, tag, properties) {
  return page
    .locator(tag)
    .first()
    .evaluate((host, props) => {
      const rows = [];
      const describe = (element) =>
        `${element.localName}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : ''}` +
        `${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
      const visit = (root, path) => {
        for (const element of root.querySelectorAll('*')) {
          if (['style', 'script', 'template', 'slot'].includes(element.localName)) continue;
          const style = getComputedStyle(element);
          const row = { path: `${path} ${describe(element)}` };
          for (const prop of props) row[prop] = style.getPropertyValue(prop);
          rows.push(row);
          if (element.shadowRoot) visit(element.shadowRoot, row.path);
        }
      };
      const hostStyle = getComputedStyle(host);
      const hostRow = { path: host.localName };
      for (const prop of props) hostRow[prop] = hostStyle.getPropertyValue(prop);
      rows.push(hostRow);
      visit(host.shadowRoot, host.localName);
      return rows;
    }, properties);
}

/**
 * Horizontal overflow inside a widget: every element of the shadow tree (and the host) whose
 * content is wider than its box, or that reaches past the viewport's right edge.
 */
export function overflowOf(page, tag) {
  return page.locator(tag).evaluateAll((hosts) => {
    const problems = [];
    const viewport = document.documentElement.clientWidth;
    const check = (element, label) => {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') return;
      const rect = element.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) return; // visually hidden text, empty boxes
      // inline boxes and SVG internals have no scroll box of their own
      const scrolls = style.display !== 'inline' && !(element instanceof SVGElement) && element.localName !== 'input';
      if (scrolls && element.scrollWidth > element.clientWidth + 1) {
        problems.push(`${label}: scrollWidth ${element.scrollWidth} > clientWidth ${element.clientWidth}`);
      }
      if (rect.right > viewport + 1 || rect.left < -1) {
        problems.push(`${label}: spans ${Math.round(rect.left)}–${Math.round(rect.right)} px, viewport ${viewport} px`);
      }
    };
    for (const host of hosts) {
      check(host, host.localName);
      const visit = (root, path) => {
        for (const element of root.querySelectorAll('*')) {
          if (['style', 'script', 'template', 'slot'].includes(element.localName)) continue;
          const label = `${path} ${element.localName}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : ''}${element.id ? `#${element.id}` : ''}`;
          check(element, label);
          if (element.shadowRoot) visit(element.shadowRoot, label);
        }
      };
      visit(host.shadowRoot, host.localName);
    }
    if (document.documentElement.scrollWidth > window.innerWidth) {
      problems.push(`page: scrollWidth ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
    }
    return problems;
  });
}

/**
 * A keyboard-only person: presses `key` (Tab by default) until the focused element matches
 * `wanted` (a function of focusInfo's result), checking at every stop inside a widget that the
 * focus is visible. Returns the matching focus info; throws after `max` presses.
 */
export async function keyTo(page, wanted, { key = 'Tab', max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const info = await focusInfo(page);
    assertVisibleFocus(info);
    if (wanted(info)) return info;
  }
  throw new Error(`no focus stop matched after ${max} × ${key}; last: ${JSON.stringify(await focusInfo(page))}`);
}

/** The focus, when inside a widget, shows a ring (outline or box-shadow) and is on screen. */
export function assertVisibleFocus(info) {
  if (!info.hosts?.length) return; // on the host page's own elements
  if (!info.visible || !info.onScreen) {
    throw new Error(`focus not visible on ${info.hosts.join(' > ')} ${info.tag}#${info.id} "${info.text || info.label}": ${info.ring}`);
  }
}

/** Matchers for keyTo. */
export const button = (name) => (info) => info.tag === 'button' && name.test(info.text);
export const field = (name) => (info) => ['input', 'textarea', 'select'].includes(info.tag) && name.test(info.label || info.id);
export const link = (name) => (info) => info.tag === 'a' && name.test(info.text);

/**
 * axe-core's violations on the page (axe must be loaded there), one readable line each; `context`
 * is axe's own (e.g. `{ include: [['digione-join-form']] }`), the whole document by default.
 */
export function axeViolations(page, context = null) {
  return page.evaluate(async (within) => {
    const result = await window.axe.run(within ?? document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => JSON.stringify(n.target))
          .join(', ')} — ${v.help}`,
    );
  }, context);
}
