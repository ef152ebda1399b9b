import type { Meeting } from './meeting.ts';

/** How often the Fed moves in a quick action: every meeting, every other one, or quarterly. */
export type Pace = 'every' | 'everyOther' | 'quarterly';

/** The paces with their labels, for a select. */
export const PACES: readonly { id: Pace; label: string }[] = [
  { id: 'every', label: 'Every meeting' },
  { id: 'everyOther', label: 'Every other meeting' },
  { id: 'quarterly', label: 'Quarterly (March, June, Sept., Dec.)' },
];

// Quarterly means the meetings with a Summary of Economic Projections, where moves cluster.
const PROJECTION_MONTHS = new Set(['03', '06', '09', '12']);

/** Indices of the meetings, from index `from` on, at which the Fed moves at the given pace. */
export function paceMeetings(meetings: readonly Meeting[], pace: Pace, from = 0): number[] {
  const picked: number[] = [];
  for (let i = Math.max(0, from); i < meetings.length; i++) {
    if (pace === 'every') picked.push(i);
    else if (pace === 'everyOther' && (i - from) % 2 === 0) picked.push(i);
    else if (pace === 'quarterly' && PROJECTION_MONTHS.has(meetings[i].date.slice(5, 7))) picked.push(i);
  }
  return picked;
}
