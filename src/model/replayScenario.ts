import { defaultScenario } from './defaultScenario.ts';
import { monthDate } from './monthDate.ts';
import type { PolicyDecision, Scenario } from './scenario.ts';

/** What a replay needs to become a runnable scenario. */
export interface ReplaySetup {
  title: string;
  /** Last calendar day of the month before the first cut. */
  snapshotDate: string;
  /** Monthly average fed funds rate, %, from the snapshot month through 12 months later. */
  policyPath: readonly number[];
  tenYearStart: number;
  inflationStart: number;
  /** The neutral nominal rate of the era, %: the rule of the information effect reads the path against it. */
  neutralRate: number;
}

/**
 * The realized monthly fed funds path as dated decisions: one per month-step, the change from the
 * previous month in bp, dated on the month-step itself so that it takes effect exactly there.
 */
export function replayDecisions(snapshotDate: string, policyPath: readonly number[]): PolicyDecision[] {
  return policyPath.slice(1).map((rate, i) => ({
    date: monthDate(snapshotDate, i + 1),
    // Rates have two decimals, so the change is a whole number of bp once float noise is rounded away.
    bp: Math.round((rate - (policyPath[i] as number)) * 100),
  }));
}

/**
 * A 12-month run from the month before a past first cut, with the realized fed funds path as the
 * announced path, the era's neutral rate, and every other assumption at its default. Index levels are rebased to 100
 * because the replays are about returns.
 */
export function replayScenario(setup: ReplaySetup): Scenario {
  const scenario = defaultScenario();
  scenario.months = 12;
  scenario.snapshot = {
    date: setup.snapshotDate,
    policyRate: setup.policyPath[0] as number,
    tenYear: setup.tenYearStart,
    inflation: setup.inflationStart,
    smallCap: 100,
    largeCap: 100,
    bitcoin: 100,
    // No futures curve of these dates is stored, so nothing counts as priced: the whole realized
    // path is news, learned month by month (docs/model.md §5).
    pricedDecisions: [],
  };
  const branch = scenario.branches[0]!;
  branch.name = setup.title;
  branch.policy.decisions = replayDecisions(setup.snapshotDate, setup.policyPath);
  // The monthly effective rate went down to 0.05% in 2020; the default 0.125% floor would lift it.
  branch.policy.lowerBound = 0;
  branch.policy.neutralRate = setup.neutralRate;
  // The default P/Es describe December 2025; without each era's valuations the reversion channel is off.
  branch.smallCap.valuationHalfLife = 0;
  branch.largeCap.valuationHalfLife = 0;
  return scenario;
}
