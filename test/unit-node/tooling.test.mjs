// The project's own tooling: the size budget really fails when exceeded, and the generated
// municipality module matches its pinned source package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

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

test('the README documents every attribute, event and part the manifest lists', { skip: !existsSync('dist/custom-elements.json') && 'run after the build' }, () => {
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
      for (const { name } of element.attributes ?? []) if (!section.includes(`\`${name}\``) && !shared.includes(`\`${name}\``)) missing.push(`${element.tagName} attribute ${name}`);
      for (const { name } of element.events ?? []) if (!section.includes(name) && !readme.includes(`\`${name}\``)) missing.push(`${element.tagName} event ${name}`);
      for (const { name } of element.cssParts ?? []) if (!section.includes(`\`${name}\``)) missing.push(`${element.tagName} part ${name}`);
    }
  }
  assert.deepEqual(missing, []);
});
