// `npm start`'s inbox: the demo makes sure a demo admin exists and prints a one-time link that
// signs in as it (checked here on a receiver of its own, as demo/serve.mjs starts it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startReceiver, userStore } from 'digione-receiver';
import { DEMO_ADMIN, demoSignInLink } from '../../demo/serve.mjs';

test('the demo admin: created once, each start a new one-time link that opens the sign-in page', async () => {
  const receiver = await startReceiver({ port: 0, host: '127.0.0.1', dbPath: ':memory:' });
  try {
    const links = [await demoSignInLink(receiver), await demoSignInLink(receiver)];
    assert.notEqual(links[0], links[1]);
    const users = await userStore(receiver.store.db).list();
    assert.deepEqual(
      users.map((u) => [u.email, u.role]),
      [[DEMO_ADMIN, 'admin']],
    );
    for (const link of links) {
      assert.ok(link.startsWith(`${receiver.url}/inbox/sign-in/link?token=`));
      const page = await fetch(link);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /Kirjautumislinkki/);
    }
  } finally {
    await receiver.close();
  }
});
