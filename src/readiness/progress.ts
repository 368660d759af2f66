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

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function loadProgress(key: string, store = storage()): Progress | undefined {
  try {
    const value = JSON.parse(store?.getItem(key) ?? 'null') as Progress | null;
    if (!value || !Number.isInteger(value.step) || typeof value.answers !== 'object' || !value.answers) return undefined;
    const answers: Answers = {};
    for (const [id, answer] of Object.entries(value.answers)) if (typeof answer === 'string') answers[id] = answer;
    return { step: value.step, answers };
  } catch {
    return undefined;
  }
}

export function saveProgress(key: string, progress: Progress, store = storage()): void {
  try {
    store?.setItem(key, JSON.stringify(progress));
  } catch {
    // full or blocked storage: the answers live on in the element only
  }
}

export function clearProgress(key: string, store = storage()): void {
  try {
    store?.removeItem(key);
  } catch {
    // nothing to clear
  }
}
