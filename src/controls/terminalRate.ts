import type { PolicyDecision } from '../model/scenario.ts';
import type { Meeting } from './meeting.ts';
import { paceMeetings, type Pace } from './pace.ts';

/** What `solveTerminalRate` found: the decisions and the rate they reach. */
export interface TerminalSolution {
  decisions: PolicyDecision[];
  /** Policy rate after the last decision, %. */
  rate: number;
  /** True when `rate` is the requested terminal rate (after rounding it to the 25 bp grid). */
  reached: boolean;
}

/**
 * Decisions that take the policy rate from `startRate` to `terminal` in 25 bp moves at the given
 * pace, as gradually as the meetings allow: one 25 bp move per meeting, larger moves (front-loaded,
 * at most `maxMove` bp) only when there are too few meetings.
 */
export function solveTerminalRate(
  meetings: readonly Meeting[],
  startRate: number,
  terminal: number,
  pace: Pace,
  from = 0,
  maxMove = 100,
): TerminalSolution {
  // Signed number of 25 bp moves; a half step rounds away from the start, so asking for "3%" from a
  // 3.625% midpoint gives the 2.75–3.00% range (2.875%), not 3.125%.
  const exact = (terminal - startRate) * 4;
  const wanted = Math.sign(exact) * Math.round(Number(Math.abs(exact).toFixed(9)));
  const slots = paceMeetings(meetings, pace, from);
  const sign = Math.sign(wanted);
  const capPerMeeting = Math.max(1, Math.floor(maxMove / 25));
  const steps = Math.min(Math.abs(wanted), slots.length * capPerMeeting);
  const used = Math.min(steps, slots.length);
  const decisions: PolicyDecision[] = [];
  for (let k = 0; k < used; k++) {
    const moves = Math.floor(steps / used) + (k < steps % used ? 1 : 0);
    decisions.push({ date: meetings[slots[k]].date, bp: sign * moves * 25 });
  }
  const rate = roundRate(startRate + (sign * steps * 25) / 100);
  return { decisions, rate, reached: steps === Math.abs(wanted) };
}

/** Rounds a rate to 1/1000 pp so that sums of 25 bp steps print cleanly. */
export function roundRate(rate: number): number {
  return Math.round(rate * 1000) / 1000;
}
