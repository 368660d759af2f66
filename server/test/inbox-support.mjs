// Shared by the inbox's tests: a client that keeps its cookies like a browser (no redirects
// followed, so each answer can be checked), signing in, and reading the forms' CSRF tokens.
import { before, after } from 'node:test';
import { startReceiver } from '../src/index.js';
import { hashPassword } from '../src/inbox/secrets.js';
import { userStore } from '../src/database/users.js';
import { TEST_RECEIVER, envelope, post, validData } from './support.mjs';

export const PASSWORD = 'correct horse battery staple';

/**
 * A receiver on the database a contract file opens: started before its tests (port 0, limits
 * out of the way) and given to `setup` in the same hook; closed and its database dropped after them.
 * @param {() => Promise<{ options: object, cleanup: () => Promise<void> }>} database
 * @param {(receiver: any) => Promise<void>} setup
 */
export function inboxReceiver(database, setup) {
  const started = /** @type {{ receiver: any }} */ ({});
  /** @type {(() => Promise<void>) | undefined} */
  let cleanup;
  before(async () => {
    const opened = await database();
    cleanup = opened.cleanup;
    started.receiver = await startReceiver({
      ...opened.options,
      ...TEST_RECEIVER,
      signInPerMinute: 100_000,
    });
    await setup(started.receiver);
  });
  after(async () => {
    await started.receiver?.close();
    await cleanup?.();
  });
}

/** @param {string} url */
export function browserClient(url) {
  const cookies = new Map();
  const client = {
    cookies,
    lastSetCookies: /** @type {string[]} */ ([]),
    /** @param {string} path @param {{ method?: string, form?: Record<string, string>, headers?: Record<string, string> }} [options] */
    async request(path, { method = 'GET', form, headers = {} } = {}) {
      const response = await fetch(`${url}${path}`, {
        method: form ? 'POST' : method,
        redirect: 'manual',
        headers: {
          ...(cookies.size ? { Cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
          ...(form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
          ...headers,
        },
        body: form ? new URLSearchParams(form).toString() : undefined,
      });
      client.lastSetCookies = response.headers.getSetCookie();
      for (const line of client.lastSetCookies) {
        const [pair] = line.split(';');
        const [name, ...value] = pair.split('=');
        if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(line) || value.join('=') === '') cookies.delete(name);
        else cookies.set(name, value.join('='));
      }
      const buffer = Buffer.from(await response.arrayBuffer());
      return { status: response.status, headers: response.headers, text: buffer.toString('utf8'), buffer };
    },
  };
  return client;
}

/** The CSRF token of the page's first form that has one. @param {string} page */
export const csrfOf = (page) => /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';

/** @param {ReturnType<typeof browserClient>} client @param {string} email @param {string} [password] */
export async function signIn(client, email, password = PASSWORD) {
  const page = await client.request('/inbox/sign-in');
  return client.request('/inbox/sign-in', { form: { _csrf: csrfOf(page.text), email, password } });
}

/** Users with a password, straight into the receiver's database. @param {{ store: { db: any } }} receiver @param {Record<string, 'admin' | 'viewer'>} people */
export async function addUsers(receiver, people) {
  const users = userStore(receiver.store.db);
  const passwordHash = await hashPassword(PASSWORD);
  const ids = {};
  for (const [email, role] of Object.entries(people)) ids[email] = (await users.add({ email, role, passwordHash })).user.id;
  return ids;
}

const JOIN = 'fi.digione.join.requested';

/** A join request as the join form sends it, with these fields changed. @param {Record<string, unknown>} fields */
export const joinRequest = (fields) => envelope(JOIN, { ...validData[JOIN], ...fields });

/** POSTs join requests one after another (so their order is the received order); answers their ids. @param {string} url @param {Record<string, unknown>[]} list */
export async function postJoinRequests(url, list) {
  const ids = [];
  for (const fields of list) {
    const body = joinRequest(fields);
    const response = await post(url, body);
    if (response.status !== 201) throw new Error(`POST answered ${response.status}: ${await response.text()}`);
    ids.push(body.id);
  }
  return ids;
}

/** Three different join requests: Helsinki, Espoo, and an organisation that is not a municipality. */
export const SAMPLE = [
  {
    municipality: { code: '091', name: 'Helsinki' },
    interests: ['identity', 'data'],
    timeframe: 'this-term',
    contactName: 'Matti Virtanen',
    email: 'matti@example.fi',
  },
  {
    municipality: { code: '049', name: 'Espoo' },
    interests: ['platforms'],
    timeframe: 'next-term',
    contactName: 'Eeva Espoolainen',
    email: 'eeva@example.fi',
    phone: '+358401112222',
  },
  {
    organisationType: 'private-provider',
    municipality: undefined,
    organisationName: 'Koulu Oy <b>',
    interests: ['training'],
    timeframe: 'not-known',
    contactName: '=HYPERLINK("http://evil.example","x")',
    email: 'kalle@example.fi',
    message: 'Rivi 1\nRivi 2; "lainaus"',
  },
];
