// The first script of every benchmark page (before the library's own script tag): marks the
// start, records long tasks, and marks the first frame in which the widget under test shows its
// content. What "shows its content" means for each page is in <html data-bench>:
//   cards     every <digione-event-card> shows its heading
//   atcb      every <add-to-calendar-button> shows its button
//   checker   <digione-readiness-checker> shows the questionnaire's title (<html data-expect>)
//   survey    the SurveyJS container shows the questionnaire's title (<html data-expect>)
//   join      <digione-join-form> shows its form controls
//   all       one of each: the card, the checker and the join form as above
//   blank     nothing to wait for (the baseline page)
performance.mark('bench-start');
(() => {
  const bench = { longTasks: [], rendered: null, done: false };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no Long Tasks API: the count stays empty
  }
  const html = document.documentElement;
  const kind = html.dataset.bench;
  const count = Number(html.dataset.count || 1);
  const expect = html.dataset.expect || '';
  const all = (tag) => [...document.querySelectorAll(tag)];
  /**
   * True once every element of the tag shows its content; an element that did is not looked at
   * again, so the probe's own cost per frame falls as the elements appear (widgets that render in
   * batches take more frames, and must not pay for the probe re-reading the ones already shown).
   */
  let waiting; // set once all `count` elements are in the document
  const everyShows = (tag, shows) => {
    if (!waiting) {
      const elements = all(tag);
      if (elements.length < count) return false;
      waiting = elements;
    }
    waiting = waiting.filter((element) => !shows(element));
    return waiting.length === 0;
  };
  const conditions = {
    blank: () => document.readyState !== 'loading',
    cards: () => everyShows('digione-event-card', (card) => card.shadowRoot?.textContent.includes(card.getAttribute('heading'))),
    atcb: () => everyShows('add-to-calendar-button', (element) => element.shadowRoot?.querySelector('button')),
    checker: () => Boolean(document.querySelector('digione-readiness-checker')?.shadowRoot?.textContent.includes(expect)),
    survey: () => Boolean(document.getElementById('survey')?.textContent.includes(expect)),
    join: () => Boolean(document.querySelector('digione-join-form')?.shadowRoot?.querySelector('input, select')),
    all: () => conditions.cards() && conditions.checker() && conditions.join(),
  };
  const rendered = conditions[kind];
  const settle = () => {
    // let work that follows the first render (deferred layout, lazy parts) show as long tasks
    setTimeout(
      () =>
        requestAnimationFrame(() => {
          bench.done = true;
        }),
      500,
    );
  };
  const check = () => {
    if (rendered()) {
      performance.mark('bench-rendered');
      bench.rendered = performance.measure('bench-render', 'bench-start', 'bench-rendered').duration;
      settle();
    } else {
      requestAnimationFrame(check);
    }
  };
  requestAnimationFrame(check);
})();
