// The `digione-receiver` command as a team runs it: JSON logs without personal data, retention at
// start, graceful shutdown on SIGTERM, the erase command, and a refused bad setting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, submissionStore } from '../src/index.js';
import { BIN, TOKEN, envelope, post, spawnReceiver, storedRow, validData } from './support.mjs';

const withDir = async (run) => {
  const dir = mkdtempSync(join(tmpdir(), 'digione-receiver-process-'));
  try {
    await run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

test('SIGTERM: a request in flight is finished and stored, the log is JSON without personal data, the process exits 0', async () => {
  await withDir(async (dir) => {
    const receiver = spawnReceiver({ DIGIONE_DB: join(dir, 'submissions.sqlite'), DIGIONE_ADMIN_TOKEN: TOKEN });
    const url = await receiver.started;
    const email = 'maija.meikalainen@example.fi';
    assert.equal((await post(url, envelope())).status, 201);
    const erase = await fetch(`${url}/api/submissions?email=${encodeURIComponent(email)}`, { method: 'DELETE', headers: { Authorization: `Bearer ${TOKEN}` } });
    assert.deepEqual(await erase.json(), { erased: 1 });

    // Half a request, then SIGTERM, then the rest: it is still answered 201.
    const body = envelope();
    const text = JSON.stringify(body);
    const { port } = new URL(url);
    const answer = new Promise((resolve, reject) => {
      let received = '';
      const socket = net.connect({ host: '127.0.0.1', port: Number(port) }, () => {
        socket.write(
          `POST /api/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/cloudevents+json\r\nIdempotency-Key: "${body.id}"\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text.slice(0, 100)}`,
        );
        setTimeout(() => {
          receiver.child.kill('SIGTERM');
          setTimeout(() => socket.write(text.slice(100)), 300);
        }, 200);
      });
      socket.setEncoding('utf8');
      socket.on('data', (chunk) => (received += chunk));
      socket.on('error', reject);
      socket.on('close', () => resolve(received));
    });
    const stopAt = Date.now();
    assert.match(await answer, /^HTTP\/1\.1 201/);
    assert.deepEqual(await receiver.exited, { code: 0, signal: null });

    const lines = receiver
      .output()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.ok(lines.some((line) => line.msg === 'erasure on request' && line.erased === 1));
    assert.ok(lines.some((line) => line.msg === 'stopping: finishing requests in flight'));
    const log = receiver.output();
    for (const personal of [email, encodeURIComponent(email), validData['fi.digione.event.registered'].name]) {
      assert.ok(!log.includes(personal), `the log contains ${personal}`);
    }
    assert.doesNotMatch(log, /remoteAddress|remotePort|"host"/);
    assert.ok(Date.now() - stopAt < 5000, 'the answer came before the keep-alive timeout');

    const database = await openDatabase({ sqlitePath: join(dir, 'submissions.sqlite') });
    const rows = await submissionStore(database.db).rows({ id: body.id });
    await database.db.destroy();
    assert.equal(rows.length, 1);
  });
});

test('retention runs at start; `digione-receiver erase --email` removes a person and says how many, not who', async () => {
  await withDir(async (dir) => {
    const file = join(dir, 'submissions.sqlite');
    const database = await openDatabase({ sqlitePath: file });
    const store = submissionStore(database.db);
    const old = envelope('fi.digione.join.requested');
    const email = 'matti.virtanen@example.fi';
    await store.save(storedRow(old, '2020-01-01T00:00:00.000Z'));
    const recent = [envelope('fi.digione.join.requested'), envelope('fi.digione.join.requested')];
    for (const body of recent)
      await store.save({ ...storedRow(body, new Date().toISOString()), email_sha256: (await import('../src/privacy.js')).emailHash(email) });
    await database.db.destroy();

    const receiver = spawnReceiver({ DIGIONE_DB: file, DIGIONE_RETENTION_DAYS: '30' });
    await receiver.started;
    const deadline = Date.now() + 5000;
    while (!receiver.output().includes('"retention: contact data erased"') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.match(receiver.output(), /"erased":1,"retentionDays":30,"msg":"retention: contact data erased"/);
    receiver.child.kill('SIGTERM');
    await receiver.exited;

    const erase = spawnSync(process.execPath, [BIN, 'erase', '--email', email.toUpperCase()], { env: { ...process.env, DIGIONE_DB: file }, encoding: 'utf8' });
    assert.equal(erase.status, 0, erase.stderr);
    assert.equal(erase.stdout.trim(), 'Erased 2 submission(s).');
    assert.ok(!`${erase.stdout}${erase.stderr}`.toLowerCase().includes(email));

    const after = await openDatabase({ sqlitePath: file });
    const left = await submissionStore(after.db).rows();
    await after.db.destroy();
    assert.deepEqual(
      left.map((r) => r.id),
      [old.id],
    );
    assert.equal(left[0].envelope.data.contactName, undefined);
    assert.equal(left[0].envelope.data.pupils, 4200);
  });
});

test('a bad setting stops the start with a message naming the variable', () => {
  const run = spawnSync(process.execPath, [BIN], { env: { ...process.env, DIGIONE_TRUST_PROXY: 'true', DIGIONE_DB: ':memory:' }, encoding: 'utf8' });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /DIGIONE_TRUST_PROXY must be a hop count/);
  const erase = spawnSync(process.execPath, [BIN, 'erase'], { env: { ...process.env, DIGIONE_DB: ':memory:' }, encoding: 'utf8' });
  assert.equal(erase.status, 2);
  assert.match(erase.stderr, /erase needs --email/);
});
