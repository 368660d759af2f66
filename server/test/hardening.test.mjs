// HTTP-level hardening, on SQLite: the rate limit behind a proxy (defect 2), request timeouts
// (defect 5), security headers on Node's own parser errors, CORS, and the admin views when off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { startReceiver } from '../src/index.js';
import { ORIGIN, TOKEN, envelope, post } from './support.mjs';

/** Sends raw bytes; resolves with what came back and how long until the server closed. */
function rawRequest(url, text) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let answer = '';
    const socket = net.connect({ host: hostname, port: Number(port) }, () => socket.write(text));
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve({ answer, ms: Date.now() - started }));
  });
}

const withReceiver = async (options, run) => {
  const receiver = await startReceiver({ port: 0, host: '127.0.0.1', dbPath: ':memory:', allowedOrigins: [ORIGIN], token: TOKEN, ...options });
  try {
    await run(receiver.url, receiver);
  } finally {
    await receiver.close();
  }
};

for (const trustProxy of [1, ['127.0.0.1']]) {
  test(`defect 2: trustProxy ${JSON.stringify(trustProxy)}: a forged leftmost X-Forwarded-For entry does not escape the rate limit`, async () => {
    await withReceiver({ trustProxy, rateLimitPerMinute: 10 }, async (url) => {
      const statuses = [];
      for (let i = 0; i < 15; i++) {
        const forwarded = { 'X-Forwarded-For': `10.0.${i}.${i + 1}, 198.51.100.7` };
        statuses.push((await post(url, envelope(), { headers: forwarded })).status);
      }
      assert.deepEqual(statuses, [...Array(10).fill(201), ...Array(5).fill(429)]);
      const guesses = [];
      for (let i = 0; i < 15; i++) {
        const headers = { Authorization: `Bearer guess-${i}`, 'X-Forwarded-For': `10.1.${i}.1, 198.51.100.8` };
        guesses.push((await fetch(`${url}/api/submissions`, { headers })).status);
      }
      assert.deepEqual(guesses, [...Array(10).fill(401), ...Array(5).fill(429)]);
      // Another client behind the same proxy still gets through.
      const other = await post(url, envelope(), { headers: { 'X-Forwarded-For': '198.51.100.9' } });
      assert.equal(other.status, 201);
    });
  });
}

test('defect 5: a request that announces 60,000 bytes and sends 10 is closed with 408 after the request timeout', async () => {
  await withReceiver({ requestTimeoutMs: 500 }, async (url) => {
    const body = await rawRequest(
      url,
      `POST /api/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nIdempotency-Key: "a"\r\nContent-Length: 60000\r\n\r\n0123456789`,
    );
    assert.ok(body.ms < 5000, `closed after ${body.ms} ms`);
    assert.match(body.answer, /^HTTP\/1\.1 408/);
    assert.match(body.answer, /X-Content-Type-Options: nosniff/i);
    const headers = await rawRequest(url, 'GET /healthz HTTP/1.1\r\nHost: x\r\n');
    assert.ok(headers.ms < 5000, `headers never finished; closed after ${headers.ms} ms`);
    assert.match(headers.answer, /^HTTP\/1\.1 408/);
  });
});

test("Node's parser errors are answered with problem details and the security headers", async () => {
  await withReceiver({}, async (url) => {
    const { answer } = await rawRequest(url, 'GET /healthz HTTP/1.1\r\nHost: x\r\nBroken header line\r\n\r\n');
    assert.match(answer, /^HTTP\/1\.1 400/);
    assert.match(answer, /Content-Type: application\/problem\+json/);
    assert.match(answer, /Content-Security-Policy: default-src 'none'/);
    assert.match(answer, /X-Frame-Options: DENY/);
    const badUrl = await fetch(`${url}/%ff%fe`);
    assert.equal(badUrl.status, 400);
    assert.match(badUrl.headers.get('content-type'), /application\/problem\+json/);
    assert.equal(badUrl.headers.get('x-content-type-options'), 'nosniff');
    const big = await rawRequest(url, `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    assert.match(big.answer, /^HTTP\/1\.1 431/);
    assert.match(big.answer, /X-Content-Type-Options: nosniff/);
  });
});

test('CORS: the allowed origin may send Content-Type and Idempotency-Key; a foreign origin gets no allowance and 403', async () => {
  await withReceiver({}, async (url, receiver) => {
    const preflight = (origin) =>
      fetch(`${url}/api/submissions`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' },
      });
    const allowed = await preflight(ORIGIN);
    assert.equal(allowed.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(allowed.headers.get('access-control-allow-headers'), /Content-Type/i);
    assert.match(allowed.headers.get('access-control-allow-headers'), /Idempotency-Key/i);
    assert.equal((await preflight('https://evil.example')).headers.get('access-control-allow-origin'), null);
    const body = envelope();
    const foreign = await post(url, body, { origin: 'https://evil.example' });
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
    assert.equal(foreign.status, 403);
    assert.equal((await receiver.store.rows({ id: body.id })).length, 0);
  });
});

test('without a configured token the listing, the export, erasure and the admin page do not exist', async () => {
  await withReceiver({ token: undefined }, async (url) => {
    assert.equal((await fetch(`${url}/api/submissions`)).status, 404);
    assert.equal((await fetch(`${url}/api/submissions`, { headers: { Authorization: 'Bearer ' } })).status, 404);
    assert.equal((await fetch(`${url}/api/submissions.csv`)).status, 404);
    assert.equal((await fetch(`${url}/api/submissions?email=a@b.fi`, { method: 'DELETE' })).status, 404);
    assert.equal((await fetch(`${url}/admin`)).status, 404);
  });
});
