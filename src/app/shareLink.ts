import type { Scenario } from '../model/index.ts';
import { SCENARIO_PARAM, encodeScenario, scenarioFromLocation } from '../url/index.ts';

/** What the page's link asked for: a scenario to load, a message to show, or nothing. */
export interface LinkRequest {
  scenario: Scenario | null;
  /** Shown to the reader when the link was unreadable or had to be adjusted. */
  message: string | null;
}

/** Reads the scenario of a share link from `search` (location.search); never throws. */
export function readShareLink(search: string): LinkRequest {
  const decoded = scenarioFromLocation(search);
  if (decoded === null) return { scenario: null, message: null };
  if (!decoded.ok) return { scenario: null, message: `${decoded.error} Showing the default scenario instead.` };
  return { scenario: decoded.scenario, message: decoded.notice ?? null };
}

/** `search` with the scenario parameter replaced by `scenario`, keeping every other parameter. */
export function searchWithScenario(search: string, scenario: Scenario): string {
  const params = new URLSearchParams(search);
  params.set(SCENARIO_PARAM, encodeScenario(scenario));
  return `?${params.toString()}`;
}
