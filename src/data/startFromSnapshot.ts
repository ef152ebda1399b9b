import type { Scenario } from '../model/index.ts';
import type { MarketSnapshot } from './marketSnapshot.ts';
import { snapshotLevels } from './snapshotLevels.ts';

/** A scenario moved to a market snapshot, and how many announced decisions it dropped. */
export interface MovedScenario {
  scenario: Scenario;
  /** Decisions dated on or before the new snapshot: its policy rate already includes them. */
  droppedDecisions: number;
}

/**
 * `scenario` started from `market` instead: the levels and date are the snapshot's, every branch
 * keeps its assumptions and its decisions after the new date, and drops the ones on or before it
 * (they are history, already in the snapshot's policy rate). The input is not changed.
 */
export function startFromSnapshot(scenario: Scenario, market: MarketSnapshot): MovedScenario {
  const next = structuredClone(scenario);
  next.snapshot = snapshotLevels(market);
  let droppedDecisions = 0;
  for (const branch of next.branches) {
    const kept = branch.policy.decisions.filter((decision) => decision.date > market.date);
    droppedDecisions += branch.policy.decisions.length - kept.length;
    branch.policy.decisions = kept;
  }
  return { scenario: next, droppedDecisions };
}
