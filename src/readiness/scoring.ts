import { optionsOf, sortedLevels, type Area, type Level, type LocalizedText, type Questionnaire } from './questionnaire.js';

/** The chosen option's value per question id. */
export type Answers = Record<string, string>;

export interface AreaResult {
  id: string;
  /** 0–100, or null when none of the area's questions has a scored answer. */
  score: number | null;
  /** Questions with a scored answer ("don't know" and skipped ones are not). */
  answered: number;
  total: number;
  /** The level band of the area's own score. */
  level?: Level;
}

export interface Recommendation {
  area: Area;
  level: Level;
  text: LocalizedText;
}

export interface ReadinessScores {
  /** The mean of the answered areas' scores (0–100), or null when nothing was answered. */
  overall: number | null;
  level?: Level;
  areas: AreaResult[];
  /** The weakest area first. */
  recommendations: Recommendation[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The band a score falls in: the level with the highest `min` not above it. */
export function levelFor(questionnaire: Questionnaire, score: number): Level | undefined {
  return sortedLevels(questionnaire)
    .filter((l) => l.min <= score)
    .pop();
}

/**
 * Scores answers: each scored answer is normalised over its question's points,
 * (points − min) / (max − min) × 100, an area's score is the mean over its scored answers,
 * the overall score the mean of the areas that have one. Scores are rounded to one decimal.
 */
export function scoreReadiness(questionnaire: Questionnaire, answers: Answers): ReadinessScores {
  const areas: AreaResult[] = questionnaire.areas.map((area) => {
    const normalised: number[] = [];
    for (const question of area.questions) {
      const options = optionsOf(questionnaire, question);
      const chosen = options.find((o) => o.value === answers[question.id]);
      if (!chosen || chosen.points === null) continue;
      const points = options.map((o) => o.points).filter((p): p is number => p !== null);
      const min = Math.min(...points);
      const max = Math.max(...points);
      if (max > min) normalised.push(((chosen.points - min) / (max - min)) * 100);
    }
    const score = normalised.length ? round(normalised.reduce((a, b) => a + b, 0) / normalised.length) : null;
    return {
      id: area.id,
      score,
      answered: normalised.length,
      total: area.questions.length,
      level: score === null ? undefined : levelFor(questionnaire, score),
    };
  });
  const scored = areas.filter((a): a is AreaResult & { score: number } => a.score !== null);
  const overall = scored.length ? round(scored.reduce((sum, a) => sum + a.score, 0) / scored.length) : null;
  const recommendations: Recommendation[] = [];
  // a stable sort keeps the questionnaire's order between areas with the same score
  for (const result of [...scored].sort((a, b) => a.score - b.score)) {
    const area = questionnaire.areas.find((a) => a.id === result.id)!;
    const text = result.level && area.recommendations?.[result.level.id];
    if (text) recommendations.push({ area, level: result.level!, text });
  }
  return { overall, level: overall === null ? undefined : levelFor(questionnaire, overall), areas, recommendations };
}
