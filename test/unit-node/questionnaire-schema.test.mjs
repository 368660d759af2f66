// The published contract, schema/questionnaire.schema.json, checked with ajv against the built-in
// questionnaire (bundled from its TypeScript source by esbuild) and the test fixtures. The
// widget itself validates with its own small checker (no ajv in the browser); the last test
// keeps the two in agreement about the fixtures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { importTs } from '../../scripts/import-ts.mjs';

const schema = JSON.parse(readFileSync('schema/questionnaire.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
const validate = ajv.compile(schema);
const fixture = (name) => JSON.parse(readFileSync(`test/fixtures/${name}`, 'utf8'));

const { DEFAULT_QUESTIONNAIRE } = await importTs('src/readiness/default-questionnaire.ts');
const { validateQuestionnaire } = await importTs('src/readiness/questionnaire.ts');

test('the built-in questionnaire, as JSON, is valid against the schema', () => {
  const json = JSON.parse(JSON.stringify(DEFAULT_QUESTIONNAIRE));
  assert.equal(validate(json), true, ajv.errorsText(validate.errors));
});

test('the small fixture is valid', () => {
  assert.equal(validate(fixture('questionnaire-small.json')), true, ajv.errorsText(validate.errors));
});

test('the invalid fixtures are refused by the schema and by the widget’s checker', () => {
  for (const name of ['questionnaire-invalid.json', 'questionnaire-no-areas.json']) {
    const value = fixture(name);
    assert.equal(validate(value), false, `${name} passed the schema`);
    assert.ok(validateQuestionnaire(value).length > 0, `${name} passed the widget's checker`);
  }
  const paths = (validate(fixture('questionnaire-invalid.json')), validate.errors.map((e) => e.instancePath));
  for (const path of ['/id', '/title', '/levels', '/areas/0/questions/0', '/areas/0/questions/1/type', '/areas/0/questions/1/options']) {
    assert.ok(paths.includes(path), `schema should report ${path}: ${paths.join(', ')}`);
  }
});

test('the README’s example questionnaire is valid for the schema and the widget', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('### The questionnaire format'));
  const example = JSON.parse(section.slice(section.indexOf('```json') + 7, section.indexOf('```', section.indexOf('```json') + 7)));
  assert.equal(example.id, 'oma-kysely');
  assert.equal(validate(example), true, ajv.errorsText(validate.errors));
  assert.deepEqual(validateQuestionnaire(example), []);
});
