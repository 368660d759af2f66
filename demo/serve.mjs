// npm start: serves the sample municipality page (demo/) and the built bundle (dist/) on
// http://127.0.0.1:8080, together with the receiver (server/, digione-receiver; its DIGIONE_*
// settings, SQLite in .data/ by default) that the page's widgets post to, seeded once with
// example readiness results (demo/seed.mjs) for the comparison. Ctrl+C stops both.
import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import { fileURLToPath } from 'node:url';
import { startReceiver } from 'digione-receiver';
import { SEED_SOURCE, seedDemo } from './seed.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 8080);

export async function startDemo({ port: listenPort = port } = {}) {
  const app = Fastify({ logger: false });
  await app.register(fastifyStatic, { root: `${root}demo`, prefix: '/', index: ['index.html'] });
  await app.register(fastifyStatic, { root: `${root}dist`, prefix: '/dist/', decorateReply: false });
  await app.register(fastifyStatic, { root: `${root}schema`, prefix: '/schema/', decorateReply: false });
  await app.listen({ host, port: listenPort });
  return app;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const demo = await startDemo();
  const receiver = await startReceiver();
  console.log(`Demo: http://${host}:${demo.server.address().port}/`);
  console.log(`Receiver: ${receiver.url} (submissions stored in ${receiver.dbPath})`);
  // Example readiness results for the comparison (demo only; DIGIONE_DEMO_SEED=0 leaves them out).
  if (process.env.DIGIONE_DEMO_SEED !== '0') {
    const seeded = await seedDemo(receiver);
    if (seeded) console.log(`Seeded ${seeded} example readiness results (source ${SEED_SOURCE}; invented scores) for the comparison.`);
  }
  const stop = async () => {
    await Promise.allSettled([demo.close(), receiver.close()]);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
