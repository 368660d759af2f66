// Issue 10's goals and the table of BENCHMARKS.md that sets a run's medians beside them
// ("Page weight against the issue's goals"). Pure: bench/run.mjs passes its per-page medians.

import { readFileSync } from 'node:fs';

const { pages } = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));

/** The page weights' goals, in bytes (1 kB = 1000 B), from size-budget.json "pages", by bench page. */
export const WEIGHT_GOALS = [
  { label: 'one event card', page: 'card-1', goal: pages['event-card'].goal },
  { label: 'one readiness checker', page: 'checker-default', goal: pages['readiness-checker'].goal },
  { label: 'one join form', page: 'join-form', goal: pages['join-form'].goal },
  { label: 'all three', page: 'all-three', goal: pages.all.goal },
];

/** The first-render goals: a ratio ours / peer of `key` (at most `goal`), or a plain value in ms. */
export const RENDER_GOALS = [
  { label: 'first render, one event card / one add-to-calendar-button', ours: 'card-1', peer: 'atcb-1', key: 'rendered', goal: 0.5 },
  { label: 'first render, readiness checker / SurveyJS (same questionnaire)', ours: 'checker-default', peer: 'survey-default', key: 'rendered', goal: 0.15 },
  { label: 'all shown, 100 event cards / 100 add-to-calendar-buttons', ours: 'card-100', peer: 'atcb-100', key: 'rendered', goal: 0.5 },
  { label: 'longest task while 100 event cards render', ours: 'card-100', key: 'longestTask', goal: 100, unit: 'ms' },
];

const met = (value, goal) => (Number.isFinite(value) ? (value <= goal ? 'yes' : 'no') : '–');

/**
 * The markdown table (header included) from the medians by page name (`stats[name].js` in gzip
 * bytes transferred, `.rendered` and `.longestTask` in ms). A page missing from `stats` shows "–".
 */
export function goalTable(stats) {
  const rows = ['| measure | now | goal | met? |', '| --- | ---: | ---: | :---: |'];
  for (const { label, page, goal } of WEIGHT_GOALS) {
    const bytes = stats[page]?.js;
    const now = Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(1)} kB` : '–';
    rows.push(`| JS (gzip), ${label} | ${now} | ≤ ${(goal / 1000).toFixed(0)} kB | ${met(bytes, goal)} |`);
  }
  for (const { label, ours, peer, key, goal, unit } of RENDER_GOALS) {
    const value = peer ? stats[ours]?.[key] / stats[peer]?.[key] : stats[ours]?.[key];
    const shown = Number.isFinite(value) ? (unit ? `${value.toFixed(0)} ${unit}` : `${value.toFixed(2)}×`) : '–';
    rows.push(`| ${label} | ${shown} | ≤ ${unit ? `${goal} ${unit}` : `${goal}×`} | ${met(value, goal)} |`);
  }
  return rows.join('\n');
}
