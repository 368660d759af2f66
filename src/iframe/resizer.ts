/**
 * The optional resizer for a page that embeds dist/embed/ in an iframe
 * (dist/digione-embed-resizer.js, a classic script under 1 kB): sets each such iframe's height
 * to the height its page reports (height-message.ts), so it needs no inner scroll bar. It takes
 * a message only from the iframe's own window (event.source) and only when it comes from the
 * origin of the iframe's src; the height goes in through the CSSOM (no markup), so a strict CSP
 * on the parent page is fine.
 *
 * ```html
 * <script src="…/dist/digione-embed-resizer.js" integrity="sha384-…" crossorigin="anonymous" defer></script>
 * ```
 */
import { isHeightMessage } from './height-message.js';

window.addEventListener('message', (event) => {
  if (!isHeightMessage(event.data)) return;
  for (const iframe of document.querySelectorAll('iframe')) {
    if (iframe.contentWindow !== event.source || !iframe.src) continue;
    if (new URL(iframe.src, document.baseURI).origin !== event.origin) return;
    iframe.style.setProperty('height', `${event.data.height}px`);
    return;
  }
});
