// The inbox's contract on the embedded SQLite database, and the per-address sign-in limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startReceiver } from '../src/index.js';
import { inboxTests } from './inbox-contract.mjs';
import { ORIGIN } from './support.mjs';
import { browserClient, signIn } from './inbox-support.mjs';

inboxTests('SQLite', async () => ({ options: { dbPath: ':memory:' }, cleanup: async () => {} }));

test('sign-in attempts are limited per address (DIGIONE_SIGN_IN_LIMIT a minute): 429 above it', async () => {
  const receiver = await startReceiver({
    port: 0,
    host: '127.0.0.1',
    dbPath: ':memory:',
    allowedOrigins: [ORIGIN],
    rateLimitPerMinute: 1000,
    signInPerMinute: 3,
  });
  try {
    const client = browserClient(receiver.url);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await signIn(client, `nobody${i}@example.fi`, 'whatever password')).status);
    assert.deepEqual(answers, [401, 401, 401, 429]);
  } finally {
    await receiver.close();
  }
});
