// The iframe embed for CMSs that take no scripts (run by scripts/build.mjs after the script-tag
// build, whose dist/digione-widgets.js the page loads):
// - dist/embed/index.html (from src/iframe/index.html) with its stylesheet and its script
//   dist/embed/embed-page.js (src/iframe/page.ts), each pinned with its integrity, as is
//   ../digione-widgets.js;
// - dist/digione-embed-resizer.js (src/iframe/resizer.ts), the optional resizer for the parent page.
// Both scripts are classic scripts (IIFE), minified, built here with their own Vite config.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { integrityOf } from './integrity.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const source = (file) => `${root}src/iframe/${file}`;

/** One classic script from src/iframe/ into `outDir`. */
const classicScript = (entry, outDir, fileName) =>
  build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      minify: 'oxc',
      target: 'es2020',
      lib: { entry: source(entry), formats: ['iife'], name: 'DigiOneEmbed', fileName: () => fileName },
    },
  });

mkdirSync(`${root}dist/embed`, { recursive: true });
await classicScript('page.ts', `${root}dist/embed`, 'embed-page.js');
await classicScript('resizer.ts', `${root}dist`, 'digione-embed-resizer.js');
copyFileSync(source('embed.css'), `${root}dist/embed/embed.css`);

const page = readFileSync(source('index.html'), 'utf8')
  .replace('%EMBED_CSS_INTEGRITY%', integrityOf(`${root}dist/embed/embed.css`))
  .replace('%WIDGETS_INTEGRITY%', integrityOf(`${root}dist/digione-widgets.js`))
  .replace('%EMBED_PAGE_INTEGRITY%', integrityOf(`${root}dist/embed/embed-page.js`));
writeFileSync(`${root}dist/embed/index.html`, page);
console.log('dist/embed/index.html, dist/digione-embed-resizer.js');
