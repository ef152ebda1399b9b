import type { Scenario } from './scenario.ts';
import { prepareScenario, type PreparedScenario } from './prepareScenario.ts';

let lastKey = '';
let last: PreparedScenario | null = null;

/**
 * prepareScenario with a one-entry cache: a run calls the engine once per batch of chunks with the
 * same scenario, and preparing it (plans, calibration, histogram ranges) costs ~20 ms each time.
 * Seed and path count do not enter the preparation, so they are left out of the key. The prepared
 * scenario is only read (partials copy its arrays), so sharing it cannot change a result.
 */
export function preparedFor(scenario: Scenario): PreparedScenario {
  const key = JSON.stringify({ ...scenario, seed: 0, paths: 0 });
  if (last === null || key !== lastKey) {
    last = prepareScenario(scenario);
    lastKey = key;
  }
  return last;
}
