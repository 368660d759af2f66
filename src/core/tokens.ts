/**
 * The design tokens, written once: `baseStyles` sets these defaults on `:host`, and a test
 * (test/unit-node/tooling.test.mjs) checks the manifest's `@cssprop` lines and the README's
 * table against them. No imports here, so that test can load this module alone. Every one is a custom property with its default on `:host`, so a page
 * themes a widget from outside (`digione-join-form { --digione-color-primary: #00507a }`).
 * The defaults meet WCAG 2.1 AA: text colours are at least 4.5:1 on the background and the
 * surface, border and focus colours at least 3:1 (test/unit/core.test.ts checks the ratios).
 */
export const TOKENS = {
  '--digione-font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  // `medium` is the reader's own default size, unaffected by a page's `html { font-size: 62.5% }`
  '--digione-font-size': 'medium',
  '--digione-color-primary': '#0a5cad',
  '--digione-color-on-primary': '#ffffff',
  '--digione-color-text': '#1b1f24',
  '--digione-color-text-muted': '#535b64',
  '--digione-color-background': '#ffffff',
  '--digione-color-surface': '#f3f5f8',
  '--digione-color-border': '#6e7781',
  '--digione-color-focus': '#b04400',
  '--digione-color-error': '#b3261e',
  '--digione-color-success': '#1d6b35',
  '--digione-radius': '6px',
  '--digione-space': '1em',
} as const;

export type Token = keyof typeof TOKENS;
