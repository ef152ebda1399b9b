import { decodeScenario, type DecodeResult } from './decodeScenario.ts';
import { SCENARIO_PARAM } from './scenarioToSearch.ts';

/**
 * The scenario in a page's query string (`location.search`, with or without the leading `?`), or
 * null when the URL carries none; never throws.
 */
export function scenarioFromLocation(search: string): DecodeResult | null {
  let encoded: string | null;
  try {
    encoded = new URLSearchParams(search).get(SCENARIO_PARAM);
  } catch {
    return null;
  }
  return encoded === null ? null : decodeScenario(encoded);
}
