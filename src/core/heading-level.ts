/** A `heading-level` attribute value as a level 2–6 (the page owns h1), else the default. */
export function headingLevel(value: number | string | null | undefined, fallback: number): number {
  const level = Math.round(Number(value));
  return Number.isFinite(level) && level >= 2 ? Math.min(6, level) : fallback;
}
