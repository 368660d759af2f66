/**
 * web-test-runner plugin: `/test/slow/<ms>/<path under test/fixtures>` answers with that fixture
 * after <ms> milliseconds, so a test can see a widget while its `src` is still loading.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function slowPlugin() {
  return {
    name: 'digione-slow',
    async serve(context) {
      const match = /^\/test\/slow\/(\d{1,5})\/([\w.-]+\.json)$/.exec(context.path);
      if (!match) return undefined;
      await new Promise((resolve) => setTimeout(resolve, Number(match[1])));
      return { body: await readFile(FIXTURES + match[2], 'utf8'), type: 'application/json' };
    },
  };
}
