/**
 * What the snippet builder writes, as pure functions: each widget's attributes and the rules the
 * widget itself applies to them, the element with escaped attributes, the `<style>` with the
 * tokens the editor changed, the script tag (pinned version, `integrity`, a `<noscript>` link
 * to the iframe embed) and the iframe snippet (CONTRACT-16: `<base>/embed/index.html?widget=…`).
 */
import { TOKENS, type Token } from '../../src/core/tokens.js';
import { fetchableUrl } from '../../src/core/config.js';
import { parseHexColour } from './contrast.js';
import { findMunicipality } from '../../src/data/municipality.js';
import { acceptedValue, attributeKind, type AttributeKind } from '../../src/attributes.js';

export const WIDGETS = ['join-form', 'event-card', 'readiness-checker'] as const;
export type Widget = (typeof WIDGETS)[number];

export interface AttributeSpec {
  /** The element's attribute name, as in the README. */
  name: string;
  /** The catalogue's kind (src/attributes.ts): the rule the widget applies to the value. */
  kind: AttributeKind;
  /** Without it the widget cannot do its job (the join form sends nowhere). */
  required?: boolean;
  /** Asked for in a textarea. */
  multiline?: boolean;
}

const spec =
  (widget: Widget) =>
  (name: string, options: { required?: boolean; multiline?: boolean } = {}): AttributeSpec => {
    const kind = attributeKind(widget, name);
    if (!kind) throw new Error(`digione-${widget} has no attribute ${name}`);
    return { name, kind, required: options.required ?? false, ...(options.multiline ? { multiline: true } : {}) };
  };

const join = spec('join-form');
const card = spec('event-card');
const checker = spec('readiness-checker');
const required = { required: true };

/** The attributes the builder asks for (README, DESIGN.md §3), in its order; kinds from the catalogue. */
export const ATTRIBUTES: Readonly<Record<Widget, readonly AttributeSpec[]>> = {
  'join-form': [join('endpoint', required), join('privacy-url', required), join('municipality'), join('no-draft'), join('lang')],
  'event-card': [
    card('heading', required),
    card('heading-level'),
    card('start'),
    card('end'),
    card('time-zone'),
    card('location'),
    card('address'),
    card('online-url'),
    card('registration-url'),
    card('description', { multiline: true }),
    card('organizer'),
    card('event-id'),
    card('src'),
    card('endpoint'),
    card('privacy-url'),
    card('lang'),
  ],
  'readiness-checker': [checker('endpoint'), checker('privacy-url'), checker('municipality'), checker('src'), checker('heading-level'), checker('lang')],
};

/** The values the editor typed, by attribute name (a toggle is `'on'` or empty). */
export type AttributeValues = Readonly<Record<string, string | undefined>>;

export type AttributeProblem = 'required' | 'endpoint' | 'url' | 'date' | 'municipality' | 'timeZone';

/**
 * The page a snippet will be pasted on is not known: relative paths are checked as if on a
 * municipality's site (the widget resolves them on the page it is on).
 */
export const SNIPPET_PAGE = 'https://www.kunta.example/';

/** The builder's message for a value the widget refuses, by its kind (a heading level and a language are picked from a list). */
const PROBLEM_OF: Partial<Record<AttributeKind, AttributeProblem>> = {
  endpoint: 'endpoint',
  link: 'url',
  fetch: 'url',
  date: 'date',
  municipality: 'municipality',
  'time-zone': 'timeZone',
};

/** What the widget would refuse in a value (the catalogue's rule), or undefined. */
export function attributeProblem(attribute: AttributeSpec, values: AttributeValues): AttributeProblem | undefined {
  const value = values[attribute.name]?.trim() ?? '';
  if (!value) return attribute.required ? 'required' : undefined;
  // a checkbox ('on' or empty) or a choice from a list: the form offers nothing the widget refuses
  if (attribute.kind === 'boolean') return undefined;
  return acceptedValue(attribute.kind, value, SNIPPET_PAGE, values['time-zone']) === undefined ? PROBLEM_OF[attribute.kind] : undefined;
}

/** Every failing attribute of a widget, in the form's order. */
export function attributeProblems(widget: Widget, values: AttributeValues): Array<{ attribute: AttributeSpec; problem: AttributeProblem }> {
  return ATTRIBUTES[widget].flatMap((attribute) => {
    const found = attributeProblem(attribute, values);
    return found ? [{ attribute, problem: found }] : [];
  });
}

/**
 * The attributes that go into the snippet, as `[name, value]`: the filled ones the widget
 * accepts, trimmed (a boolean as an empty value). A municipality goes in as its code.
 */
export function snippetAttributes(widget: Widget, values: AttributeValues): Array<[string, string]> {
  return ATTRIBUTES[widget].flatMap((attribute): Array<[string, string]> => {
    const value = values[attribute.name]?.trim() ?? '';
    if (!value || attributeProblem(attribute, values)) return [];
    if (attribute.kind === 'boolean') return [[attribute.name, '']];
    if (attribute.kind === 'municipality') return [[attribute.name, findMunicipality(value)?.code ?? value]];
    return [[attribute.name, value]];
  });
}

/** Text for a double-quoted HTML attribute value (or for text content): nothing in it can end the value or open a tag. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export const tagOf = (widget: Widget): string => `digione-${widget}`;

/** `<digione-join-form endpoint="…" no-draft></digione-join-form>` */
export function elementMarkup(widget: Widget, attributes: ReadonlyArray<[string, string]>): string {
  const rendered = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');
  return `<${tagOf(widget)}${rendered}></${tagOf(widget)}>`;
}

/** The colour tokens the builder offers (every `--digione-color-*`). */
export const COLOUR_TOKENS = (Object.keys(TOKENS) as Token[]).filter((token) => token.startsWith('--digione-color-'));

/** The tokens whose colour differs from the default, as `[token, #rrggbb]`; values that are not hex colours are left out. */
export function changedColours(colours: Readonly<Partial<Record<Token, string>>>): Array<[Token, string]> {
  return COLOUR_TOKENS.flatMap((token): Array<[Token, string]> => {
    const value = colours[token]?.trim().toLowerCase();
    if (!value || !parseHexColour(value) || parseHexColour(value)?.join() === parseHexColour(TOKENS[token])?.join()) return [];
    return [[token, value]];
  });
}

/** The rule that themes a widget with the changed tokens, or '' when none changed. Only hex colours reach it. */
export function tokenCss(widget: Widget, changed: ReadonlyArray<[Token, string]>): string {
  if (!changed.length) return '';
  return `${tagOf(widget)} {\n${changed.map(([token, value]) => `  ${token}: ${value};\n`).join('')}}`;
}

/** Where the script is by default: the version pinned on the jsDelivr CDN. */
export const cdnScriptUrl = (version: string): string => `https://cdn.jsdelivr.net/npm/digione-widgets@${version}/dist/digione-widgets.js`;

/** The folder of digione-widgets.js (`<base>` in CONTRACT-16), without a trailing slash. */
export function baseOf(scriptUrl: string): string {
  return scriptUrl
    .trim()
    .replace(/[?#].*$/, '')
    .replace(/\/[^/]*$/, '');
}

/** The iframe embed page for the same widget and attributes: `<base>/embed/index.html?widget=join-form&endpoint=…`. */
export function embedUrl(base: string, widget: Widget, attributes: ReadonlyArray<[string, string]>): string {
  // A boolean attribute travels as `name=1`: an empty value reads as "not set" in a query.
  const query = new URLSearchParams([['widget', widget], ...attributes.map(([name, value]): [string, string] => [name, value === '' ? '1' : value])]);
  return `${base}/embed/index.html?${query.toString()}`;
}

export interface ScriptSnippet {
  widget: Widget;
  attributes: ReadonlyArray<[string, string]>;
  colours: ReadonlyArray<[Token, string]>;
  scriptUrl: string;
  /** `sha384-…` of this version's digione-widgets.js (dist/integrity.json). */
  integrity: string;
  /** The `<noscript>` link's text, in the widget's language. */
  fallbackText: string;
}

/** The script-tag snippet: the pinned script with SRI, the theme `<style>` (when changed), the element, a `<noscript>` link. */
export function scriptSnippet(options: ScriptSnippet): string {
  const { widget, attributes, colours, scriptUrl, integrity, fallbackText } = options;
  const css = tokenCss(widget, colours);
  return [
    `<script src="${escapeHtml(scriptUrl)}" integrity="${escapeHtml(integrity)}" crossorigin="anonymous" defer></script>`,
    ...(css ? [`<style>\n${css}\n</style>`] : []),
    elementMarkup(widget, attributes),
    `<noscript><a href="${escapeHtml(embedUrl(baseOf(scriptUrl), widget, attributes))}">${escapeHtml(fallbackText)}</a></noscript>`,
  ].join('\n');
}

/** The iframe snippet (CONTRACT-16): 900 px high, the documented minimum without the resizer. */
export function iframeSnippet(options: { widget: Widget; attributes: ReadonlyArray<[string, string]>; scriptUrl: string; title: string }): string {
  const src = embedUrl(baseOf(options.scriptUrl), options.widget, options.attributes);
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(options.title)}" width="100%" height="900" loading="lazy"></iframe>`;
}

/**
 * Where the snippet loads the script from: the editor's own URL when they chose it and it is a
 * fetchable URL (the builder's field error says why otherwise), else the pinned CDN copy.
 */
export function chosenScriptUrl(values: AttributeValues, version: string): string {
  const own = values['script-location'] === 'own' ? values['script-url']?.trim() : undefined;
  return own && fetchableUrl(own, SNIPPET_PAGE) ? own : cdnScriptUrl(version);
}

/**
 * Whether the snippet leaves out something the editor typed: a value the widget would refuse,
 * a colour that is not a hex colour, or a municipality typed but not chosen from the list.
 */
export function leavesOut(widget: Widget, values: AttributeValues, typedMunicipality = ''): boolean {
  return (
    ATTRIBUTES[widget].some((attribute) => values[attribute.name]?.trim() && attributeProblem(attribute, values)) ||
    COLOUR_TOKENS.some((token) => !parseHexColour(values[token] ?? '')) ||
    (!values.municipality && typedMunicipality.trim() !== '')
  );
}
