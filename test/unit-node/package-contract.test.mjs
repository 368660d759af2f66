// What the package promises a developer, checked on the build: the README's SRI hashes are the
// built files', the Custom Elements Manifest is valid and describes dist/, and every export of
// package.json points at a file of the build. (test/consumers/ installs the packed tarball.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { validateCem } from '@wc-toolkit/cem-validator';
import { integrityOf, readmeHashes } from '../../scripts/integrity.mjs';
import { importTs } from '../../scripts/import-ts.mjs';

const built = existsSync('dist/custom-elements.json') && existsSync('dist/integrity.json');
const skip = !built && 'run after the build';
const json = (file) => JSON.parse(readFileSync(file, 'utf8'));
const TAGS = ['digione-event-card', 'digione-readiness-checker', 'digione-join-form'];

test('dist/integrity.json has the sha384 of each classic script as built', { skip }, () => {
  const integrity = json('dist/integrity.json');
  assert.deepEqual(Object.keys(integrity).sort(), ['digione-embed-resizer.js', 'digione-lazy.js', 'digione-widgets-all.js', 'digione-widgets.js']);
  for (const [file, value] of Object.entries(integrity)) assert.equal(value, integrityOf(`dist/${file}`), file);
});

test('the README pins the built files: every integrity value is the real hash of its file, and the snippets name this version', { skip }, () => {
  const readme = readFileSync('README.md', 'utf8');
  const integrity = json('dist/integrity.json');
  const hashes = readmeHashes(readme);
  assert.ok(hashes.filter((h) => h.file === 'digione-widgets.js').length >= 2, 'the embed snippets carry a hash');
  for (const { file, value } of hashes) {
    assert.equal(value, integrity[file], `README's hash for ${file} is not the built one: after a release build run \`node scripts/integrity.mjs --readme\``);
  }
  const { version } = json('package.json');
  for (const [, v] of readme.matchAll(/digione-widgets@([\w.-]+)\/dist\//g)) assert.equal(v, version, 'the CDN URL names the package version');
});

test('the manifest passes @wc-toolkit/cem-validator', { skip }, async () => {
  await validateCem(json('dist/custom-elements.json'), {
    logErrors: false,
    exclude: ['DigiOneElement'], // the base class: no tag of its own
    rules: {
      // the analyzer lists no type-only exports, so this rule cannot see the detail types that
      // src/core/events.ts exports (and the package's entries re-export)
      manifest: { exportTypes: 'off' },
    },
  });
});

test('the manifest describes dist/: paths that exist, one definition per tag and entry, typed events, no internals', { skip }, () => {
  const manifest = json('dist/custom-elements.json');
  const definitions = [];
  for (const mod of manifest.modules) {
    assert.match(mod.path, /^dist\/esm\/.+\.js$/);
    assert.ok(existsSync(mod.path), `${mod.path} exists`);
    for (const e of mod.exports ?? []) {
      if (e.kind === 'custom-element-definition') definitions.push(`${mod.path} ${e.name} ${e.declaration.name} ${e.declaration.module}`);
    }
    for (const d of mod.declarations ?? []) {
      if (!d.tagName) continue;
      for (const event of d.events ?? []) assert.match(event.type?.text ?? '', /^CustomEvent<\w+Detail>$/, `${d.tagName} ${event.name} has a type`);
      for (const attribute of d.attributes ?? []) assert.ok(attribute.type?.text, `${d.tagName} [${attribute.name}] has a type`);
      const members = (d.members ?? []).map((m) => m.name);
      for (const internal of ['language', 't', 'emit', 'resolveLanguage', 'resolveEndpoint', 'namespace', 'strings', 'submission']) {
        assert.ok(!members.includes(internal), `${d.tagName}.${internal} is not public`);
      }
      assert.ok(!(d.members ?? []).some((m) => m.privacy === 'private'), `${d.tagName} lists no private member`);
    }
  }
  const classes = {
    'digione-event-card': ['DigiOneEventCard', 'event-card/event-card'],
    'digione-readiness-checker': ['DigiOneReadinessChecker', 'readiness/readiness-checker'],
    'digione-join-form': ['DigiOneJoinForm', 'join-form/join-form'],
  };
  const expected = [];
  for (const tag of TAGS) {
    const [name, module] = classes[tag];
    const def = `${tag} ${name} dist/esm/${module}.js`;
    expected.push(`dist/esm/define.js ${def}`, `dist/esm/define/${tag.replace('digione-', '')}.js ${def}`);
  }
  assert.deepEqual(definitions.sort(), expected.sort());
});

test('the attribute catalogue (src/attributes.ts) lists exactly the manifest’s attributes of each element, in its order', { skip }, async () => {
  const { WIDGET_ATTRIBUTES } = await importTs('src/attributes.ts');
  const manifest = {};
  for (const mod of json('dist/custom-elements.json').modules) {
    for (const d of mod.declarations ?? []) if (d.tagName) manifest[d.tagName] = (d.attributes ?? []).map((a) => a.name);
  }
  const catalogue = Object.fromEntries(Object.values(WIDGET_ATTRIBUTES).map(({ tag, attributes }) => [tag, Object.keys(attributes)]));
  assert.deepEqual(catalogue, manifest);
});

test('package.json: every export points at a file of the build, with types, import and default', { skip }, () => {
  const pkg = json('package.json');
  for (const [entry, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string') {
      if (!target.includes('*')) assert.ok(existsSync(target), `${entry} → ${target}`);
      continue;
    }
    for (const file of Object.values(target)) assert.ok(existsSync(file), `${entry} → ${file}`);
    if (entry === './react' || entry === './jsx') assert.deepEqual(Object.keys(target), ['types']);
    else assert.deepEqual(Object.keys(target), ['types', 'import', 'default'], entry);
  }
  for (const field of ['main', 'module', 'types', 'customElements', 'web-types']) assert.ok(existsSync(pkg[field]), `${field} → ${pkg[field]}`);
  for (const dep of ['lit', 'i18next']) assert.match(pkg.dependencies[dep], /^\^\d/, `${dep} has a caret range`);
});
