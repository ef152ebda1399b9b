import { decodeScenario, type DecodeResult } from './decodeScenario.ts';
import type { Migration } from './migrations.ts';
import { SCENARIO_PARAM } from './scenarioToSearch.ts';

/**
 * The scenario in a page's query string (`location.search`, with or without the leading `?`), or
 * null when the URL carries none; never throws. `migrations` defaults to the published table.
 */
export function scenarioFromLocation(
  search: string,
  migrations?: Readonly<Record<number, Migration>>,
): DecodeResult | null {
  let encoded: string | null;
  try {
    encoded = new URLSearchParams(search).get(SCENARIO_PARAM);
  } catch {
    return null;
  }
  return encoded === null ? null : decodeScenario(encoded, migrations);
}
