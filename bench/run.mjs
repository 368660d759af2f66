// npm run bench: the three widgets against their peers in headless Chromium with 4× CPU
// throttling, each page loaded cold in a fresh browser context, and BENCHMARKS.md written from
// the medians. Not part of npm test. Environment: BENCH_RUNS (default 10, the main table),
// BENCH_SCALE_RUNS (default 5, the scaling tables), BENCH_OUT (default BENCHMARKS.md).
//
// Per page and run it records: JavaScript bytes transferred (gzip, as served; the page's own
// benchmark probe excluded), the time from the first script's start to the first frame that
// shows the widget's content (bench/pages/probe.js), long tasks (PerformanceObserver
// 'longtask'), and the JS heap after a forced GC (CDP Performance.getMetrics JSHeapUsedSize)
// minus that of a blank page with the same probe.
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import Fastify from 'fastify';
import { transform } from 'esbuild';
import { launchBrowser, root } from '../test/e2e/support.mjs';
import { defaultQuestionnaire, generatedQuestionnaire, toSurveyJs, countQuestions } from './questionnaires.mjs';
import { goalTable } from './goals.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const SCALE_RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 5);
const OUT = process.env.BENCH_OUT ?? `${root}BENCHMARKS.md`;
const THROTTLE = 4;
/** Chrome DevTools' "Slow 4G" preset: 150 ms round trip (its 562.5 ms at the HTTP layer), 1.6 Mbit/s down, 750 kbit/s up. */
const SLOW_NETWORK = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const started = Date.now();

// ---------------------------------------------------------------- what the server serves
const files = new Map(); // URL path → { type, body (gzip) }
const JS = 'text/javascript; charset=utf-8';
const serve = (path, type, content) => files.set(path, { type, body: gzipSync(content, { level: 9 }) });
const read = (path) => readFileSync(`${root}${path}`);

serve('/lib/digione-widgets.js', JS, read('dist/digione-widgets.js'));
serve('/lib/digione-lazy.js', JS, read('dist/digione-lazy.js'));
serve('/lib/digione-widgets-all.js', JS, read('dist/digione-widgets-all.js'));
// What digione-widgets.js may add beside itself (dist/parts/: shared part, widgets, strings),
// served at the same place relative to it.
if (existsSync(`${root}dist/parts`)) {
  for (const file of readdirSync(`${root}dist/parts`, { recursive: true })) {
    const path = `dist/parts/${String(file).replaceAll('\\', '/')}`;
    if (path.endsWith('.js')) serve(`/lib/${path.slice('dist/'.length)}`, JS, read(path));
    else if (path.endsWith('.json')) serve(`/lib/${path.slice('dist/'.length)}`, 'application/json', read(path));
  }
}
// add-to-calendar-button as its CDN default file (jsDelivr serves the package's `jsdelivr` file,
// dist/atcb.js, minified); we minify it the same way so neither side is penalised for whitespace.
const atcb = await transform(read('node_modules/add-to-calendar-button/dist/atcb.js').toString(), { minify: true, loader: 'js' });
serve('/lib/atcb.min.js', JS, atcb.code);
// SurveyJS as its docs' script-tag setup: survey-core, its default theme CSS, survey-js-ui, plus
// the Finnish and Swedish UI strings (the widgets ship fi, sv and en; SurveyJS has en built in).
serve('/lib/survey.core.min.js', JS, read('node_modules/survey-core/survey.core.min.js'));
serve('/lib/survey-fi.min.js', JS, read('node_modules/survey-core/i18n/finnish.min.js'));
serve('/lib/survey-sv.min.js', JS, read('node_modules/survey-core/i18n/swedish.min.js'));
serve('/lib/survey-js-ui.min.js', JS, read('node_modules/survey-js-ui/survey-js-ui.min.js'));
serve('/lib/survey-core.min.css', 'text/css; charset=utf-8', read('node_modules/survey-core/survey-core.min.css'));
serve('/bench/probe.js', JS, read('bench/pages/probe.js'));
serve('/bench/survey-boot.js', JS, read('bench/pages/survey-boot.js'));

const builtIn = await defaultQuestionnaire(root);
const questionnaires = { 8: generatedQuestionnaire(8, 2), 40: generatedQuestionnaire(40, 8), 200: generatedQuestionnaire(200, 8) };
for (const [size, questionnaire] of Object.entries(questionnaires)) {
  serve(`/q/${size}.json`, 'application/json', JSON.stringify(questionnaire));
  serve(`/q/survey-${size}.json`, 'application/json', JSON.stringify(toSurveyJs(questionnaire)));
}
serve('/q/survey-default.js', JS, `window.BENCH_SURVEY = ${JSON.stringify(toSurveyJs(builtIn))};`);

// ---------------------------------------------------------------- the pages
const attr = (value) => String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
const script = (src) => `<script src="${src}" defer></script>`;
const page = ({ bench, count = 1, expect = '', head = '', body = '' }) =>
  `<!doctype html><html lang="fi" data-bench="${bench}" data-count="${count}" data-expect="${attr(expect)}"><head>` +
  `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title>` +
  `<script src="/bench/probe.js"></script>${head}</head><body><main>${body}</main></body></html>`;

// The seed's event, the same for both calendar widgets.
const EVENT = {
  heading: 'Tietoisku oppimisen hankkeesta DigiOne – kuinka ekosysteemiin pääsee mukaan',
  location: 'Kuntatalo',
  address: 'Toinen linja 14, 00530 Helsinki',
  organizer: 'Kuntaliitto',
  description: 'Kerromme, miten kunta pääsee mukaan DigiOneen, ja vastaamme kysymyksiin.',
};
const day = (i) => `2032-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
const ourCards = (n) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<digione-event-card heading="${attr(`${EVENT.heading} (${i + 1})`)}" start="${day(i)}T09:00" end="${day(i)}T09:45" ` +
      `location="${attr(EVENT.location)}" address="${attr(EVENT.address)}" organizer="${attr(EVENT.organizer)}" ` +
      `description="${attr(EVENT.description)}" event-id="bench-${i}@example.fi"></digione-event-card>`,
  ).join('\n');
const atcbButtons = (n) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<add-to-calendar-button name="${attr(`${EVENT.heading} (${i + 1})`)}" startDate="${day(i)}" startTime="09:00" endTime="09:45" ` +
      `timeZone="Europe/Helsinki" location="${attr(`${EVENT.location}, ${EVENT.address}`)}" description="${attr(EVENT.description)}" ` +
      `options="'iCal','Google','Outlook.com','Microsoft365'" language="fi"></add-to-calendar-button>`,
  ).join('\n');
const surveyHead = (inline) =>
  `<link rel="stylesheet" href="/lib/survey-core.min.css">` +
  ['/lib/survey.core.min.js', '/lib/survey-fi.min.js', '/lib/survey-sv.min.js', '/lib/survey-js-ui.min.js']
    .concat(inline ? ['/q/survey-default.js'] : [], '/bench/survey-boot.js')
    .map(script)
    .join('');
const fi = (value) => value.fi;

const scenarios = {
  blank: page({ bench: 'blank' }),
  'card-1': page({ bench: 'cards', count: 1, head: script('/lib/digione-widgets.js'), body: ourCards(1) }),
  'atcb-1': page({ bench: 'atcb', count: 1, head: script('/lib/atcb.min.js'), body: atcbButtons(1) }),
  // the same card from the all-in-one file (every widget and language in one script, no parts)
  'card-1-all': page({ bench: 'cards', count: 1, head: script('/lib/digione-widgets-all.js'), body: ourCards(1) }),
  'checker-default': page({
    bench: 'checker',
    expect: fi(builtIn.title),
    head: script('/lib/digione-widgets.js'),
    body: '<digione-readiness-checker></digione-readiness-checker>',
  }),
  'survey-default': page({ bench: 'survey', expect: fi(builtIn.title), head: surveyHead(true), body: '<div id="survey"></div>' }),
  'join-form': page({
    bench: 'join',
    head: script('/lib/digione-widgets.js'),
    body: '<digione-join-form endpoint="/api/submissions" privacy-url="/tietosuoja.html" no-draft></digione-join-form>',
  }),
  // the issue's fourth page: one of each widget, the one script tag
  'all-three': page({
    bench: 'all',
    count: 1,
    expect: fi(builtIn.title),
    head: script('/lib/digione-widgets.js'),
    body:
      ourCards(1) +
      '<digione-readiness-checker></digione-readiness-checker>' +
      '<digione-join-form endpoint="/api/submissions" privacy-url="/tietosuoja.html" no-draft></digione-join-form>',
  }),
};
// The lazy loader: one card far below the fold (nothing but the loader should load), and one
// card in view (the loader, then the bundle).
scenarios['lazy-below'] = page({ bench: 'blank', head: script('/lib/digione-lazy.js'), body: `<div style="height: 5000px"></div>${ourCards(1)}` });
scenarios['lazy-card-1'] = page({ bench: 'cards', count: 1, head: script('/lib/digione-lazy.js'), body: ourCards(1) });
for (const n of [10, 100]) {
  scenarios[`card-${n}`] = page({ bench: 'cards', count: n, head: script('/lib/digione-widgets.js'), body: ourCards(n) });
  scenarios[`atcb-${n}`] = page({ bench: 'atcb', count: n, head: script('/lib/atcb.min.js'), body: atcbButtons(n) });
}
for (const [size, questionnaire] of Object.entries(questionnaires)) {
  scenarios[`checker-${size}`] = page({
    bench: 'checker',
    expect: fi(questionnaire.title),
    head: script('/lib/digione-widgets.js'),
    body: `<digione-readiness-checker src="/q/${size}.json"></digione-readiness-checker>`,
  });
  scenarios[`survey-${size}`] = page({
    bench: 'survey',
    expect: fi(questionnaire.title),
    head: surveyHead(false),
    body: `<div id="survey" data-src="/q/survey-${size}.json"></div>`,
  });
}
// The same pages over a slow mobile network (name ending in -slow: see SLOW_NETWORK): what the
// bytes cost where they travel, which the CPU-bound localhost rows do not show.
for (const name of ['card-1', 'card-1-all', 'atcb-1']) scenarios[`${name}-slow`] = scenarios[name];
for (const [name, html] of Object.entries(scenarios)) files.set(`/${name}.html`, { type: 'text/html; charset=utf-8', body: gzipSync(html) });

const app = Fastify({ logger: false });
const missing = new Set();
app.get('/*', (request, reply) => {
  const file = files.get(request.url.split('?')[0]);
  if (!file) {
    if (!request.url.startsWith('/favicon')) missing.add(request.url);
    return reply.code(404).send();
  }
  return reply.headers({ 'content-type': file.type, 'content-encoding': 'gzip', 'cache-control': 'no-store' }).send(file.body);
});
await app.listen({ host: '127.0.0.1', port: 0 });
const base = `http://127.0.0.1:${app.server.address().port}`;

// ---------------------------------------------------------------- measuring
const browser = await launchBrowser();

/** BENCH_PROFILE=1 with BENCH_ONLY: where the page's main thread spent its time (self time by function and file, top 25). */
function printProfile(name, profile) {
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.timeDeltas.forEach((delta, i) => {
    const { callFrame } = byId.get(profile.samples[i]);
    const key = `${callFrame.functionName || '(anonymous)'} ${callFrame.url.replace(base, '')}:${callFrame.lineNumber}:${callFrame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + delta / 1000);
  });
  console.log(`${name}: self time (ms), top 25`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms.toFixed(1).padStart(8)}  ${key}`);
}

async function measure(name) {
  if (process.env.BENCH_DEBUG) console.log(`measuring ${name}`);
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  tab.on('crash', () => errors.push('the page crashed'));
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  if (name.endsWith('-slow')) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
  }
  await cdp.send('Performance.enable');
  if (process.env.BENCH_PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await tab.goto(`${base}/${name}.html`);
  // wait without polling inside the page (that would cost CPU time during the measurement)
  const deadline = Date.now() + 60_000;
  while (
    !(await tab
      .evaluate(() => window.__bench?.done)
      .catch((error) => {
        throw new Error(`${name}: ${errors.join('; ') || error.message}`);
      }))
  ) {
    if (errors.length) throw new Error(`${name}: ${errors.join('; ')}`);
    if (Date.now() > deadline) throw new Error(`${name}: the widget did not render its content within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (process.env.BENCH_PROFILE) {
    printProfile(name, (await cdp.send('Profiler.stop')).profile);
    const timeline = await tab.evaluate(() => [
      ...performance
        .getEntriesByType('resource')
        .map((entry) => `${entry.startTime.toFixed(0).padStart(6)} → ${entry.responseEnd.toFixed(0).padStart(6)}  ${new URL(entry.name).pathname}`),
      ...performance
        .getEntriesByType('longtask')
        .map((entry) => `${entry.startTime.toFixed(0).padStart(6)} +${entry.duration.toFixed(0).padStart(5)}  long task`),
      `${window.__bench.rendered.toFixed(0).padStart(6)}          rendered`,
    ]);
    console.log(`${name}: resources, long tasks (ms from navigation)\n${timeline.sort().join('\n')}`);
  }
  const result = await tab.evaluate(() => {
    const resources = performance.getEntriesByType('resource').filter((entry) => !new URL(entry.name).pathname.startsWith('/bench/'));
    const bytes = (pattern) => resources.filter((entry) => pattern.test(new URL(entry.name).pathname)).reduce((sum, entry) => sum + entry.encodedBodySize, 0);
    const { longTasks, rendered } = window.__bench;
    return {
      rendered,
      longTaskCount: longTasks.length,
      longTaskTime: longTasks.reduce((a, b) => a + b, 0),
      longestTask: Math.max(0, ...longTasks),
      js: bytes(/\.js$/),
      css: bytes(/\.css$/),
      data: bytes(/\.json$/),
    };
  });
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  result.heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize').value;
  await context.close();
  return result;
}

const MAIN = [
  'blank',
  'card-1',
  'atcb-1',
  'card-1-all',
  'card-1-slow',
  'card-1-all-slow',
  'atcb-1-slow',
  'checker-default',
  'survey-default',
  'join-form',
  'all-three',
  'lazy-below',
  'lazy-card-1',
];
const SCALING = ['card-10', 'atcb-10', 'card-100', 'atcb-100', 'checker-8', 'survey-8', 'checker-40', 'survey-40', 'checker-200', 'survey-200'];
if (process.env.BENCH_ONLY) {
  for (const name of process.env.BENCH_ONLY.split(',')) console.log(name, await measure(name));
  await browser.close();
  await app.close();
  process.exit(0);
}
const samples = Object.fromEntries(Object.keys(scenarios).map((name) => [name, []]));
// Round robin, so that a slow moment of the machine hits every page alike; one warm-up first.
for (const name of [...MAIN, ...SCALING]) await measure(name);
for (let run = 0; run < Math.max(RUNS, SCALE_RUNS); run++) {
  for (const name of [...(run < RUNS ? MAIN : []), ...(run < SCALE_RUNS ? SCALING : [])]) samples[name].push(await measure(name));
  process.stdout.write(`run ${run + 1} done (${Math.round((Date.now() - started) / 1000)} s)\n`);
}
const chromiumVersion = browser.version();
await browser.close();
await app.close();
if (missing.size) console.warn(`not found while benchmarking: ${[...missing].join(', ')}`);

// ---------------------------------------------------------------- the report
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const stats = {};
for (const [name, runs] of Object.entries(samples)) {
  if (!runs.length) continue;
  stats[name] = Object.fromEntries(
    ['rendered', 'longTaskCount', 'longTaskTime', 'longestTask', 'js', 'css', 'data', 'heap'].map((key) => [key, median(runs.map((r) => r[key]))]),
  );
  stats[name].runs = runs.length;
}
const blankHeap = stats.blank.heap;
for (const name of Object.keys(stats)) stats[name].heapDelta = Math.max(0, stats[name].heap - blankHeap);
mkdirSync(`${root}bench/.results`, { recursive: true });
writeFileSync(`${root}bench/.results/latest.json`, JSON.stringify({ date: new Date().toISOString(), chromiumVersion, samples, stats }, null, 2));

const kB = (bytes) => (bytes / 1024).toFixed(1);
const ms = (value) => value.toFixed(0);
const ratio = (ours, peer) => (peer ? `${(ours / peer).toFixed(2)}×` : '–');
const row = (label, s) =>
  `| ${label} | ${kB(s.js)} | ${s.css ? kB(s.css) : '0'} | ${ms(s.rendered)} | ${s.longTaskCount} | ${ms(s.longTaskTime)} | ${ms(s.longestTask)} | ${(s.heapDelta / 1024 / 1024).toFixed(2)} |`;
const ratioRow = (ours, peer) =>
  `| ratio ours / peer | ${ratio(ours.js, peer.js)} | – | ${ratio(ours.rendered, peer.rendered)} | – | ${ratio(ours.longTaskTime, peer.longTaskTime)} | ${ratio(ours.longestTask, peer.longestTask)} | ${ratio(ours.heapDelta, peer.heapDelta)} |`;
const HEADER =
  '| page | JS kB (gzip) | CSS kB (gzip) | first render ms | long tasks | long-task ms | longest task ms | JS heap MB (over blank) |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |';

const git = (...args) => {
  try {
    return execFileSync('git', args, { cwd: root }).toString().trim();
  } catch {
    return '?';
  }
};
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const mem = `${Math.round(os.totalmem() / 1024 ** 3)} GiB`;
const pkg = (name) => JSON.parse(read(`node_modules/${name}/package.json`)).version;
const n = (name) => stats[name];

const perExtra = (kind) => ((n(`${kind}-100`).rendered - n(`${kind}-1`).rendered) / 99).toFixed(1);
const dirty = git('status', '--porcelain', '--', 'src') ? ' (with uncommitted changes in src/)' : '';
const md = `# Benchmarks

Generated by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}, commit \`${git('rev-parse', '--short', 'HEAD')}\`${dirty}.
Rerun it on your machine; the numbers are relative to this one.

**Machine**: ${os.cpus().length} cores (${cpu}), ${mem} memory, ${os.type()} ${os.release()}; Node ${process.version};
Chromium ${chromiumVersion} headless with **${THROTTLE}× CPU throttling** (CDP \`Emulation.setCPUThrottlingRate\`).
Peers: add-to-calendar-button ${pkg('add-to-calendar-button')}, survey-core + survey-js-ui ${pkg('survey-core')}.

## Method

- Every page is loaded cold in a fresh browser context from a local server (127.0.0.1) that sends
  every file gzip-compressed (level 9) with \`Cache-Control: no-store\`. Each library is loaded the
  same way: classic \`<script defer>\` tags, as a web editor would paste them.
- **JS kB**: the gzip bytes of JavaScript the page transferred (Resource Timing \`encodedBodySize\`),
  without the benchmark's own probe script. **CSS kB** likewise (SurveyJS's default theme).
- **first render**: from a \`performance.mark\` in the page's first script (before the library's
  script tag) to the first animation frame in which the widget shows its content: every event card
  its heading, every add-to-calendar-button its button, the readiness checker and SurveyJS the
  questionnaire's title, the join form its fields (bench/pages/probe.js).
- **long tasks**: count and total duration of tasks over 50 ms (PerformanceObserver \`longtask\`)
  until 500 ms after the first render; **longest task** the longest of them (0: none over 50 ms).
  The issue's bar for the 100-card page: no task over 100 ms.
- **JS heap**: \`JSHeapUsedSize\` (CDP \`Performance.getMetrics\`) after two forced garbage
  collections, minus the same on a blank page with the probe (${(blankHeap / 1024 / 1024).toFixed(2)} MB).
- Medians of **${RUNS} runs** for the main table and **${SCALE_RUNS} runs** for the scaling tables,
  pages taken in turn (round robin) after one warm-up run of each.
- Peers: **add-to-calendar-button** renders the same event (same name, times, time zone, place,
  description, the same four calendar services); its CDN file \`dist/atcb.js\` is minified with
  esbuild before serving (jsDelivr minifies a package's default file too). Our event card renders
  the whole card (heading, date and time, place, organizer, description, status, calendar menu), the
  peer only its button. **SurveyJS** renders the same questionnaire converted to its JSON
  (bench/questionnaires.mjs: one page per area, each question a radiogroup with the same six
  options), with its default theme CSS and its Finnish and Swedish UI strings (ours loads the
  page's language only). In the main table our checker uses its built-in questionnaire and SurveyJS gets
  the JSON from a script file (no fetch for either); in the scaling table both fetch the
  questionnaire JSON (the checker through its \`src\` attribute).
- Our pages load \`dist/digione-widgets.js\`, the loader, which adds from \`dist/parts/\` only what
  the page shows: the shared part (lit, i18next, core), the widget's part and its Finnish strings.
  The row "from the all-in-one file" loads \`dist/digione-widgets-all.js\` instead (every widget
  and language in one script).

## The widgets against their peers (medians of ${RUNS} runs)

${HEADER}
${row('digione-event-card (1 card)', n('card-1'))}
${row('add-to-calendar-button (1 button)', n('atcb-1'))}
${ratioRow(n('card-1'), n('atcb-1'))}
${row('digione-event-card (1 card) from the all-in-one file', n('card-1-all'))}
${ratioRow(n('card-1-all'), n('atcb-1'))}
${row(`digione-readiness-checker (built-in, ${countQuestions(builtIn)} questions)`, n('checker-default'))}
${row('SurveyJS (same questionnaire)', n('survey-default'))}
${ratioRow(n('checker-default'), n('survey-default'))}
${row('digione-join-form (no peer)', n('join-form'))}
${row('all three widgets on one page (no peer)', n('all-three'))}

The same three pages over DevTools' "Slow 4G" network (150 ms round trip, 1.6 Mbit/s; CDP
\`Network.emulateNetworkConditions\`), still with 4× CPU throttling:

${HEADER}
${row('digione-event-card (1 card), the loader', n('card-1-slow'))}
${row('digione-event-card (1 card), the all-in-one file', n('card-1-all-slow'))}
${row('add-to-calendar-button (1 button)', n('atcb-1-slow'))}
${ratioRow(n('card-1-slow'), n('atcb-1-slow'))}

## Page weight against the issue's goals (issue 10; this run)

JS is the gzip bytes of all JavaScript the page transferred (as above), here in kB of 1000 B as the
issue and \`size-budget.json\` count them (the tables above: 1024 B); pages in Finnish with the one
script tag. \`npm run size\` checks the same four pages' weights (scripts/page-weight.mjs).

${goalTable(stats)}

## The lazy loader (dist/digione-lazy.js; medians of ${RUNS} runs)

${HEADER}
${row('digione-lazy.js, the card far below the fold (not yet loaded)', n('lazy-below'))}
${row('digione-lazy.js, the card in view (lazy loader, then loader and parts)', n('lazy-card-1'))}
${row('digione-widgets.js, the card in view (from the main table)', n('card-1'))}

## How the cost grows (medians of ${SCALE_RUNS} runs; the 1-card row from the main table)

${HEADER}
${[1, 10, 100].map((k) => [row(`${k} × digione-event-card`, n(`card-${k}`)), row(`${k} × add-to-calendar-button`, n(`atcb-${k}`)), ratioRow(n(`card-${k}`), n(`atcb-${k}`))].join('\n')).join('\n')}
${[8, 40, 200].map((k) => [row(`digione-readiness-checker, ${k} questions`, n(`checker-${k}`)), row(`SurveyJS, ${k} questions`, n(`survey-${k}`)), ratioRow(n(`checker-${k}`), n(`survey-${k}`))].join('\n')).join('\n')}

## Reading the numbers

- Per extra event card, first render grows by ${perExtra('card')} ms for ours and ${perExtra('atcb')} ms for
  add-to-calendar-button (from the 1- and 100-card pages). Ours renders the cards in batches of
  about 10 ms each (src/core/render-queue.ts), in document order, each card complete when it first
  shows; the longest task of the 100-card page is ${ms(n('card-100').longestTask)} ms (the peer's ${ms(n('atcb-100').longestTask)} ms).
- The readiness checker's first view is its intro (title, how long it takes, Start); the
  questions come one area per step. SurveyJS renders the first page with its questions at once,
  so its first render grows with the questions per page; ours grows only with the JSON to fetch
  and check (${kB(n('checker-200').data)} kB gzip for 200 questions).
- The lazy loader transfers ${kB(n('lazy-below').js)} kB of JavaScript while the widget is far below the fold
  (instead of ${kB(n('card-1').js)} kB); a widget already in view renders ${ms(n('lazy-card-1').rendered - n('card-1').rendered)} ms later than with the loader
  on the page directly (the extra request after the lazy loader runs).
- The JS bytes of ours are the loader and the parts of what the page shows; the floor of every
  page is the shared part, in which i18next and lit are about 22 kB (README.md, "Performance").

Raw samples of the last run: bench/.results/latest.json (not committed). The whole run took
${Math.round((Date.now() - started) / 1000)} s.
`;
// The receiver's and the inbox's sections (server/bench, from the first <!-- …:start --> marker on)
// are written by their own benchmarks: keep them.
const previous = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
const serverSections = previous.search(/<!-- [\w-]+:start -->/);
writeFileSync(OUT, serverSections >= 0 ? `${md.trimEnd()}\n\n${previous.slice(serverSections)}` : md);
console.log(md);
