import { defaultBranch, defaultScenario } from '../../src/model/defaultScenario.ts';
import type { Scenario } from '../../src/model/scenario.ts';

/** The default scenario as a mixture: its own branch at 1 − w and a 'No cuts' branch at w. */
export function twoBranchScenario(paths: number, noCutsWeight: number): Scenario {
  const s = defaultScenario();
  s.paths = paths;
  const other = defaultBranch();
  other.name = 'No cuts';
  other.weight = noCutsWeight;
  other.policy.decisions = [];
  s.branches[0].weight = 1 - noCutsWeight;
  s.branches.push(other);
  return s;
}
