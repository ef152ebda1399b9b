import { presetById, replayById, type Scenario } from '../model/index.ts';
import { PRESET_PARAM, REPLAY_PARAM, type ScenarioOrigin } from '../share/scenarioOrigin.ts';
import { SCENARIO_PARAM, encodeScenario, scenarioFromLocation, type Migration } from '../url/index.ts';

/** What the page's link asked for: a scenario to load, where it came from, a message to show. */
export interface LinkRequest extends ScenarioOrigin {
  scenario: Scenario | null;
  /** Shown to the reader when the link was unreadable or had to be adjusted. */
  message: string | null;
}

/**
 * Reads a share link from `search` (location.search): the scenario, and the preset or replay it
 * came from when the link names a known one; never throws. `migrations` is for tests.
 */
export function readShareLink(search: string, migrations?: Readonly<Record<number, Migration>>): LinkRequest {
  const none: LinkRequest = { scenario: null, message: null, presetId: null, replayId: null };
  const decoded = scenarioFromLocation(search, migrations);
  if (decoded === null) return none;
  if (!decoded.ok) return { ...none, message: `${decoded.error} Showing the default scenario instead.` };
  const params = new URLSearchParams(search);
  const preset = presetById(params.get(PRESET_PARAM) ?? '');
  const replay = preset ? undefined : replayById(params.get(REPLAY_PARAM) ?? '');
  return {
    scenario: decoded.scenario,
    message: decoded.notice ?? null,
    presetId: preset?.id ?? null,
    replayId: replay?.id ?? null,
  };
}

/**
 * `search` with the scenario and its origin (`preset`/`replay`) replaced, keeping every other
 * parameter (embed layout, a compare scenario `a`, …) where it was.
 */
export function searchWithScenario(search: string, scenario: Scenario, origin?: ScenarioOrigin): string {
  const params = new URLSearchParams(search);
  params.set(SCENARIO_PARAM, encodeScenario(scenario));
  if (origin) {
    setOrDelete(params, PRESET_PARAM, origin.presetId);
    setOrDelete(params, REPLAY_PARAM, origin.replayId);
  }
  // A literal comma (view=small,large) is legal in a query and easier to read than %2C.
  return `?${params.toString().replaceAll('%2C', ',')}`;
}

function setOrDelete(params: URLSearchParams, name: string, value: string | null): void {
  if (value === null) params.delete(name);
  else params.set(name, value);
}
