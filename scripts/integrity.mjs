import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The Subresource Integrity value of a file: `sha384-` and the base64 digest. */
export function integrityOf(file) {
  return `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}
