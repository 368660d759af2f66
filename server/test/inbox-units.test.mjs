// The inbox's pure parts: filters, cursors, Helsinki days, the workflow, the index row, the CSV
// cell rules, password hashes and tokens, escaping, the cookie's Secure rule; and the
// `digione-receiver user add` command.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  canMove,
  decodeCursor,
  encodeCursor,
  filterQuery,
  helsinkiDayStart,
  indexedJoinRequest,
  parseFilters,
  searchText,
  validDate,
} from '../src/inbox/join-request.js';
import { csvQuotedLine } from '../src/csv.js';
import { hashPassword, sameToken, verifyPassword } from '../src/inbox/secrets.js';
import { markup } from '../src/inbox/html.js';
import { secureCookies } from '../src/inbox/session.js';
import { LANGUAGES } from '../src/inbox/i18n/index.js';
import { openDatabase } from '../src/index.js';
import { userStore } from '../src/database/users.js';
import { BIN } from './support.mjs';

test('filters: choices, dates and length checked; the typed values kept; the date order', () => {
  assert.deepEqual(
    parseFilters({ status: 'new', orgType: 'municipality', interest: 'data', timeframe: 'this-term', from: '2026-01-01', to: '2026-01-31', q: ' Espoo ' }),
    {
      filters: { status: 'new', orgType: 'municipality', interest: 'data', timeframe: 'this-term', from: '2026-01-01', to: '2026-01-31', q: 'Espoo' },
      errors: [],
    },
  );
  const { filters, errors } = parseFilters({ status: 'done', from: '2026-02-29', to: '2025-01-01', q: 'x'.repeat(201), interest: ['a'] });
  assert.deepEqual(errors, [
    { field: 'status', code: 'choice' },
    { field: 'from', code: 'date' },
    { field: 'q', code: 'long' },
  ]);
  assert.equal(filters.status, 'done');
  assert.deepEqual(parseFilters({ from: '2026-03-02', to: '2026-03-01' }).errors, [{ field: 'to', code: 'order' }]);
  assert.equal(validDate('2028-02-29'), true);
  assert.equal(validDate('2026-2-1'), false);
  assert.equal(filterQuery({ status: 'new', q: 'a&b' }), 'status=new&q=a%26b');
});

test('cursors: what encodeCursor writes decodeCursor reads; anything else is refused', () => {
  const cursor = encodeCursor({ received_at: '2026-01-01T00:00:00.000Z', submission_id: 'abc' });
  assert.deepEqual(decodeCursor(cursor), { receivedAt: '2026-01-01T00:00:00.000Z', id: 'abc' });
  for (const bad of ['nonsense', Buffer.from('[1,2]').toString('base64url'), Buffer.from(JSON.stringify(['x'.repeat(65), 'y'])).toString('base64url')])
    assert.equal(decodeCursor(bad), null);
  assert.deepEqual(parseFilters({ after: 'nonsense' }).errors, [{ field: 'after', code: 'cursor' }]);
});

test('a Helsinki day begins at 22:00 or 21:00 UTC (winter, summer time)', () => {
  assert.equal(helsinkiDayStart('2026-01-15'), '2026-01-14T22:00:00.000Z');
  assert.equal(helsinkiDayStart('2026-07-15'), '2026-07-14T21:00:00.000Z');
  assert.equal(helsinkiDayStart('2026-03-29', 1), '2026-03-29T21:00:00.000Z', 'the day after the change to summer time');
  assert.equal(helsinkiDayStart('2026-12-31', 1), '2026-12-31T22:00:00.000Z');
});

test('the status workflow: new → contacted → in progress → joined / not now', () => {
  assert.ok(canMove('new', 'contacted'));
  assert.ok(canMove('contacted', 'in-progress'));
  assert.ok(canMove('in-progress', 'joined'));
  assert.ok(canMove('in-progress', 'not-now'));
  assert.ok(canMove('joined', 'joined'), 'staying (a new note)');
  assert.ok(!canMove('new', 'joined'));
  assert.ok(!canMove('joined', 'new'));
  assert.ok(!canMove('new', 'bogus'));
});

test('the inbox row of a join request: filter columns, interests once each, and after retention no contact in the search', () => {
  const envelope = {
    data: {
      organisationType: 'municipality',
      municipality: { code: '091', name: 'Helsinki' },
      contactName: 'Matti',
      email: 'M@example.fi',
      interests: ['data', 'data', 7, 'identity'],
      timeframe: 'this-term',
    },
  };
  const { row, interests } = indexedJoinRequest({ id: 'x', received_at: '2026-01-01T00:00:00.000Z' }, envelope);
  assert.deepEqual(interests, ['data', 'identity']);
  assert.equal(row.municipality_code, '091');
  assert.equal(row.status, 'new');
  assert.equal(row.search_text, 'helsinki\n091\nmatti\nm@example.fi');
  assert.equal(indexedJoinRequest({ id: 'x', received_at: 'r', contact_erased_at: 'r' }, envelope).row.search_text, 'helsinki\n091');
  assert.equal(indexedJoinRequest({ id: 'x', received_at: 'r' }, undefined).row.organisation_type, '');
  assert.equal(searchText({ message: 'ÄÖ' }), 'äö');
});

test('CSV lines of the exports: every cell quoted, `;` between, formulas defused', () => {
  assert.equal(csvQuotedLine(['a', '=1+1', '+358', 'say "hi"', null, 5, 'a;b\nc']), `"a";"'=1+1";"'+358";"say ""hi""";"";"5";"a;b\nc"`);
});

test('passwords: scrypt with a salt each; the right one verifies, others and a missing hash do not', async () => {
  const one = await hashPassword('correct horse battery');
  const two = await hashPassword('correct horse battery');
  assert.notEqual(one, two);
  assert.match(one, /^scrypt\$32768\$8\$1\$/);
  assert.equal(await verifyPassword('correct horse battery', one), true);
  assert.equal(await verifyPassword('correct horse batterx', one), false);
  assert.equal(await verifyPassword('anything', null), false);
  assert.equal(sameToken('abc', 'abc'), true);
  assert.equal(sameToken('abd', 'abc'), false);
  assert.equal(sameToken(undefined, 'abc'), false);
});

test('markup`` escapes every value; nested templates and arrays pass', () => {
  const name = '<img src=x onerror=alert(1)>"\'&';
  assert.equal(
    markup`<p title="${name}">${name}</p>`.toString(),
    '<p title="&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;">&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;</p>',
  );
  assert.equal(markup`<ul>${['<a>', markup`<li>b</li>`]}</ul>`.toString(), '<ul>&lt;a&gt;<li>b</li></ul>');
  assert.equal(markup`${undefined}${null}${false}${0}`.toString(), '0');
});

test('session cookies are Secure except on localhost and 127.0.0.1', () => {
  assert.equal(secureCookies(/** @type {any} */ ({ hostname: '127.0.0.1' })), false);
  assert.equal(secureCookies(/** @type {any} */ ({ hostname: 'localhost:8787' })), false);
  assert.equal(secureCookies(/** @type {any} */ ({ hostname: 'inbox.digione.fi' })), true);
});

test('every language has every string of the Finnish module', () => {
  const shape = (strings) =>
    Object.fromEntries(Object.entries(strings).map(([key, value]) => [key, typeof value === 'object' ? Object.keys(value).sort() : typeof value]));
  assert.deepEqual(shape(LANGUAGES.sv), shape(LANGUAGES.fi));
  assert.deepEqual(shape(LANGUAGES.en), shape(LANGUAGES.fi));
});

test('`digione-receiver user add`: prints a one-time link, sets a password from stdin, never prints the password', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'digione-user-add-'));
  try {
    const env = { ...process.env, DIGIONE_DB: join(dir, 'inbox.sqlite'), DIGIONE_PUBLIC_URL: 'https://inbox.example/' };
    const first = spawnSync(process.execPath, [BIN, 'user', 'add', '--email', 'Maija@Example.fi', '--role', 'admin'], { env, encoding: 'utf8' });
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /^Added admin maija@example.fi\.\nOne-time sign-in link .*\nhttps:\/\/inbox\.example\/inbox\/sign-in\/link\?token=[\w-]{43}\n$/);
    const password = 'a secret password 123';
    const second = spawnSync(process.execPath, [BIN, 'user', 'add', '--email', 'maija@example.fi', '--role', 'viewer', '--password-stdin'], {
      env,
      encoding: 'utf8',
      input: `${password}\n`,
    });
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stdout, /^Updated viewer maija@example.fi\. Password set\./);
    assert.ok(!`${second.stdout}${second.stderr}`.includes(password));
    for (const [args, message] of [
      [['--email', 'nobody', '--role', 'admin'], /needs --email/],
      [['--email', 'a@b.fi', '--role', 'owner'], /--role admin or --role viewer/],
    ]) {
      const bad = spawnSync(process.execPath, [BIN, 'user', 'add', ...args], { env, encoding: 'utf8' });
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, message);
    }
    const short = spawnSync(process.execPath, [BIN, 'user', 'add', '--email', 'a@b.fi', '--role', 'admin', '--password-stdin'], {
      env,
      encoding: 'utf8',
      input: 'short\n',
    });
    assert.equal(short.status, 2);
    const database = await openDatabase({ sqlitePath: env.DIGIONE_DB });
    try {
      const users = userStore(database.db);
      const user = await users.byEmail('maija@example.fi');
      assert.equal(user.role, 'viewer');
      assert.equal(await verifyPassword(password, user.password_hash), true);
      assert.deepEqual(
        (await users.auditEntries({ limit: 10 })).map((e) => [e.actor, e.action]),
        [
          ['cli', 'user-update'],
          ['cli', 'user-add'],
        ],
      );
      assert.equal((await users.list()).length, 1);
    } finally {
      await database.db.destroy();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
