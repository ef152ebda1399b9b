import type { Scenario } from '../model/scenario.ts';
import { encodeScenario } from './encodeScenario.ts';

/** The query parameter that carries the encoded scenario. */
export const SCENARIO_PARAM = 's';

/** Other query parameters a link may carry beside the scenario (e.g. embed, view, theme). */
export type SearchExtras = Record<string, string | number | boolean | null | undefined>;

/**
 * A query string (with the leading `?`) carrying the scenario as `s`, followed by `extra` in
 * order; `true` is written as `1`, and `false`, null and undefined are left out.
 */
export function scenarioToSearch(scenario: Scenario, extra: SearchExtras = {}): string {
  const params = new URLSearchParams({ [SCENARIO_PARAM]: encodeScenario(scenario) });
  for (const [name, value] of Object.entries(extra)) {
    if (name === SCENARIO_PARAM || value === false || value === null || value === undefined) continue;
    params.append(name, value === true ? '1' : String(value));
  }
  return `?${params.toString()}`;
}
