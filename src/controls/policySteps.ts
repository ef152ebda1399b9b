import type { PolicyDecision } from '../model/scenario.ts';
import type { Meeting } from './meeting.ts';
import type { PolicyStep } from './policyPath.ts';
import { roundRate } from './terminalRate.ts';

/**
 * Decisions placed on the month grid: a meeting's decision at its month, any other decision at the
 * month `monthOf` gives (null = beyond the horizon, dropped).
 */
export function policySteps(
  meetings: readonly Meeting[],
  decisions: readonly PolicyDecision[],
  monthOf: (date: string) => number | null,
): PolicyStep[] {
  const monthByDate = new Map(meetings.map((m) => [m.date, m.month]));
  const steps: PolicyStep[] = [];
  for (const d of decisions) {
    const month = monthByDate.get(d.date) ?? monthOf(d.date);
    if (month !== null && d.bp !== 0) steps.push({ month, bp: d.bp });
  }
  return steps;
}

/** The announced policy rate right after each meeting, counting every decision up to its date. */
export function ratesAfterMeetings(
  startRate: number,
  meetings: readonly Meeting[],
  decisions: readonly PolicyDecision[],
): number[] {
  return meetings.map((m) => {
    let bp = 0;
    for (const d of decisions) if (d.date <= m.date) bp += d.bp;
    return roundRate(startRate + bp / 100);
  });
}
