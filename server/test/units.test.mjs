// The pure parts: CSV cells, settings, depth, field-error pointers, what retention keeps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell } from '../src/csv.js';
import { ConfigError, parseTrustProxy, readConfig } from '../src/config.js';
import { depthOf, parseStored } from '../src/safe-json.js';
import { fieldErrors } from '../src/validation.js';
import { emailHash, withoutContact } from '../src/privacy.js';

test('csvCell quotes separators, quotes and line breaks, and defuses formulas', () => {
  assert.equal(csvCell('plain'), 'plain');
  assert.equal(csvCell('ok;=1+1'), '"ok;=1+1"');
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('two\nlines'), '"two\nlines"');
  assert.equal(csvCell('=1+1'), "'=1+1");
  assert.equal(csvCell('-2+3;x'), `"'-2+3;x"`);
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell(undefined), '');
  assert.equal(csvCell(42), '42');
});

test('DIGIONE_TRUST_PROXY: off, a hop count or addresses; "true" is refused', () => {
  assert.equal(parseTrustProxy(undefined), false);
  assert.equal(parseTrustProxy('0'), false);
  assert.equal(parseTrustProxy('2'), 2);
  assert.deepEqual(parseTrustProxy('10.0.0.1, 10.0.0.0/8,::1'), ['10.0.0.1', '10.0.0.0/8', '::1']);
  assert.throws(() => parseTrustProxy('true'), ConfigError);
  assert.throws(() => parseTrustProxy('proxy.example'), ConfigError);
});

test('readConfig: defaults, and a clear error naming the variable', () => {
  const config = readConfig({}, '/tmp/x.sqlite');
  assert.equal(config.port, 8787);
  assert.equal(config.host, '127.0.0.1');
  assert.equal(config.retentionDays, 365);
  assert.equal(config.rateLimitPerMinute, 60);
  assert.equal(config.databaseUrl, undefined);
  assert.deepEqual(config.allowedOrigins, ['http://127.0.0.1:8080', 'http://localhost:8080']);
  assert.throws(() => readConfig({ DIGIONE_RETENTION_DAYS: 'soon' }, 'x'), /DIGIONE_RETENTION_DAYS must be a whole number/);
  assert.throws(() => readConfig({ DIGIONE_DATABASE_URL: 'mysql://x' }, 'x'), /DIGIONE_DATABASE_URL must start with postgres/);
  assert.equal(readConfig({ DIGIONE_DATABASE_URL: 'postgres://u@h/db' }, 'x').databaseUrl, 'postgres://u@h/db');
});

test('depthOf walks without recursion and stops at the limit', () => {
  assert.equal(depthOf('x', 32), 0);
  assert.equal(depthOf({ a: [1, { b: 2 }] }, 32), 3);
  assert.equal(depthOf(JSON.parse(`${'['.repeat(100000)}${']'.repeat(100000)}`), 32), 33);
  assert.equal(parseStored(`{"data":${'['.repeat(5000)}${']'.repeat(5000)}}`), undefined);
  assert.equal(parseStored('not json'), undefined);
  assert.deepEqual(parseStored('{"data":{"a":1}}'), { data: { a: 1 } });
});

test('fieldErrors: JSON pointers with ~ and / escaped, if-noise dropped, duplicates once', () => {
  const errors = fieldErrors([
    { keyword: 'required', instancePath: '/data', schemaPath: '', params: { missingProperty: 'a/b~c' } },
    { keyword: 'if', instancePath: '', schemaPath: '', params: {} },
    { keyword: 'format', instancePath: '/data/email', schemaPath: '', params: { format: 'email' } },
    { keyword: 'format', instancePath: '/data/email', schemaPath: '', params: { format: 'email' } },
  ]);
  assert.deepEqual(errors, [
    { pointer: '/data/a~1b~0c', detail: 'is required', rule: 'required' },
    { pointer: '/data/email', detail: 'must be a valid email', rule: 'format' },
  ]);
});

test('retention keeps only the listed statistics fields; the email hash ignores case and spaces', () => {
  const envelope = { id: 'i', type: 'fi.digione.event.registered', data: { name: 'N', email: 'e@x.fi', organisation: 'O', eventId: 'e', extra: 'x' } };
  assert.deepEqual(withoutContact(envelope, envelope).data, { eventId: 'e', organisation: 'O' });
  assert.deepEqual(withoutContact(undefined, { id: 'i', type: 'other' }), { id: 'i', type: 'other', data: {} });
  assert.equal(emailHash(' Maija@Example.FI '), emailHash('maija@example.fi'));
});
