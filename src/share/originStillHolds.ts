import { presetById, replayById, type Scenario } from '../model/index.ts';
import { compactScenario } from '../url/compactScenario.ts';
import type { ScenarioOrigin } from './scenarioOrigin.ts';

/**
 * The origin with each id kept only while it still describes `scenario`: a preset while the
 * scenario is the preset's apart from the run settings (seed, paths); a replay while its start
 * (snapshot), horizon and return mode are the replay's, since that is all its realized-outcome
 * marks depend on (a different Fed path is a counterfactual worth marking against what happened).
 */
export function originStillHolds(origin: ScenarioOrigin, scenario: Scenario): ScenarioOrigin {
  const preset = origin.presetId === null ? undefined : presetById(origin.presetId);
  const replay = origin.replayId === null ? undefined : replayById(origin.replayId);
  return {
    presetId: preset && sameApartFromRun(preset.scenario(), scenario) ? preset.id : null,
    replayId: replay && sameStart(replay.scenario(), scenario) ? replay.id : null,
  };
}

/**
 * Equal share links, read before they are encoded: the link is a function of the compact form's
 * JSON alone, and deflating both (what encoding adds) cost ~10 ms of a drag's first move.
 */
function sameApartFromRun(reference: Scenario, scenario: Scenario): boolean {
  const run = { seed: scenario.seed, paths: scenario.paths };
  return JSON.stringify(compactScenario({ ...reference, ...run })) === JSON.stringify(compactScenario(scenario));
}

function sameStart(reference: Scenario, scenario: Scenario): boolean {
  return (
    reference.months === scenario.months &&
    reference.returnMode === scenario.returnMode &&
    JSON.stringify(reference.snapshot) === JSON.stringify(scenario.snapshot)
  );
}
