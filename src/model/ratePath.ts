import { decisionMonths } from './decisionMonths.ts';
import type { PolicyDecision } from './scenario.ts';

/**
 * A policy path by month-step (decimals): the start rate plus every decision effective by month m,
 * for `length` months. Also returns the last month a decision takes effect (0 when none does).
 */
export function ratePath(snapshotDate: string, startRate: number, decisions: PolicyDecision[], length: number): { path: Float64Array; lastMove: number } {
  const effective = decisionMonths(snapshotDate, decisions);
  const path = new Float64Array(length);
  let lastMove = 0;
  for (let k = 0; k < effective.length; k++) if (effective[k] >= 1) lastMove = Math.max(lastMove, effective[k]);
  for (let m = 0; m < length; m++) {
    let rate = startRate / 100;
    for (let k = 0; k < effective.length; k++) {
      if (effective[k] >= 1 && effective[k] <= m) rate += decisions[k].bp / 10000;
    }
    path[m] = rate;
  }
  return { path, lastMove };
}
