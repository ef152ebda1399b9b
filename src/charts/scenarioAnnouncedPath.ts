import type { Scenario } from '../model/index.ts';
import { monthDate } from '../model/monthDate.ts';
import type { StepPoint } from './fanPaths.ts';
import { announcedPath } from './announcedPath.ts';

/** The announced policy path of one branch of a scenario (the first if `branch` is out of range). */
export function scenarioAnnouncedPath(scenario: Scenario, branch: number, months: number): StepPoint[] {
  const b = scenario.branches[branch] ?? scenario.branches[0];
  const date = scenario.snapshot.date;
  return announcedPath(scenario.snapshot.policyRate, b.policy.decisions, months, (m) => monthDate(date, m));
}
