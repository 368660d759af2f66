/**
 * WCAG 2.1 contrast of the colour tokens: which token pairs must reach which ratio, and the
 * ratio itself. The defaults in tokens.ts meet every pair (test/unit/core.test.ts); the snippet
 * builder (demo/builder/) warns when a web editor's colours do not. Pure, no DOM.
 */
import type { Token } from '../../src/core/tokens.js';

/** `#rrggbb` or `#rgb` as 0…255 channels, or undefined when it is neither. */
export function parseHexColour(value: string): [number, number, number] | undefined {
  const hex = value.trim().toLowerCase();
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(hex);
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(hex);
  const parts = long ? long.slice(1) : short ? short.slice(1).map((c) => c + c) : undefined;
  return parts ? (parts.map((part) => parseInt(part, 16)) as [number, number, number]) : undefined;
}

/** Relative luminance (WCAG 2.1, 1.4.3) of an sRGB colour. */
export function relativeLuminance([r, g, b]: readonly [number, number, number]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two colours (1…21), or undefined when one is not a hex colour. */
export function contrastRatio(a: string, b: string): number | undefined {
  const [ca, cb] = [parseHexColour(a), parseHexColour(b)];
  if (!ca || !cb) return undefined;
  const [high, low] = [relativeLuminance(ca), relativeLuminance(cb)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

/** A foreground token drawn on a background token, and the least ratio WCAG 2.1 AA asks of it. */
export interface ContrastPair {
  foreground: Token;
  background: Token;
  /** 4.5 for text (1.4.3), 3 for borders and the focus ring (1.4.11 non-text contrast). */
  minimum: 4.5 | 3;
}

const text = (foreground: Token, background: Token): ContrastPair => ({ foreground, background, minimum: 4.5 });
const nonText = (foreground: Token, background: Token): ContrastPair => ({ foreground, background, minimum: 3 });

/** Every pair the widgets draw: text on the background and on the surface, on-primary on primary, borders and focus. */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  ...(['--digione-color-text', '--digione-color-text-muted', '--digione-color-primary', '--digione-color-error', '--digione-color-success'] as const).flatMap(
    (token) => [text(token, '--digione-color-background'), text(token, '--digione-color-surface')],
  ),
  text('--digione-color-on-primary', '--digione-color-primary'),
  nonText('--digione-color-border', '--digione-color-background'),
  nonText('--digione-color-focus', '--digione-color-background'),
];

export interface ContrastCheck extends ContrastPair {
  /** undefined when a colour of the pair is not a hex colour. */
  ratio: number | undefined;
  passes: boolean;
}

/** Each pair's ratio under the given colours (token → `#rrggbb`). */
export function checkContrast(colours: Readonly<Partial<Record<Token, string>>>): ContrastCheck[] {
  return CONTRAST_PAIRS.map((pair) => {
    const ratio = contrastRatio(colours[pair.foreground] ?? '', colours[pair.background] ?? '');
    return { ...pair, ratio, passes: ratio !== undefined && ratio >= pair.minimum };
  });
}

/** A ratio as people read it, rounded down so 4.49 never shows as a passing 4.5: `4.4:1` (`4,4:1` in fi-FI). */
export function formatRatio(ratio: number, locale = 'en'): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Math.floor(ratio * 10) / 10)}:1`;
}
