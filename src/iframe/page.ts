/**
 * The iframe embed page's script (dist/embed/embed-page.js, loaded by dist/embed/index.html
 * after ../digione-widgets.js): renders the ONE widget its query names, full width, and tells
 * the parent page its height. Values from the query reach the widget only through
 * setAttribute, after the checks of query.ts; nothing of the query is ever parsed as HTML.
 */
import { heightMessage } from './height-message.js';
import { EMBED_STRINGS, widgetProblem } from './messages.js';
import { readEmbedQuery, type EmbedRequest } from './query.js';

function render(request: EmbedRequest, main: HTMLElement): void {
  document.documentElement.lang = request.language;
  const strings = EMBED_STRINGS[request.language];
  document.title = request.ok ? strings.titles[request.widget] : strings.title;
  // named, so it is not a second unnamed "main" landmark next to the parent page's own
  main.setAttribute('aria-label', document.title);
  if (!request.ok) {
    const problem = document.createElement('p');
    problem.className = 'embed-problem';
    problem.textContent = widgetProblem(request.reason, request.widget, request.language);
    main.append(problem);
    return;
  }
  const element = document.createElement(request.tag);
  for (const [name, value] of request.attributes) element.setAttribute(name, value);
  if (request.refused.length) {
    console.warn(`digione-widgets embed: ignored ${request.refused.join(', ')}: not a value <${request.tag}> accepts (see the README, "Embedding").`);
  }
  main.append(element);
}

/**
 * Posts the document's height to the parent on load and whenever it changes. The body (margin
 * 0, its own block formatting context) is as tall as the content, whatever the iframe's height,
 * so the height can shrink as well as grow.
 */
function reportHeight(widget: string): void {
  if (window.parent === window) return;
  let sent = -1;
  const send = (always: boolean): void => {
    const message = heightMessage(widget, document.body.getBoundingClientRect().height);
    if (!always && message.height === sent) return;
    sent = message.height;
    window.parent.postMessage(message, '*'); // the height only: nothing personal, so any parent may read it
  };
  new ResizeObserver(() => send(false)).observe(document.body);
  window.addEventListener('load', () => send(true));
}

const request = readEmbedQuery(location.search, document.baseURI);
render(request, document.querySelector('main') ?? document.body);
reportHeight(request.ok ? request.widget : '');
