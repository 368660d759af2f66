// npm start: serves the sample municipality page (demo/) and the built bundle (dist/) on
// http://127.0.0.1:8080, together with the receiver (server/, digione-receiver; its DIGIONE_*
// settings, SQLite in .data/ by default) that the page's widgets post to, seeded once with
// example readiness results (demo/seed.mjs) for the comparison. Ctrl+C stops both.
// It also makes sure a demo admin of the inbox exists and prints a one-time link to sign in as it.
import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import { fileURLToPath } from 'node:url';
import { startReceiver, userStore } from 'digione-receiver';
import { SEED_SOURCE, seedDemo } from './seed.mjs';

export const DEMO_ADMIN = 'demo-admin@digione.example';

/** The demo admin (created once, kept as it is), and a fresh one-time sign-in link for it. */
export async function demoSignInLink(receiver) {
  const users = userStore(receiver.store.db);
  const user = (await users.byEmail(DEMO_ADMIN)) ?? (await users.add({ email: DEMO_ADMIN, role: 'admin' })).user;
  return `${receiver.url}/inbox/sign-in/link?token=${await users.createLink(user.id)}`;
}

const root = fileURLToPath(new URL('../', import.meta.url));
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 8080);

export async function startDemo({ port: listenPort = port } = {}) {
  const app = Fastify({ logger: false });
  await app.register(fastifyStatic, { root: `${root}demo`, prefix: '/', index: ['index.html'] });
  await app.register(fastifyStatic, { root: `${root}dist`, prefix: '/dist/', decorateReply: false });
  await app.register(fastifyStatic, { root: `${root}schema`, prefix: '/schema/', decorateReply: false });
  // the snippet builder (built to dist/builder/ by scripts/build-builder.mjs) at a short address
  app.get('/builder', (_request, reply) => reply.redirect('/dist/builder/'));
  app.get('/builder/', (_request, reply) => reply.redirect('/dist/builder/'));
  await app.listen({ host, port: listenPort });
  return app;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const demo = await startDemo();
  const receiver = await startReceiver();
  console.log(`Demo: http://${host}:${demo.server.address().port}/`);
  console.log(`Snippet builder: http://${host}:${demo.server.address().port}/builder/`);
  console.log(`Receiver: ${receiver.url} (submissions stored in ${receiver.dbPath})`);
  // Example readiness results for the comparison (demo only; DIGIONE_DEMO_SEED=0 leaves them out).
  if (process.env.DIGIONE_DEMO_SEED !== '0') {
    const seeded = await seedDemo(receiver);
    if (seeded) console.log(`Seeded ${seeded} example readiness results (source ${SEED_SOURCE}; invented scores) for the comparison.`);
  }
  console.log(`Inbox: ${receiver.url}/inbox (what the widgets send). Sign in as the demo admin ${DEMO_ADMIN} with this`);
  console.log(`  one-time link (24 h; its page can also set a password): ${await demoSignInLink(receiver)}`);
  console.log('  More users: npx digione-receiver user add --email ADDRESS --role admin|viewer');
  const stop = async () => {
    await Promise.allSettled([demo.close(), receiver.close()]);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
