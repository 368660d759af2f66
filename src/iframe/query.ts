/**
 * The iframe embed's query (dist/embed/index.html?widget=join-form&endpoint=…&lang=fi): which
 * widget to render and which of its attributes to set. Each parameter is checked by the rule the
 * element applies to that attribute (the catalogue in src/attributes.ts); a value the element
 * would refuse is dropped, a parameter that is not one of the widget's attributes is ignored.
 * No DOM here: the page (page.ts) only sets what this returns.
 */
import { acceptedValue, attributeKind, isWidgetName, WIDGET_ATTRIBUTES, type WidgetName } from '../attributes.js';
import { DEFAULT_LANGUAGE, supportedLanguage, type Language } from '../core/language.js';

/** The widgets the embed page renders, by the `widget` parameter. */
export type EmbedWidget = WidgetName;

/** What the embed page renders: one widget with checked attributes, or a message why not. */
export type EmbedRequest =
  | {
      ok: true;
      widget: EmbedWidget;
      tag: string;
      language: Language;
      /** Attribute name and value, in the order of the query; each one the element accepts. */
      attributes: Array<[name: string, value: string]>;
      /** Parameters of the widget whose value the element would refuse (dropped; the page logs them). */
      refused: string[];
    }
  | { ok: false; reason: 'widget-missing' | 'widget-unknown'; widget: string; language: Language };

/** Reads the embed page's query (`location.search`) against the page's URL `base`. */
export function readEmbedQuery(search: string, base: string): EmbedRequest {
  const query = new URLSearchParams(search);
  const language = supportedLanguage(query.get('lang')) ?? DEFAULT_LANGUAGE;
  const widget = query.get('widget')?.trim() ?? '';
  if (!isWidgetName(widget)) return { ok: false, reason: widget ? 'widget-unknown' : 'widget-missing', widget, language };

  const timeZone = query.get('time-zone') ?? undefined;
  const attributes: Array<[string, string]> = [];
  const refused: string[] = [];
  const seen = new Set<string>();
  for (const [name, value] of query) {
    // the first occurrence counts, as URLSearchParams.get reads it; unknown names are ignored
    const kind = attributeKind(widget, name);
    if (seen.has(name) || !kind) continue;
    seen.add(name);
    const accepted = acceptedValue(kind, value, base, timeZone);
    if (accepted === undefined) refused.push(name);
    else attributes.push([name, accepted]);
  }
  return { ok: true, widget, tag: WIDGET_ATTRIBUTES[widget].tag, language, attributes, refused };
}
