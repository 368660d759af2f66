// The script tag's build (called by scripts/build.mjs): the parts in dist/parts/ and the loader
// dist/digione-widgets.js that adds them to a page (src/loader/).
//
// 1. Parts: one code-split build of the entries below in CommonJS form (so they can be run in the
//    order the loader decides, and never as text), each file wrapped in
//    `globalThis[Symbol.for("digione-widgets.parts")].define(file, function (require, module, exports) {…})`.
//    lit, i18next and src/core/ go into the shared part. In this build the widgets' strings of
//    all three languages (src/locales/<widget>.ts) are left out and come one language at a time
//    (the `<widget>.<language>` entries), and the built-in questionnaire is a skeleton whose
//    texts each readiness-checker language part fills in (src/readiness/questionnaire-texts.ts).
// 2. The manifest: every file with its SRI hash (sha384), every entry as the files it needs.
// 3. The loader, a classic script with the manifest inside and the once-per-page guard.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { importTs } from './import-ts.mjs';
import { onceOnPage } from './once-on-page.mjs';

const src = (path) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));
const LANGUAGES = ['fi', 'sv', 'en'];
const WIDGETS = ['event-card', 'readiness-checker', 'join-form'];
const NAMESPACES = ['common', ...WIDGETS];
const out = 'dist/parts';

const { DEFAULT_QUESTIONNAIRE } = await importTs(src('readiness/default-questionnaire.ts'));
const { skeletonOf, textsIn } = await importTs(src('readiness/questionnaire-texts.ts'));

const entries = {
  shared: src('parts/shared.ts'),
  api: src('api.ts'),
  ...Object.fromEntries(WIDGETS.map((widget) => [widget, src(`define/${widget}.ts`)])),
  ...Object.fromEntries(NAMESPACES.flatMap((ns) => LANGUAGES.map((language) => [`${ns}.${language}`, `\0strings:${ns}.${language}`]))),
};

/** The module of one language's strings of a namespace: registers them (and the questionnaire's texts). */
function stringsModule(ns, language) {
  const lines = [
    `import { addBuiltinStrings } from ${JSON.stringify(src('core/i18n.ts'))};`,
    `import strings from ${JSON.stringify(src(`locales/${language}/${ns}.ts`))};`,
  ];
  if (ns === 'readiness-checker') {
    lines.push(
      `import { fillDefaultTexts } from ${JSON.stringify(src('readiness/default-questionnaire.ts'))};`,
      `fillDefaultTexts(${JSON.stringify(language)}, ${JSON.stringify(textsIn(DEFAULT_QUESTIONNAIRE, language))});`,
    );
  }
  lines.push(`addBuiltinStrings(${JSON.stringify(language)}, ${JSON.stringify(ns)}, strings);`);
  return lines.join('\n');
}

const allLanguages = new Set(NAMESPACES.map((ns) => src(`locales/${ns}.ts`)));
const byLanguage = {
  name: 'digione-parts',
  resolveId(id) {
    if (id.startsWith('\0strings:')) return id;
    return null;
  },
  load(id) {
    if (id.startsWith('\0strings:')) {
      const [ns, language] = id.slice('\0strings:'.length).split('.');
      return stringsModule(ns, language);
    }
    // every language at once: none here (they come per language)
    if (allLanguages.has(id)) return 'export default {};';
    if (id === src('readiness/default-questionnaire.ts'))
      return [
        `import { fillTexts } from ${JSON.stringify(src('readiness/questionnaire-texts.ts'))};`,
        `export const DEFAULT_QUESTIONNAIRE = ${JSON.stringify(skeletonOf(DEFAULT_QUESTIONNAIRE))};`,
        'export const fillDefaultTexts = (language, texts) => fillTexts(DEFAULT_QUESTIONNAIRE, language, texts);',
      ].join('\n');
    return null;
  },
};

const result = await build({
  configFile: false,
  logLevel: 'warn',
  plugins: [byLanguage],
  build: {
    outDir: out,
    emptyOutDir: true,
    write: false,
    minify: 'oxc',
    target: 'es2020',
    rolldownOptions: {
      input: entries,
      // vite's app build drops the entries' exports (false): the loader calls the shared part's
      // configure/addResources/configureSubmissions and the api part's buildIcs, scoreReadiness, …
      preserveEntrySignatures: 'allow-extension',
      output: {
        format: 'cjs',
        entryFileNames: '[name]-[hash].js',
        chunkFileNames: '[name]-[hash].js',
        codeSplitting: { groups: [{ name: 'shared', test: /node_modules|[\\/]src[\\/]core[\\/]|[\\/]src[\\/]parts[\\/]shared/ }] },
      },
    },
  },
});

const chunks = (Array.isArray(result) ? result[0] : result).output.filter((item) => item.type === 'chunk');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const files = [];
const index = new Map();
for (const chunk of chunks) {
  const code = `globalThis[Symbol.for("digione-widgets.parts")].define(${JSON.stringify(chunk.fileName)},(function(require,module,exports){${chunk.code}\n}));\n`;
  writeFileSync(`${out}/${chunk.fileName}`, code);
  index.set(chunk.fileName, files.length);
  files.push([chunk.fileName, `sha384-${createHash('sha384').update(code).digest('base64')}`]);
}
const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
const needs = (fileName, seen = new Set()) => {
  if (seen.has(fileName)) return [];
  seen.add(fileName);
  return [...byName.get(fileName).imports.flatMap((dep) => needs(dep, seen)), fileName];
};
const manifest = { files, entries: {}, api: [] };
for (const chunk of chunks.filter((item) => item.isEntry)) {
  manifest.entries[chunk.name] = needs(chunk.fileName).map((file) => index.get(file));
  if (chunk.name === 'api') manifest.api = chunk.exports;
}
for (const name of Object.keys(entries)) if (!manifest.entries[name]) throw new Error(`build-parts: no entry ${name}`);

await build({
  configFile: false,
  logLevel: 'warn',
  define: { __DIGIONE_PARTS__: JSON.stringify(manifest) },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: 'oxc',
    target: 'es2020',
    lib: { entry: src('loader/index.ts'), formats: ['iife'], name: 'DigiOneLoader', fileName: () => 'digione-widgets.js' },
    rolldownOptions: { output: onceOnPage },
  },
});
console.log(`dist/parts/: ${files.length} files; dist/digione-widgets.js: the loader`);
