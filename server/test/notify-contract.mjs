// The notifications' contract, run against each database (notify-sqlite.test.mjs,
// notify-postgres.test.mjs): a real webhook endpoint that checks the HMAC itself, a real SMTP
// server, retries with backoff, failures visible in the inbox, "retry now" with CSRF, and no
// second notification for an idempotent repeat.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startReceiver } from '../src/index.js';
import { userStore } from '../src/database/users.js';
import { TEST_RECEIVER, auth, envelope, post } from './support.mjs';
import { SAMPLE, addUsers, browserClient, csrfOf, joinRequest, signIn } from './inbox-support.mjs';
import { FAST, SECRET, closedPort, smtpServer, until, webhookEndpoint } from './notify-support.mjs';

const PUBLIC_URL = 'https://digione.example';
const PERSONAL = ['matti', 'Virtanen', '+358', 'Opetustoimen'];

/** @param {{ store: { db: any } }} receiver */
const deliveriesOf = (receiver) => receiver.store.db.selectFrom('notification_deliveries').selectAll().orderBy('channel').execute();

/**
 * @param {string} label
 * @param {() => Promise<{ options: object, cleanup: () => Promise<void> }>} database
 */
export function notifyTests(label, database) {
  /** A receiver on a fresh database with these DIGIONE_* settings; stop() stops it and drops the database. */
  async function start(env) {
    const opened = await database();
    const receiver = await startReceiver({
      ...opened.options,
      ...TEST_RECEIVER,
      signInPerMinute: 100_000,
      notifierTiming: FAST,
      env: { DIGIONE_PUBLIC_URL: `${PUBLIC_URL}/`, ...env },
    });
    return { receiver, stop: async () => (await receiver.close(), await opened.cleanup()) };
  }

  test(`${label}: a join request is announced once by webhook (HMAC checked; 500, 500, then 200: delivered on the 3rd attempt) and once by email in Finnish, without personal data; an idempotent repeat announces nothing`, async () => {
    const hook = await webhookEndpoint({ answers: [500, 500] });
    const smtp = await smtpServer();
    const { receiver, stop } = await start({
      DIGIONE_WEBHOOK_URL: hook.url,
      DIGIONE_WEBHOOK_SECRET: SECRET,
      DIGIONE_SMTP_URL: smtp.url,
      DIGIONE_NOTIFY_EMAIL: 'tiimi@digione.example, toinen@digione.example',
      DIGIONE_MAIL_FROM: 'DigiOne-vastaanotin <noreply@digione.example>',
    });
    try {
      const body = joinRequest({ ...SAMPLE[0], contactName: 'Matti Virtanen', title: 'Opetustoimen johtaja', phone: '+358401234567' });
      assert.equal((await post(receiver.url, body)).status, 201);
      const rows = await until(
        async () => {
          const list = await deliveriesOf(receiver);
          return list.length === 2 && list.every((row) => row.status === 'delivered') && list;
        },
        10_000,
        'both deliveries',
      );
      const [email, webhook] = rows;
      assert.equal(webhook.channel, 'webhook');
      assert.equal(webhook.attempts, 3);
      assert.equal(email.attempts, 1);

      assert.deepEqual(
        hook.requests.map((r) => r.status),
        [500, 500, 200],
      );
      assert.ok(
        hook.requests.every((r) => r.verified),
        'every request carries a valid X-DigiOne-Signature over its timestamp and body',
      );
      assert.ok(hook.requests.every((r) => r.headers['x-digione-delivery'] === webhook.id && r.headers['content-type'] === 'application/json'));
      const [stored] = await receiver.store.rows({ id: body.id });
      assert.deepEqual(hook.requests[2].json, {
        type: 'fi.digione.join.requested',
        id: body.id,
        municipality: { code: '091', name: 'Helsinki' },
        received: stored.receivedAt,
        summary: 'Uusi liittymistoive: Helsinki',
        link: `${PUBLIC_URL}/inbox/join-requests/${body.id}`,
      });
      for (const word of PERSONAL) assert.ok(!hook.requests[2].body.includes(word), `no "${word}" in the webhook`);

      assert.equal(smtp.messages.length, 1);
      const { mail, envelope: smtpEnvelope } = smtp.messages[0];
      assert.equal(mail.from.text, '"DigiOne-vastaanotin" <noreply@digione.example>');
      assert.deepEqual(
        mail.to.value.map((a) => a.address),
        ['tiimi@digione.example', 'toinen@digione.example'],
      );
      assert.deepEqual(
        smtpEnvelope.rcptTo.map((r) => r.address),
        ['tiimi@digione.example', 'toinen@digione.example'],
      );
      assert.equal(mail.subject, 'Uusi liittymistoive: Helsinki');
      assert.match(mail.text, /DigiOne-vastaanottoon saapui uusi liittymistoive\./);
      assert.match(mail.text, /Kunta: Helsinki \(091\)/);
      assert.match(mail.text, /Saapui: \d{1,2}\.\d{1,2}\.\d{4}/);
      assert.ok(mail.text.includes(`Avaa saapuneissa: ${PUBLIC_URL}/inbox/join-requests/${body.id}`));
      assert.ok(mail.html.includes(`href="${PUBLIC_URL}/inbox/join-requests/${body.id}"`));
      for (const word of PERSONAL) assert.ok(!mail.text.includes(word) && !mail.html.includes(word), `no "${word}" in the email`);

      // The same submission again (a widget's retry): answered from the store, announced no more.
      const again = await post(receiver.url, body);
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal((await deliveriesOf(receiver)).length, 2);
      assert.equal(hook.requests.length, 3);
      assert.equal(smtp.messages.length, 1);

      // An event registration links to its event's attendee list; its person is not named.
      const registration = envelope('fi.digione.event.registered');
      assert.equal((await post(receiver.url, registration)).status, 201);
      await until(() => hook.requests.length === 4 && smtp.messages.length === 2, 5000, 'the registration');
      assert.equal(hook.requests[3].json.link, `${PUBLIC_URL}/inbox/events/digione-tietoisku-2026-09-15`);
      assert.equal(hook.requests[3].json.summary, 'Uusi ilmoittautuminen: DigiOne-tietoisku kunnille');
      assert.equal(smtp.messages[1].mail.subject, 'Uusi ilmoittautuminen: DigiOne-tietoisku kunnille');
      for (const text of [hook.requests[3].body, smtp.messages[1].mail.text]) assert.ok(!/maija/i.test(text), 'no attendee in it');

      // Erasure on request takes the person's submission and its deliveries.
      const erased = await fetch(`${receiver.url}/api/submissions?email=${encodeURIComponent(SAMPLE[0].email)}`, { method: 'DELETE', ...auth });
      assert.deepEqual(await erased.json(), { erased: 1 });
      const left = await deliveriesOf(receiver);
      assert.equal(left.length, 2);
      assert.ok(left.every((row) => row.submission_id === registration.id));
    } finally {
      await stop();
      await hook.close();
      await smtp.close();
    }
  });

  test(`${label}: a webhook that is down fails after the last retry, shows in the inbox (count above the list, the notifications page), and "retry now" needs the CSRF token; DIGIONE_WEBHOOK_PERSONAL=1 sends the data`, async () => {
    const port = await closedPort();
    const { receiver, stop } = await start({
      DIGIONE_WEBHOOK_URL: `http://127.0.0.1:${port}/hook`,
      DIGIONE_WEBHOOK_SECRET: SECRET,
      DIGIONE_WEBHOOK_PERSONAL: '1',
    });
    /** @type {Awaited<ReturnType<typeof webhookEndpoint>> | undefined} */
    let hook;
    try {
      const body = joinRequest(SAMPLE[0]);
      assert.equal((await post(receiver.url, body)).status, 201);
      const [failed] = await until(
        async () => {
          const list = await deliveriesOf(receiver);
          return list[0]?.status === 'failed' && list;
        },
        10_000,
        'the delivery to fail',
      );
      assert.equal(failed.attempts, FAST.backoffMs.length + 1);
      assert.match(failed.last_error, /ECONNREFUSED/);

      await addUsers(receiver, { 'admin@example.fi': 'admin', 'viewer@example.fi': 'viewer' });
      const admin = browserClient(receiver.url);
      assert.equal((await signIn(admin, 'admin@example.fi')).status, 303);
      const list = await admin.request('/inbox/join-requests');
      assert.ok(list.text.includes('1 ilmoitus jäi toimittamatta.') && list.text.includes('href="/inbox/notifications"'));
      const landing = await admin.request('/inbox');
      assert.ok(landing.text.includes('1 ilmoitus jäi toimittamatta.'), 'the overview (the page after sign-in) says so too');
      const page = await admin.request('/inbox/notifications');
      assert.equal(page.status, 200);
      assert.ok(page.text.includes('<title>Ilmoitukset – DigiOne-saapuneet</title>'));
      assert.ok(page.text.includes('Epäonnistui') && page.text.includes('ECONNREFUSED'));
      assert.ok(page.text.includes(`Webhook osoitteeseen 127.0.0.1:${port} (henkilötietojen kanssa)`));
      assert.ok(!/matti/i.test(page.text), 'no personal data on the page');

      const viewer = browserClient(receiver.url);
      await signIn(viewer, 'viewer@example.fi');
      assert.equal((await viewer.request('/inbox/notifications')).status, 403);
      const viewerList = await viewer.request('/inbox/join-requests');
      assert.ok(viewerList.text.includes('1 ilmoitus jäi toimittamatta.') && !viewerList.text.includes('href="/inbox/notifications"'));

      // Refused without the session's CSRF token (and with a viewer's): nothing changes.
      assert.equal((await admin.request(`/inbox/notifications/${failed.id}/retry`, { form: { _csrf: 'x' } })).status, 403);
      assert.equal((await admin.request(`/inbox/notifications/${failed.id}/retry`, { method: 'POST' })).status, 403);
      const viewerCsrf = csrfOf((await viewer.request('/inbox/join-requests')).text);
      assert.equal((await viewer.request(`/inbox/notifications/${failed.id}/retry`, { form: { _csrf: viewerCsrf } })).status, 403);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const [still] = await deliveriesOf(receiver);
      assert.equal(still.status, 'failed');
      assert.equal(still.attempts, failed.attempts);

      hook = await webhookEndpoint({ port });
      const retried = await admin.request(`/inbox/notifications/${failed.id}/retry`, { form: { _csrf: csrfOf(page.text) } });
      assert.equal(retried.status, 303);
      assert.equal(retried.headers.get('location'), '/inbox/notifications?retried=1');
      await until(async () => (await deliveriesOf(receiver))[0].status === 'delivered', 5000, 'the retried delivery');
      assert.equal(hook.requests.length, 1);
      assert.ok(hook.requests[0].verified);
      assert.equal(hook.requests[0].json.data.email, 'matti@example.fi', 'DIGIONE_WEBHOOK_PERSONAL=1: the data is in it');
      assert.equal(hook.requests[0].json.data.contactName, 'Matti Virtanen');
      const after = await admin.request('/inbox/notifications?retried=1');
      assert.ok(after.text.includes('Ilmoitusta yritetään nyt uudelleen.') && after.text.includes('Toimitettu'));
      assert.ok(!(await admin.request('/inbox/join-requests')).text.includes('jäi toimittamatta'));
      const audit = await userStore(receiver.store.db).auditEntries({ target: failed.id, limit: 10 });
      assert.deepEqual(
        audit.map((entry) => [entry.action, entry.actorEmail, entry.detail]),
        [['notification-retry', 'admin@example.fi', '{"channel":"webhook"}']],
      );
      assert.equal(
        (await admin.request(`/inbox/notifications/${failed.id}/retry`, { form: { _csrf: csrfOf(page.text) } })).status,
        404,
        'a delivered one is not sent again',
      );
    } finally {
      await stop();
      await hook?.close();
    }
  });

  test(`${label}: without DIGIONE_WEBHOOK_URL and DIGIONE_SMTP_URL nothing is queued, and the page says how to turn notifications on`, async () => {
    const { receiver, stop } = await start({});
    try {
      assert.equal((await post(receiver.url, joinRequest(SAMPLE[1]))).status, 201);
      assert.equal((await deliveriesOf(receiver)).length, 0);
      await addUsers(receiver, { 'admin@example.fi': 'admin' });
      const admin = browserClient(receiver.url);
      await signIn(admin, 'admin@example.fi');
      await admin.request('/inbox/language?to=en&back=/inbox/notifications');
      const page = await admin.request('/inbox/notifications');
      assert.ok(page.text.includes('Notifications are off') && page.text.includes('No notifications yet.'));
    } finally {
      await stop();
    }
  });
}
