/**
 * The lazy loader (dist/digione-lazy.js, about 1 kB): a classic script a page loads instead of
 * dist/digione-widgets.js. It adds that script (the loader, which then brings the parts the page
 * shows) only when a DigiOne element is on the page and comes near the viewport, so a page whose
 * widget sits far below the fold (or on a tab the reader never opens) does not pay for it up front.
 *
 * ```html
 * <script src="…/dist/digione-lazy.js" defer></script>
 * <!-- optional: data-src="…/digione-widgets.js" data-integrity="sha384-…" on the same tag -->
 * ```
 *
 * The bundle is taken from the same directory as this script unless `data-src` names it;
 * `data-integrity` pins it with SRI. Under Trusted Types (`require-trusted-types-for 'script'`)
 * the page adds the policy `digione-lazy` to its `trusted-types` list; the policy (shared with
 * the loader, src/loader/trusted.ts) lets through exactly that one URL here. Elements added later (a CMS that renders client-side) are found
 * by a MutationObserver.
 */
import { TAGS as WIDGET_TAGS } from './core/tags.js';
import { trustedScriptUrl } from './loader/trusted.js';

const TAGS: readonly string[] = Object.values(WIDGET_TAGS);
const SELECTOR = TAGS.join(',');
/** How far below the viewport an element starts the loading, so it is ready when scrolled to. */
const MARGIN = '600px';

function start(): void {
  if (TAGS.every((tag) => customElements.get(tag))) return; // the bundle is already on the page
  const script = document.currentScript as HTMLScriptElement | null;
  const bundle = new URL(script?.dataset.src || 'digione-widgets.js', script?.src || document.baseURI).href;
  const integrity = script?.dataset.integrity;
  let loaded = false;

  const load = (): void => {
    if (loaded) return;
    loaded = true;
    visibility?.disconnect();
    additions.disconnect();
    const element = document.createElement('script');
    if (integrity) {
      element.integrity = integrity;
      element.crossOrigin = 'anonymous';
    }
    try {
      (element as unknown as { src: unknown }).src = trustedScriptUrl(bundle, bundle);
      // The loader's one job: the bundle's script tag, the same one the page would otherwise
      // write itself. Nothing else of the page is touched.
      document.head.append(element);
    } catch (error) {
      console.error(
        "digione-widgets: the lazy loader could not load the widgets; with Trusted Types add 'digione-lazy' to the page's trusted-types directive.",
        error,
      );
    }
  };

  // Near the viewport: load. Without IntersectionObserver: load at once.
  const visibility =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && load(), { rootMargin: MARGIN })
      : undefined;
  const watch = (element: Element): void => (visibility ? visibility.observe(element) : load());
  const additions = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(SELECTOR)) watch(node);
        node.querySelectorAll(SELECTOR).forEach(watch);
      }
    }
  });
  additions.observe(document.documentElement, { childList: true, subtree: true });
  document.querySelectorAll(SELECTOR).forEach(watch);
}

start();
