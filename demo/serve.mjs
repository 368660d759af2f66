// npm start: serves the sample municipality page (demo/) and the built bundle (dist/) on
// http://127.0.0.1:8080, together with the reference collector (demo/collector) that the
// page's widgets post to. Ctrl+C stops both.
import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import { fileURLToPath } from 'node:url';

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
  let collector;
  try {
    const { startCollector } = await import('./collector/server.mjs');
    collector = await startCollector();
  } catch (error) {
    if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  }
  console.log(`Demo: http://${host}:${demo.server.address().port}/`);
  if (collector) console.log(`Collector: ${collector.url} (submissions stored in ${collector.dbPath})`);
  const stop = async () => {
    await Promise.allSettled([demo.close(), collector?.close()]);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
