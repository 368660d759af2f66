// The first script of every benchmark page (before the library's own script tag): marks the
// start, records long tasks, and marks the first frame in which the widget under test shows its
// content. What "shows its content" means for each page is in <html data-bench>:
//   cards     every <digione-event-card> shows its heading
//   atcb      every <add-to-calendar-button> shows its button
//   checker   <digione-readiness-checker> shows the questionnaire's title (<html data-expect>)
//   survey    the SurveyJS container shows the questionnaire's title (<html data-expect>)
//   join      <digione-join-form> shows its form controls
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
  const conditions = {
    blank: () => document.readyState !== 'loading',
    cards: () => {
      const cards = all('digione-event-card');
      return cards.length === count && cards.every((card) => card.shadowRoot?.textContent.includes(card.getAttribute('heading')));
    },
    atcb: () => {
      const buttons = all('add-to-calendar-button');
      return buttons.length === count && buttons.every((element) => element.shadowRoot?.querySelector('button'));
    },
    checker: () => Boolean(document.querySelector('digione-readiness-checker')?.shadowRoot?.textContent.includes(expect)),
    survey: () => Boolean(document.getElementById('survey')?.textContent.includes(expect)),
    join: () => Boolean(document.querySelector('digione-join-form')?.shadowRoot?.querySelector('input, select')),
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
