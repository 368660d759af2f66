import { readJson, storage, writeJson } from './storage.js';
import type { MunicipalityRef, ReadinessAreaScore } from './submit/types.js';

/**
 * The readiness checker's last result on this device, which the join form may attach. Shared
 * here, not in the checker, because a widget never imports another widget.
 */
export const READINESS_RESULT_KEY = 'digione-readiness:last-result';

export interface StoredReadinessResult {
  questionnaire: { id: string; version: string };
  /** RFC 3339. */
  completedAt: string;
  municipality?: MunicipalityRef;
  scores: {
    /** 0–100. */
    overall: number;
    /** The level's id, e.g. "good". */
    level: string;
    /** The areas that have a score (an area with no scored answer is left out). */
    areas: ReadinessAreaScore[];
  };
}

/** `digione-readiness-complete` detail.result: the stored last result plus the answers (option id by question id). */
export interface ReadinessCompletion extends StoredReadinessResult {
  answers: Record<string, string>;
}

/** The stored result, or undefined when there is none or it is not in the documented shape. */
export function readReadinessResult(store: Storage | undefined = storage()): StoredReadinessResult | undefined {
  const value = readJson(READINESS_RESULT_KEY, store) as StoredReadinessResult | undefined;
  const s = value?.scores;
  if (!value || typeof value.questionnaire?.id !== 'string' || typeof value.completedAt !== 'string') return undefined;
  if (!s || typeof s.overall !== 'number' || typeof s.level !== 'string' || !Array.isArray(s.areas)) return undefined;
  return value;
}

export function writeReadinessResult(result: StoredReadinessResult, store: Storage | undefined = storage()): void {
  writeJson(READINESS_RESULT_KEY, result, store); // full or blocked storage: the result just isn't kept
}
