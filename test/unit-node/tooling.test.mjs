// The project's own tooling: the size budget really fails when exceeded, and the generated
// municipality module matches its pinned source package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

test('the size budget fails when a limit is exceeded', { skip: !existsSync('dist/digione-widgets.js') && 'run after the build' }, () => {
  const run = spawnSync('node', ['scripts/size.mjs'], { env: { ...process.env, SIZE_BUDGET_SCALE: '0.1' }, encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stdout, /OVER/);
  assert.match(run.stderr, /size budget exceeded/);
});

test('src/data/municipalities.ts is what npm run data:municipalities generates', () => {
  const run = spawnSync('node', ['scripts/municipalities.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
});

test(
  'the README documents every attribute, event and part the manifest lists',
  { skip: !existsSync('dist/custom-elements.json') && 'run after the build' },
  () => {
    const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
    const readme = readFileSync('README.md', 'utf8');
    const missing = [];
    for (const module of manifest.modules) {
      for (const element of module.declarations ?? []) {
        if (!element.tagName) continue;
        const start = readme.indexOf(`## \`<${element.tagName}>\``);
        assert.notEqual(start, -1, `README has a section for <${element.tagName}>`);
        const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
        const shared = readme.slice(readme.indexOf('### Attributes all elements share'), readme.indexOf('### Theming'));
        for (const { name } of element.attributes ?? [])
          if (!section.includes(`\`${name}\``) && !shared.includes(`\`${name}\``)) missing.push(`${element.tagName} attribute ${name}`);
        for (const { name } of element.events ?? [])
          if (!section.includes(name) && !readme.includes(`\`${name}\``)) missing.push(`${element.tagName} event ${name}`);
        for (const { name } of element.cssParts ?? []) if (!section.includes(`\`${name}\``)) missing.push(`${element.tagName} part ${name}`);
      }
    }
    assert.deepEqual(missing, []);
  },
);

/** The tokens of src/core/tokens.ts (a module without imports), loaded here through esbuild. */
async function tokens() {
  const { code } = transformSync(readFileSync('src/core/tokens.ts', 'utf8'), { loader: 'ts', format: 'esm' });
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)).TOKENS;
}

/** How the docs state a default: the value in backticks or after "default"; the font stack as "system UI fonts". */
const states = (textWithDefault, name, value) =>
  name === '--digione-font-family'
    ? textWithDefault.includes('system UI fonts')
    : textWithDefault.includes(`\`${value}\``) || textWithDefault.includes(`default ${value}`);

test('the README token table states the defaults of src/core/tokens.ts, and no others', async () => {
  const TOKENS = await tokens();
  const readme = readFileSync('README.md', 'utf8');
  const rows = new Map([...readme.matchAll(/^\| `(--digione-[\w-]+)` \| ([^|]+) \|/gm)].map((m) => [m[1], m[2]]));
  assert.deepEqual([...rows.keys()].sort(), Object.keys(TOKENS).sort());
  for (const [name, value] of Object.entries(TOKENS)) assert.ok(states(rows.get(name), name, value), `README: ${name} default ${value}`);
});

test(
  'the manifest lists every token with its default from src/core/tokens.ts',
  { skip: !existsSync('dist/custom-elements.json') && 'run after the build' },
  async () => {
    const TOKENS = await tokens();
    const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
    const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
    const base = declarations.find((d) => d.name === 'DigiOneElement');
    const documented = new Map((base.cssProperties ?? []).map((p) => [p.name, p.description]));
    assert.deepEqual([...documented.keys()].sort(), Object.keys(TOKENS).sort());
    for (const [name, value] of Object.entries(TOKENS)) assert.ok(states(documented.get(name), name, value), `manifest: ${name} default ${value}`);
    // a widget documents only tokens that exist
    for (const d of declarations) for (const p of d.cssProperties ?? []) assert.ok(p.name in TOKENS, `${d.name} documents unknown ${p.name}`);
  },
);
