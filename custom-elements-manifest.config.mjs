// The Custom Elements Manifest (dist/custom-elements.json) and what is generated from it:
// JSX types (dist/types/jsx.d.ts, the `digione-widgets/react` entry), VS Code custom data and
// JetBrains web-types. Run by scripts/build.mjs after the npm build, which writes dist/esm with
// one file per source module, so a module `src/x/y.ts` is `dist/esm/x/y.js` (and its .d.ts).
import { existsSync, readFileSync } from 'node:fs';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

const source = (file) => readFileSync(new URL(`./src/${file}`, import.meta.url), 'utf8');
const toDist = (path) => path.replace(/^src\//, 'dist/esm/').replace(/\.ts$/, '.js');

/** `TAGS.eventCard` → `digione-event-card`, read from src/core/tags.ts. */
const TAGS = Object.fromEntries([...source('core/tags.ts').matchAll(/(\w+): '([a-z-]+)'/g)].map(([, key, tag]) => [key, tag]));

/** Event name → its type, read from the HTMLElementEventMap of src/core/events.ts. */
const EVENT_TYPES = Object.fromEntries(
  [...source('core/events.ts').matchAll(/'(digione-[a-z-]+)': (CustomEvent<\w+>);/g)].map(([, name, type]) => [name, type]),
);

/** Members the base class marks `@internal` (in src/core/element.ts); subclasses' overrides stay internal too. */
const INTERNAL = new Set([...source('core/element.ts').matchAll(/@internal[^]*?\*\/\s*(?:static\s+)?(?:readonly\s+)?(\w+)/g)].map(([, name]) => name));

/**
 * The library's own facts the analyzer cannot see:
 * - elements are defined with `defineElement(TAGS.x, Class, VERSION)` (src/define.ts,
 *   src/define/*.ts): each call becomes a `custom-element-definition` export of that module, and
 *   the `customElements.define(tag, element)` inside defineElement (a bogus tag "tag") goes;
 * - each event gets its type from src/core/events.ts;
 * - private members and the base class's internal ones are left out; an attribute without a
 *   field of the class is a string, and `lang` is HTMLElement's `lang`;
 * - module paths are those of dist/esm (the npm build keeps one file per source module).
 */
function digionePlugin() {
  const definitions = [];
  return {
    name: 'digione',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement' || node.arguments.length < 2) return;
      const [tagArg, classArg] = node.arguments;
      const key = tagArg.getText().match(/^TAGS\.(\w+)$/)?.[1];
      const tag = key ? TAGS[key] : ts.isStringLiteral(tagArg) ? tagArg.text : undefined;
      if (tag) definitions.push({ path: moduleDoc.path, tag, className: classArg.getText() });
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      for (const mod of modules) {
        mod.exports = (mod.exports ?? []).filter((e) => !(e.kind === 'custom-element-definition' && mod.path === 'src/core/define.ts'));
        for (const declaration of mod.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            if (!event.type && EVENT_TYPES[event.name]) event.type = { text: EVENT_TYPES[event.name] };
          }
          for (const attribute of declaration.attributes ?? []) {
            if (attribute.fieldName) continue;
            attribute.type ??= { text: 'string' };
            // `lang` is HTMLElement's own reflected property (without a field the JSX types say `unknown`)
            if (attribute.name === 'lang') attribute.fieldName = 'lang';
          }
          if (declaration.members) {
            declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && !m.name.startsWith('#') && !INTERNAL.has(m.name));
          }
        }
      }
      for (const { path, tag, className } of definitions) {
        const home = modules.find((m) => m.declarations?.some((d) => d.name === className && d.tagName === tag));
        const mod = modules.find((m) => m.path === path);
        if (!home || !mod) throw new Error(`manifest: no element ${className} <${tag}> for the definition in ${path}`);
        mod.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: home.path } });
      }
      rewriteModulePaths(customElementsManifest, toDist);
      // a module of types only (src/core/events.ts) has no .js in dist/esm: nothing to list
      // sorted: the analyzer's file order varies from run to run, the build must not
      customElementsManifest.modules = modules
        .filter((m) => existsSync(m.path) || m.declarations?.length)
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const m of customElementsManifest.modules) {
        if (!existsSync(m.path)) throw new Error(`manifest: ${m.path} is not in the npm build; run vite build first`);
      }
    },
  };
}

/** Every module path, and every reference to one (`module` of declarations, superclasses, …). */
function rewriteModulePaths(node, rewrite) {
  if (Array.isArray(node)) return node.forEach((item) => rewriteModulePaths(item, rewrite));
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string' && value.startsWith('src/')) node[key] = rewrite(value);
    else rewriteModulePaths(value, rewrite);
  }
}

export default {
  globs: ['src/**/*.ts'],
  // data and strings are no API; embed.ts, lazy.ts, loader/, parts/ and readiness/questionnaire-texts.ts are
  // the script-tag builds, iframe/ the
  // iframe embed page (scripts/build-embed.mjs), attributes.ts the catalogue the embed page, the
  // builder and the WordPress editor use; none of them in dist/esm
  exclude: [
    'src/data/**',
    'src/locales/**',
    'src/embed.ts',
    'src/lazy.ts',
    'src/loader/**',
    'src/parts/**',
    'src/readiness/questionnaire-texts.ts',
    'src/iframe/**',
    'src/attributes.ts',
  ],
  outdir: 'dist',
  litelement: true,
  plugins: [
    digionePlugin(),
    jsxTypesPlugin({
      outdir: 'dist/types',
      fileName: 'jsx.d.ts',
      // the package's main entry exports every class and event detail type
      globalTypePath: '../esm/index.js',
      stronglyTypedEvents: true,
    }),
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
    customElementJetBrainsPlugin({
      outdir: 'dist',
      excludeCss: false,
      packageJson: false,
    }),
  ],
};
