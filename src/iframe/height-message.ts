/**
 * The message the embed page sends to its parent (targetOrigin "*": it holds no personal data)
 * on load and whenever its height changes, and that the resizer (resizer.ts) reads:
 * `{ "type": "digione-embed-height", "widget": "join-form", "height": 812 }`, height in whole
 * CSS pixels of the embedded document.
 */
export const HEIGHT_MESSAGE = 'digione-embed-height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  widget: string;
  height: number;
}

/** The tallest height the resizer applies (a runaway page must not make a kilometre-long iframe). */
export const MAX_HEIGHT = 20_000;

export function heightMessage(widget: string, height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, widget, height: Math.ceil(height) };
}

/** True for a well-formed height message (any other message on the window is someone else's). */
export function isHeightMessage(data: unknown): data is HeightMessage {
  const message = data as Partial<HeightMessage> | null;
  return (
    typeof message === 'object' &&
    message !== null &&
    message.type === HEIGHT_MESSAGE &&
    typeof message.widget === 'string' &&
    Number.isInteger(message.height) &&
    (message.height as number) >= 0 &&
    (message.height as number) <= MAX_HEIGHT
  );
}
