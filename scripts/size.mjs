// npm run size: checks the gzip size budgets of size-budget.json. Run after `npm run build`.
// - the classic scripts as built: the script-tag bundle (lit and i18next inside), the lazy loader;
// - each widget's ES module code as an app's bundler would ship it: the widget's entry and all
//   it imports from this library (core included), minified, with lit and i18next left out;
// - then the page weights ("pages"): all JavaScript a Finnish page with the one-line embed fetches
//   until its widgets have rendered (one card, one checker, one join form, all three), measured in
//   Chromium by scripts/page-weight.mjs; each row shows the goal beside its limit.
// Exits 1 when a budget is exceeded. `SIZE_BUDGET_SCALE=0.5` halves every limit (to see it fail).
import { readFileSync, rmSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'vite';
import { measurePageWeights, fileLines } from './page-weight.mjs';

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const scale = Number(process.env.SIZE_BUDGET_SCALE ?? 1);
const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const rows = [];

for (const script of budget.scripts) {
  rows.push({ name: script.name, size: gz(readFileSync(script.file)), limit: script.limit * scale });
}

const tmp = '.size-tmp';
for (const [name, { entry, limit }] of Object.entries(budget.widgets)) {
  const outDir = join(tmp, name);
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      minify: 'oxc',
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: () => 'index.js' },
      rolldownOptions: { external: [/^lit($|\/)/, /^@lit\//, /^i18next($|\/)/] },
    },
  });
  const files = readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.js'));
  const size = files.reduce((sum, f) => sum + gz(readFileSync(join(outDir, String(f)))), 0);
  rows.push({ name: `${name} (ESM, without lit and i18next)`, size, limit: limit * scale });
}
rmSync(tmp, { recursive: true, force: true });

let failed = 0;
const report = (row) => {
  const ok = row.size <= row.limit;
  if (!ok) failed += 1;
  const goal = row.goal === undefined ? '' : ` (goal ${(row.goal / 1000).toFixed(1)} kB)`;
  console.log(`${ok ? 'ok  ' : 'OVER'}  ${(row.size / 1000).toFixed(1).padStart(5)} kB of ${(row.limit / 1000).toFixed(1)} kB${goal}  ${row.name}`);
};
rows.forEach(report);

// The page weights, after the file budgets (Chromium; the server and browser are stopped inside).
const pageBudgets = Object.entries(budget.pages ?? {}).filter(([name]) => !name.startsWith('//'));
if (pageBudgets.length) {
  const pages = await measurePageWeights({ pages: pageBudgets.map(([name]) => name) });
  for (const result of pages) {
    const { limit, goal } = budget.pages[result.page];
    const row = { name: `page: ${result.label}`, size: result.bytes, limit: limit * scale, goal };
    rows.push(row);
    report(row);
    for (const line of fileLines(result)) console.log(line);
  }
}

if (failed) {
  console.error(`size budget exceeded by ${failed} of ${rows.length}; see README.md "Size budget"`);
  process.exit(1);
}
console.log(`size budget: ${rows.length} of ${rows.length} within limits`);
