// What a submission must look like: the envelope and data JSON Schemas of schema/ (shared with
// the widgets), a depth and extra-property limit on `data`, and the problems found, each as an
// RFC 9457 `errors` member with a JSON pointer the widgets map to a field.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_DEPTH, depthOf } from './safe-json.js';

export const SCHEMA_DIR = fileURLToPath(new URL('../../schema/', import.meta.url));
export const ENVELOPE_ID = 'https://digione.fi/schema/v1/envelope.schema.json';

/** Properties `data` may carry beyond those its schema names (each within the depth limit). */
export const MAX_EXTRA_PROPERTIES = 8;

/** @typedef {{ pointer: string, detail: string, rule: string }} FieldError */

/** @param {string} segment */
const escapePointer = (segment) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** @param {import('ajv').ErrorObject} error */
function detailOf(error) {
  const params = /** @type {Record<string, any>} */ (error.params);
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'format':
      return `must be a valid ${params.format}`;
    case 'maxLength':
      return `must be at most ${params.limit} characters`;
    case 'minLength':
      return params.limit === 1 ? 'must not be empty' : `must be at least ${params.limit} characters`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'pattern':
      return error.instancePath === '/id' ? 'must be a UUID in lower case, without urn:uuid:' : 'is not in the expected form';
    case 'enum':
      return `must be one of ${params.allowedValues.map((/** @type {unknown} */ v) => JSON.stringify(v)).join(', ')}`;
    default:
      return error.message ?? 'is not valid';
  }
}

/**
 * ajv's errors as field errors: the pointer names the field itself (for `required`, the missing
 * property), `if` bookkeeping is left out, and each pointer/detail pair appears once.
 * @param {import('ajv').ErrorObject[] | null | undefined} errors
 * @returns {FieldError[]}
 */
export function fieldErrors(errors) {
  const seen = new Set();
  /** @type {FieldError[]} */
  const list = [];
  for (const error of errors ?? []) {
    if (error.keyword === 'if') continue;
    const pointer =
      error.keyword === 'required'
        ? `${error.instancePath}/${escapePointer(/** @type {{ missingProperty: string }} */ (error.params).missingProperty)}`
        : error.instancePath;
    const detail = detailOf(error);
    const key = `${pointer} ${detail}`;
    if (seen.has(key)) continue;
    seen.add(key);
    list.push({ pointer, detail, rule: error.keyword });
  }
  return list;
}

/**
 * @param {string} [schemaDir]
 * @returns {(envelope: unknown) => FieldError[]} the problems, none when the envelope is valid
 */
export function createValidator(schemaDir = SCHEMA_DIR) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats.default(ajv);
  /** @type {Map<string, Set<string>>} data schema id → the property names it describes */
  const known = new Map();
  for (const file of readdirSync(schemaDir).filter((name) => name.endsWith('.schema.json'))) {
    const schema = JSON.parse(readFileSync(resolve(schemaDir, file), 'utf8'));
    if (schema.$id !== ENVELOPE_ID && schema.type !== 'object') continue;
    ajv.addSchema(schema);
    if (schema.properties) known.set(schema.$id, new Set(Object.keys(schema.properties)));
  }
  const validate = ajv.getSchema(ENVELOPE_ID);
  if (!validate) throw new Error(`No ${ENVELOPE_ID} in ${schemaDir}`);

  return (envelope) => {
    const limits = limitErrors(envelope, known);
    if (limits.length) return limits;
    return validate(envelope) ? [] : fieldErrors(validate.errors);
  };
}

/**
 * The limits checked before the schema: `data` at most MAX_DEPTH levels deep, and at most
 * MAX_EXTRA_PROPERTIES properties its schema does not name.
 * @param {unknown} envelope
 * @param {Map<string, Set<string>>} known
 * @returns {FieldError[]}
 */
function limitErrors(envelope, known) {
  if (envelope === null || typeof envelope !== 'object' || Array.isArray(envelope)) return [];
  const { data, dataschema } = /** @type {Record<string, unknown>} */ (envelope);
  if (data === null || typeof data !== 'object') return [];
  if (depthOf(data, MAX_DEPTH) > MAX_DEPTH) {
    return [{ pointer: '/data', detail: `must not be nested deeper than ${MAX_DEPTH} levels`, rule: 'maxDepth' }];
  }
  const names = typeof dataschema === 'string' ? known.get(dataschema) : undefined;
  if (!names || Array.isArray(data)) return [];
  const extra = Object.keys(data).filter((name) => !names.has(name));
  if (extra.length <= MAX_EXTRA_PROPERTIES) return [];
  return [{ pointer: '/data', detail: `must not carry more than ${MAX_EXTRA_PROPERTIES} properties its schema does not name`, rule: 'maxExtraProperties' }];
}

/**
 * The Idempotency-Key header is a structured-field string: `"<id>"` (a bare token is accepted too).
 * @param {unknown} value
 */
export function parseIdempotencyKey(value) {
  if (typeof value !== 'string') return undefined;
  const match = /^\s*"([^"\\]{1,255})"\s*$/.exec(value) ?? /^\s*([A-Za-z0-9._~:-]{1,255})\s*$/.exec(value);
  return match?.[1];
}
