// The no-code snippet builder (demo/builder/) as a static folder, dist/builder/, that the project
// can publish anywhere (every URL in it is relative). Its own Vite build, after the script-tag
// build: the snippets it writes carry the SRI hash of this version's digione-widgets.js from
// dist/integrity.json. Called by scripts/build.mjs; `npm start` serves it at /dist/builder/.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../', import.meta.url));
const integrity = JSON.parse(readFileSync(`${root}dist/integrity.json`, 'utf8'))['digione-widgets.js'];
if (!/^sha384-/.test(integrity ?? '')) throw new Error('dist/integrity.json has no sha384 hash of digione-widgets.js: run the script-tag build first');

await build({
  configFile: false,
  root: `${root}demo/builder`,
  base: './',
  logLevel: 'warn',
  define: { __DIGIONE_WIDGETS_INTEGRITY__: JSON.stringify(integrity) },
  build: {
    outDir: `${root}dist/builder`,
    emptyOutDir: true,
    target: 'es2022',
    // no inline polyfill: the page's CSP allows scripts from its own folder only
    modulePreload: { polyfill: false },
  },
});
console.log(`dist/builder/ (the snippet builder; snippets pin digione-widgets.js ${integrity})`);
