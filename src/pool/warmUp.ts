import { BAR_STEP } from '../controls/barKeys.ts';
import { BOUNDS, type Scenario } from '../model/index.ts';

/**
 * The scenarios a runner simulates while the page is idle after its first result, so that the first
 * preview of a drag finds the worker's code compiled: the scenario with its first announced decision
 * one step up, then one step down (the first values a drag of that bar gives), or the scenario itself
 * when it announces none. A moved decision is news against the priced path, whose code the
 * start-up run (news zero) may never have taken.
 */
export function warmUpScenarios(scenario: Scenario): Scenario[] {
  const first = scenario.branches[0]?.policy.decisions[0];
  if (!first) return [scenario];
  const { min, max } = BOUNDS['policy.decisions[].bp'];
  return [BAR_STEP, -BAR_STEP].map((step) => {
    const copy = structuredClone(scenario);
    copy.branches[0]!.policy.decisions[0]!.bp = Math.max(min, Math.min(max, first.bp + step));
    return copy;
  });
}
