import { fomcCalendar, type Scenario } from '../model/index.ts';

/** The size of one extra Fed move on the ladder, bp. */
export const MOVE_BP = 25;

/**
 * A copy of `scenario` whose announced path gets `n` extra 25 bp moves, one at each of the next |n|
 * meetings (n < 0: cuts, n > 0: hikes), in every branch; a meeting that already has a decision gets
 * the move added to it. With fewer meetings than moves in the horizon, the rest go to the last one.
 */
export function withExtraMoves(scenario: Scenario, n: number): Scenario {
  const next = structuredClone(scenario);
  const count = Math.abs(Math.trunc(n));
  if (count === 0) return next;
  const meetings = fomcCalendar(scenario.snapshot.date, scenario.months);
  if (meetings.length === 0) return next;
  const step = Math.sign(n) * MOVE_BP;
  for (const branch of next.branches) {
    for (let i = 0; i < count; i++) {
      const date = meetings[Math.min(i, meetings.length - 1)]!.date;
      const decision = branch.policy.decisions.find((d) => d.date === date);
      if (decision) decision.bp += step;
      else branch.policy.decisions.push({ date, bp: step });
    }
    branch.policy.decisions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  return next;
}
