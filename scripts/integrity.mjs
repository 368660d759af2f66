// The SRI hashes of the classic scripts. Imported by scripts/build.mjs (which writes
// dist/integrity.json) and by the README test. `node scripts/integrity.mjs --readme` puts the
// hashes of the built files into README.md's snippets (after a release build).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The Subresource Integrity value of a file: `sha384-` and the base64 digest. */
export function integrityOf(file) {
  return `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}

/**
 * Every SRI value in a text, with the file it must pin: `integrity="…"` pins the nearest
 * `dist/<file>` before it; the lazy loader's `data-integrity="…"` pins digione-widgets.js.
 */
export function readmeHashes(text) {
  return [...text.matchAll(/(data-)?integrity="(sha384-[^"]*)"/g)].map((match) => {
    const before = text.slice(0, match.index);
    const file = match[1] ? 'digione-widgets.js' : [...before.matchAll(/dist\/([\w-]+\.js)/g)].pop()?.[1];
    return { file, value: match[2], index: match.index, length: match[0].length, data: Boolean(match[1]) };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--readme')) {
  const integrity = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
  let text = readFileSync('README.md', 'utf8');
  for (const hash of readmeHashes(text).reverse()) {
    const replacement = `${hash.data ? 'data-' : ''}integrity="${integrity[hash.file]}"`;
    text = text.slice(0, hash.index) + replacement + text.slice(hash.index + hash.length);
  }
  writeFileSync('README.md', text);
  console.log('README.md: SRI hashes of', Object.keys(integrity).join(', '));
}
