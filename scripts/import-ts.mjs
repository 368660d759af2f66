// A TypeScript module of src/ for a build script or a node:test file: bundled by esbuild (no DOM, no Lit needed by
// the pure modules this is for) and imported from memory.
import { build } from 'esbuild';

export async function importTs(entry) {
  const out = await build({ entryPoints: [entry], bundle: true, format: 'esm', write: false, platform: 'neutral', logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}
