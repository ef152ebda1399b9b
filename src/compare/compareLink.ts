import type { Scenario } from '../model/index.ts';
import { decodeScenario, encodeScenario } from '../url/index.ts';

/** The query parameter carrying the pinned scenario A of compare mode (beside `s`, the current one). */
export const PIN_PARAM = 'a';

/** What a link says about compare mode: a pinned scenario, a message when it could not be read, or neither. */
export interface PinRequest {
  pinned: Scenario | null;
  message: string | null;
}

/** Reads the pinned scenario from `search` (location.search); never throws. */
export function readPinLink(search: string): PinRequest {
  let encoded: string | null;
  try {
    encoded = new URLSearchParams(search).get(PIN_PARAM);
  } catch {
    return { pinned: null, message: null };
  }
  if (encoded === null) return { pinned: null, message: null };
  const decoded = decodeScenario(encoded);
  if (!decoded.ok) return { pinned: null, message: `The pinned scenario A in this link was left out: ${decoded.error}` };
  return { pinned: decoded.scenario, message: null };
}

/** `search` with the pin parameter set to `pinned` (or removed for null), every other parameter kept. */
export function searchWithPin(search: string, pinned: Scenario | null): string {
  const params = new URLSearchParams(search);
  if (pinned) params.set(PIN_PARAM, encodeScenario(pinned));
  else params.delete(PIN_PARAM);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
