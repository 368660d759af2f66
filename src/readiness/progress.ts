import { readJson, removeKey, storage, writeJson } from '../core/storage.js';
import type { Answers } from './scoring.js';

/**
 * Answers in progress, kept on the device so a reload resumes where the person was. One key per
 * questionnaire and version, so a changed questionnaire never gets stale answers:
 * `digione-readiness:progress:<id>@<version>` → `{ "step": 3, "answers": { "<question id>": "<value>" } }`.
 * Step 0 is the intro, 1…n the areas, n + 1 the results.
 */
export interface Progress {
  step: number;
  answers: Answers;
}

export const progressKey = (id: string, version: string) => `digione-readiness:progress:${id}@${version}`;

export function loadProgress(key: string, store = storage()): Progress | undefined {
  const value = readJson(key, store) as Progress | undefined;
  if (!value || !Number.isInteger(value.step) || typeof value.answers !== 'object' || !value.answers) return undefined;
  const answers: Answers = {};
  for (const [id, answer] of Object.entries(value.answers)) if (typeof answer === 'string') answers[id] = answer;
  return { step: value.step, answers };
}

/** A full or blocked storage keeps nothing: the answers live on in the element only. */
export function saveProgress(key: string, progress: Progress, store = storage()): void {
  writeJson(key, progress, store);
}

export function clearProgress(key: string, store = storage()): void {
  removeKey(key, store);
}
