import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { onceOnPage } from './scripts/once-on-page.mjs';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/** A classic script (IIFE) in dist/, next to the others, minified. */
const classicScript = (entry: string, name: string, fileName: string, output = {}) => ({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: 'oxc' as const,
    target: 'es2020',
    lib: { entry: src(entry), formats: ['iife' as const], name, fileName: () => fileName },
    rolldownOptions: { output },
  },
});

/**
 * The builds, all by `npm run build`:
 * - default mode: the npm build, ES modules in dist/esm with lit and i18next external and
 *   one entry per widget and per self-defining widget, modules preserved (types come from
 *   `tsc -p tsconfig.build.json`);
 * - `--mode embed`: dist/digione-widgets-all.js, one classic script (IIFE) with everything inside
 *   (all widgets, all languages, the API at once), for a page that wants no further files; the
 *   script tag's usual file, dist/digione-widgets.js, is the loader (scripts/build-parts.mjs);
 * - `--mode lazy`: dist/digione-lazy.js, the lazy loader (src/lazy.ts), a tiny classic script
 *   that loads digione-widgets.js when a DigiOne element comes near the viewport.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'lazy') return classicScript('lazy.ts', 'DigiOneLazy', 'digione-lazy.js');
  if (mode === 'embed') return classicScript('embed.ts', 'DigiOneWidgetsBundle', 'digione-widgets-all.js', onceOnPage);
  return {
    build: {
      outDir: 'dist/esm',
      emptyOutDir: true,
      minify: false,
      target: 'es2022',
      lib: {
        entry: {
          index: src('index.ts'),
          define: src('define.ts'),
          'event-card/index': src('event-card/index.ts'),
          'readiness/index': src('readiness/index.ts'),
          'join-form/index': src('join-form/index.ts'),
          'define/event-card': src('define/event-card.ts'),
          'define/readiness-checker': src('define/readiness-checker.ts'),
          'define/join-form': src('define/join-form.ts'),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^i18next($|\/)/],
        // One file per source module, at its source path (dist/esm/event-card/event-card.js next to
        // its .d.ts), so the manifest's module paths and the types point at files that exist.
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
