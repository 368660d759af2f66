import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/**
 * Two builds, both by `npm run build`:
 * - default mode: the npm build, ES modules in dist/esm with lit and i18next external and
 *   one entry per widget (types come from `tsc -p tsconfig.build.json`);
 * - `--mode embed`: dist/digione-widgets.js, one classic script (IIFE) with everything inside,
 *   for a `<script src defer>` on a CMS page.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'lazy') {
    // dist/digione-lazy.js: the lazy loader (src/lazy.ts), a tiny classic script that loads
    // digione-widgets.js when a DigiOne element comes near the viewport.
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        minify: 'oxc',
        target: 'es2020',
        lib: { entry: src('lazy.ts'), formats: ['iife'], name: 'DigiOneLazy', fileName: () => 'digione-lazy.js' },
      },
    };
  }
  if (mode === 'embed') {
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        minify: 'oxc',
        target: 'es2020',
        lib: {
          entry: src('embed.ts'),
          formats: ['iife'],
          name: 'DigiOneWidgetsBundle',
          fileName: () => 'digione-widgets.js',
        },
      },
    };
  }
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
          'event-card': src('event-card/index.ts'),
          'readiness-checker': src('readiness/index.ts'),
          'join-form': src('join-form/index.ts'),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^i18next($|\/)/],
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
