import { BOUNDS } from '../bounds.ts';
import type { Branch, PolicyDecision, Snapshot } from '../scenario.ts';
import type { ScenarioReader } from './ScenarioReader.ts';

// Sums of hundredths of a percent are not exact in binary; a path ending at 0 must not fail.
const TOLERANCE = 1e-9;

/**
 * Checks what only the whole scenario reveals: every decision (each branch's and the priced ones)
 * comes after the snapshot (the snapshot's rate already contains earlier ones) and each path stays
 * in the policy-rate range.
 */
export function checkPolicyPaths(reader: ScenarioReader, snapshot: Snapshot, branches: readonly Branch[]): void {
  checkPath(reader, snapshot, snapshot.pricedDecisions ?? [], 'snapshot.pricedDecisions', 'priced');
  branches.forEach((branch, b) => {
    checkPath(reader, snapshot, branch.policy?.decisions ?? [], `branches[${b}].policy.decisions`, 'announced');
  });
}

function checkPath(reader: ScenarioReader, snapshot: Snapshot, decisions: readonly PolicyDecision[], base: string, which: string): void {
  const { min, max } = BOUNDS['snapshot.policyRate'];
  decisions.forEach((decision, i) => {
    if (decision.date !== '' && snapshot.date !== '' && decision.date <= snapshot.date) {
      reader.report(
        `${base}[${i}].date`,
        JSON.stringify(decision.date),
        `a date after the snapshot date ${snapshot.date}`,
        `${base}[${i}].date ${decision.date} is not after the snapshot date ${snapshot.date}; ` +
          'the snapshot rate already includes earlier decisions',
      );
    }
  });
  if (!Number.isFinite(snapshot.policyRate)) return;
  const order = decisions
    .map((decision, i) => ({ decision, i }))
    .filter(({ decision }) => decision.date !== '' && Number.isFinite(decision.bp))
    .sort((a, b) => (a.decision.date < b.decision.date ? -1 : 1));
  let rate = snapshot.policyRate;
  for (const { decision, i } of order) {
    rate += decision.bp / 100;
    if (rate < min - TOLERANCE || rate > max + TOLERANCE) {
      reader.report(
        `${base}[${i}].bp`,
        String(decision.bp),
        `a decision that keeps the ${which} policy rate from ${min} to ${max}%`,
        `${base}[${i}].bp takes the ${which} policy rate to ${+rate.toFixed(4)}% on ${decision.date}, ` +
          `outside ${min} to ${max}%`,
      );
      return;
    }
  }
}
