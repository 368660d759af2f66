// JSON that a stranger sent, read without trusting its shape. JSON.parse itself copes with any
// nesting, but every recursive walk after it (JSON.stringify, a template, a validator) may run out
// of stack: so depth is measured with an explicit stack, and rows are checked again when read.

/** How deep `data` may nest (data itself is level 1). */
export const MAX_DEPTH = 32;

/**
 * The nesting depth of a parsed JSON value, or `limit + 1` as soon as it is deeper than `limit`.
 * @param {unknown} value
 * @param {number} limit
 */
export function depthOf(value, limit) {
  /** @type {Array<[unknown, number]>} */
  const stack = [[value, 0]];
  let deepest = 0;
  while (stack.length) {
    const [node, depth] = /** @type {[unknown, number]} */ (stack.pop());
    if (node === null || typeof node !== 'object') continue;
    const level = depth + 1;
    if (level > limit) return limit + 1;
    if (level > deepest) deepest = level;
    for (const child of Object.values(node)) stack.push([child, level]);
  }
  return deepest;
}

/**
 * A stored envelope as an object, or undefined when it cannot be read safely (not JSON, not an
 * object, or nested deeper than the envelope may be: rows written before the limit existed).
 * @param {string} text
 * @returns {Record<string, any> | undefined}
 */
export function parseStored(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return depthOf(value, MAX_DEPTH + 1) > MAX_DEPTH + 1 ? undefined : value;
}
