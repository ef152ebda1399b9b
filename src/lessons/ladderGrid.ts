import type { Scenario } from '../model/index.ts';
import { withExtraMoves } from './extraMoves.ts';
import { withTenYearShock } from './withTenYearShock.ts';

/** Extra 25 bp moves against the current path: four cuts (−4) to four hikes (+4). */
export const MOVE_STEPS = [-4, -3, -2, -1, 0, 1, 2, 3, 4] as const;
/** Extra permanent shocks to the 10-year yield, bp. */
export const TEN_YEAR_STEPS = [-100, -75, -50, -25, 0, 25, 50, 75, 100] as const;

/** The two things the ladder varies, one at a time. */
export type LadderAxis = 'moves' | 'tenYear';

/** One rung: the axis, its step (moves, or bp) and the scenario to run. */
export interface LadderRung {
  axis: LadderAxis;
  step: number;
  scenario: Scenario;
}

/** Every rung of the ladder for `scenario`: the extra Fed moves first, then the 10-year shocks. */
export function ladderGrid(scenario: Scenario): LadderRung[] {
  return [
    ...MOVE_STEPS.map((step) => ({ axis: 'moves' as const, step, scenario: withExtraMoves(scenario, step) })),
    ...TEN_YEAR_STEPS.map((step) => ({ axis: 'tenYear' as const, step, scenario: withTenYearShock(scenario, step) })),
  ];
}
