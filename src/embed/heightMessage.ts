/** The `type` of the message an embedded app sends its host page when its height changes. */
export const HEIGHT_MESSAGE_TYPE = 'rotation-lab:height';

/** Heights, in CSS pixels, the host script accepts; anything outside is clamped. */
export const MIN_EMBED_HEIGHT = 100;
export const MAX_EMBED_HEIGHT = 5000;

/** Longest `id` accepted, so a message stays small. */
const MAX_ID_LENGTH = 200;

/** The message an embedded app posts to its host page: its content height in CSS pixels. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  height: number;
  /** Optional name of the embed, echoed from its URL, for hosts that tell iframes apart by it. */
  id?: string;
}

/**
 * A strict type guard for untrusted message data: a plain object with exactly `type`, a finite
 * non-negative `height` and optionally a short string `id`, nothing else.
 */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  if (prototype !== Object.prototype && prototype !== null) return false;
  const keys = Object.keys(data);
  if (keys.some((key) => key !== 'type' && key !== 'height' && key !== 'id')) return false;
  const { type, height, id } = data as Record<string, unknown>;
  return (
    type === HEIGHT_MESSAGE_TYPE &&
    typeof height === 'number' &&
    Number.isFinite(height) &&
    height >= 0 &&
    (id === undefined || (typeof id === 'string' && id.length <= MAX_ID_LENGTH))
  );
}
