import type { PolicyDecision } from '../model/scenario.ts';
import { formatDate, formatRate } from './decisionText.ts';
import { roundRate } from './terminalRate.ts';

/** A new path in one sentence, for the live region: "3 cuts, 75 bp in all: 2.875% after July 29, 2026." */
export function describeSchedule(decisions: readonly PolicyDecision[], startRate: number): string {
  if (decisions.length === 0) return `The Fed holds at ${formatRate(startRate)}.`;
  const total = decisions.reduce((sum, d) => sum + d.bp, 0);
  const moves = decisions.length === 1 ? '1 move' : `${decisions.length} moves`;
  const direction = total < 0 ? 'cut' : total > 0 ? 'hike' : 'net change';
  const last = decisions[decisions.length - 1];
  return `${moves}, ${direction} ${Math.abs(total)} bp in all: ${formatRate(roundRate(startRate + total / 100))} after ${formatDate(last.date)}.`;
}
