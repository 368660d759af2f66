// The notifications' pure parts (settings, retry timing, the webhook's JSON and signature, the
// Finnish email, failures without personal data), the start refusing half a setting, and the
// sender stopping with the receiver: an attempt in flight is given back, due at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, readNotifications } from '../src/config.js';
import {
  DEFAULT_BACKOFF_MS,
  channelsOf,
  failureText,
  inboxPath,
  nextAttemptAt,
  notificationEmail,
  summaryOf,
  webhookPayload,
  webhookSignature,
} from '../src/notifications/message.js';
import { openDatabase, startReceiver } from '../src/index.js';
import { BIN, ORIGIN, post, validData } from './support.mjs';
import { joinRequest } from './inbox-support.mjs';
import { FAST, SECRET, until, webhookEndpoint } from './notify-support.mjs';

const JOIN = 'fi.digione.join.requested';
const notice = (type, data, submissionId = '0b8e3f4e-3f0a-4c55-9d9e-4a8a1b2c3d4e') => ({
  id: 'delivery-1',
  submissionId,
  type,
  receivedAt: '2026-09-15T06:05:00.000Z',
  data,
});

test('settings: off without URLs; a webhook needs a secret of 16+ characters; email needs recipients and a sender; bad values name the variable', () => {
  assert.deepEqual(readNotifications({}), { webhook: undefined, email: undefined });
  assert.deepEqual(channelsOf(readNotifications({})), []);
  assert.throws(
    () => readNotifications({ DIGIONE_WEBHOOK_URL: 'https://hooks.example/x' }),
    /DIGIONE_WEBHOOK_SECRET is required when DIGIONE_WEBHOOK_URL is set/,
  );
  assert.throws(() => readNotifications({ DIGIONE_WEBHOOK_URL: 'https://hooks.example/x', DIGIONE_WEBHOOK_SECRET: 'short' }), ConfigError);
  assert.throws(() => readNotifications({ DIGIONE_WEBHOOK_URL: 'ftp://hooks.example', DIGIONE_WEBHOOK_SECRET: SECRET }), /DIGIONE_WEBHOOK_URL must be an http/);
  assert.throws(() => readNotifications({ DIGIONE_WEBHOOK_PERSONAL: 'yes' }), /DIGIONE_WEBHOOK_PERSONAL must be 1/);
  assert.throws(() => readNotifications({ DIGIONE_SMTP_URL: 'smtp://mail.example:587' }), /DIGIONE_NOTIFY_EMAIL .* is required/);
  assert.throws(
    () => readNotifications({ DIGIONE_SMTP_URL: 'smtp://mail.example:587', DIGIONE_NOTIFY_EMAIL: 'team@x.fi, not-an-address' }),
    /"not-an-address" is not an email/,
  );
  assert.throws(() => readNotifications({ DIGIONE_SMTP_URL: 'smtp://mail.example:587', DIGIONE_NOTIFY_EMAIL: 'team@x.fi' }), /DIGIONE_MAIL_FROM/);
  assert.throws(
    () => readNotifications({ DIGIONE_SMTP_URL: 'mail.example', DIGIONE_NOTIFY_EMAIL: 'team@x.fi', DIGIONE_MAIL_FROM: 'a@x.fi' }),
    /DIGIONE_SMTP_URL must look like/,
  );
  const both = readNotifications({
    DIGIONE_WEBHOOK_URL: 'https://hooks.example/x',
    DIGIONE_WEBHOOK_SECRET: SECRET,
    DIGIONE_WEBHOOK_PERSONAL: '1',
    DIGIONE_SMTP_URL: 'smtps://u:p@mail.example',
    DIGIONE_NOTIFY_EMAIL: ' team@x.fi ,boss@x.fi',
    DIGIONE_MAIL_FROM: 'DigiOne <noreply@x.fi>',
  });
  assert.deepEqual(both, {
    webhook: { url: 'https://hooks.example/x', secret: SECRET, personal: true },
    email: { url: 'smtps://u:p@mail.example', to: ['team@x.fi', 'boss@x.fi'], from: 'DigiOne <noreply@x.fi>' },
  });
  assert.deepEqual(channelsOf(both), ['webhook', 'email']);
});

test('the start stops with the message when DIGIONE_WEBHOOK_URL is set without a secret (exit code 2)', () => {
  const run = spawnSync(process.execPath, [BIN], {
    env: { ...process.env, DIGIONE_DB: ':memory:', DIGIONE_WEBHOOK_URL: 'https://hooks.example/x' },
    encoding: 'utf8',
  });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /DIGIONE_WEBHOOK_SECRET is required/);
});

test('retry timing: 30 s, 2 min, 10 min … then give up after the last', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  assert.equal(nextAttemptAt(1, DEFAULT_BACKOFF_MS, now), '2026-01-01T00:00:30.000Z');
  assert.equal(nextAttemptAt(2, DEFAULT_BACKOFF_MS, now), '2026-01-01T00:02:00.000Z');
  assert.equal(nextAttemptAt(3, DEFAULT_BACKOFF_MS, now), '2026-01-01T00:10:00.000Z');
  assert.equal(nextAttemptAt(DEFAULT_BACKOFF_MS.length, DEFAULT_BACKOFF_MS, now), '2026-01-01T04:00:00.000Z');
  assert.equal(nextAttemptAt(DEFAULT_BACKOFF_MS.length + 1, DEFAULT_BACKOFF_MS, now), null);
  assert.equal(nextAttemptAt(1, [], now), null);
});

test('the signature is HMAC-SHA256 over "timestamp.body", as hex after "sha256="', () => {
  const body = '{"type":"x"}';
  // Computed independently: printf '%s' '1700000000.{"type":"x"}' | openssl dgst -sha256 -hmac secret
  assert.equal(webhookSignature('secret', '1700000000', body), 'sha256=28112398f60ad513f8a1b86f898365fcfbd07041b46cc9406bbe28799599c672');
  assert.notEqual(webhookSignature('secret', '1700000001', body), webhookSignature('secret', '1700000000', body));
});

test('what a notification says: the link per type, a summary naming no person, the data only when personal', () => {
  const join = notice(JOIN, validData[JOIN]);
  assert.equal(inboxPath(join), '/inbox/join-requests/0b8e3f4e-3f0a-4c55-9d9e-4a8a1b2c3d4e');
  assert.equal(inboxPath(notice('fi.digione.event.registered', { eventId: 'tieto isku/1' })), '/inbox/events/tieto%20isku%2F1');
  assert.equal(inboxPath(notice('fi.digione.readiness.completed', validData['fi.digione.readiness.completed'])), '/inbox/readiness/837');
  assert.equal(inboxPath(notice('fi.digione.readiness.completed', {})), '/inbox/readiness');
  assert.equal(summaryOf(join), 'Uusi liittymistoive: Helsinki');
  assert.equal(summaryOf(notice(JOIN, { organisationType: 'private-provider', organisationName: 'Koulu Oy' })), 'Uusi liittymistoive: Koulu Oy');
  assert.equal(summaryOf(notice('fi.digione.readiness.completed', validData['fi.digione.readiness.completed'])), 'Uusi valmiustestin tulos: Tampere');
  const plain = webhookPayload(join, { base: 'https://d.example', personal: false });
  assert.deepEqual(Object.keys(plain), ['type', 'id', 'municipality', 'received', 'summary', 'link']);
  assert.ok(!JSON.stringify(plain).includes('matti'));
  assert.equal(webhookPayload(join, { base: 'https://d.example', personal: true }).data.email, 'matti.virtanen@example.fi');
  assert.equal(webhookPayload(notice(JOIN, {}), { base: 'https://d.example', personal: false }).municipality, null);
});

test('the email is Finnish, names the municipality and the time in Helsinki, links to the inbox, and escapes its HTML', () => {
  const email = notificationEmail(notice(JOIN, validData[JOIN]), 'https://d.example');
  assert.equal(email.subject, 'Uusi liittymistoive: Helsinki');
  assert.match(
    email.text,
    /^DigiOne-vastaanottoon saapui uusi liittymistoive\.\n\nKunta: Helsinki \(091\)\nSaapui: 15\.9\.2026 klo 9\.05\n\nAvaa saapuneissa: https:\/\/d\.example\/inbox\/join-requests\/0b8e3f4e/,
  );
  for (const word of ['Matti', 'matti', '+358', 'Opetustoimen', 'Haluamme']) assert.ok(!email.text.includes(word) && !email.html.includes(word), word);
  const tricky = notificationEmail(notice(JOIN, { organisationName: '<script>x</script> Oy' }), 'https://d.example');
  assert.ok(tricky.html.includes('&lt;script&gt;x&lt;/script&gt; Oy') && !tricky.html.includes('<script>'));
  assert.match(tricky.text, /Organisaatio: <script>x<\/script> Oy/);
});

test('a failure is described without email addresses and briefly', () => {
  const smtp = Object.assign(new Error("Can't send mail - all recipients were rejected: 550 5.1.1 <tiimi@digione.example>: no such user"), {
    code: 'EENVELOPE',
    responseCode: 550,
    response: '550 5.1.1 <tiimi@digione.example>: no such user',
  });
  assert.equal(failureText(smtp), 'SMTP 550: 550 5.1.1 <<address>>: no such user');
  const refused = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:9' } });
  assert.equal(failureText(refused), 'ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9');
  assert.equal(failureText(Object.assign(new Error('x'), { name: 'TimeoutError' })), 'timeout: no answer in time');
  assert.equal(failureText(new Error('a'.repeat(1000))).length, 300);
});

test('closing the receiver stops the sender at once: an attempt in flight is given back, due now, and the next start delivers it', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'digione-notify-'));
  const dbPath = join(folder, 'receiver.sqlite');
  const held = [];
  const hanging = createServer((request) => held.push(request));
  await new Promise((resolve) => hanging.listen(0, '127.0.0.1', resolve));
  const options = { dbPath, port: 0, host: '127.0.0.1', allowedOrigins: [ORIGIN], notifierTiming: FAST };
  const env = { DIGIONE_WEBHOOK_URL: `http://127.0.0.1:${hanging.address().port}/hook`, DIGIONE_WEBHOOK_SECRET: SECRET };
  /** @type {Awaited<ReturnType<typeof webhookEndpoint>> | undefined} */
  let hook;
  try {
    const receiver = await startReceiver({ ...options, env });
    const body = joinRequest({});
    assert.equal((await post(receiver.url, body)).status, 201);
    await until(() => held.length === 1, 5000, 'the webhook request');
    const started = Date.now();
    await receiver.close();
    assert.ok(Date.now() - started < 1500, `close() took ${Date.now() - started} ms`);

    const database = await openDatabase({ sqlitePath: dbPath });
    const [row] = await database.db.selectFrom('notification_deliveries').selectAll().execute();
    await database.db.destroy();
    assert.equal(row.status, 'pending');
    assert.equal(row.attempts, 1);
    assert.equal(row.last_error, 'interrupted: the receiver was stopping');
    assert.ok(row.next_attempt_at <= new Date().toISOString());

    hook = await webhookEndpoint();
    const next = await startReceiver({ ...options, env: { ...env, DIGIONE_WEBHOOK_URL: hook.url } });
    try {
      await until(() => hook?.requests.length === 1, 5000, 'the delivery after the restart');
      assert.equal(hook.requests[0].json.id, body.id);
    } finally {
      await next.close();
    }
  } finally {
    hanging.closeAllConnections();
    await new Promise((resolve) => hanging.close(resolve));
    await hook?.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
