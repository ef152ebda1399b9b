import type { PolicyDecision } from '../model/scenario.ts';
import type { Meeting } from './meeting.ts';
import { paceMeetings, type Pace } from './pace.ts';

/** `cuts` cuts of `size` bp at the given pace from meeting `from` on; fewer if the horizon runs out. */
export function cutSchedule(
  meetings: readonly Meeting[],
  cuts: number,
  pace: Pace,
  from = 0,
  size = 25,
): PolicyDecision[] {
  return paceMeetings(meetings, pace, from)
    .slice(0, Math.max(0, Math.floor(cuts)))
    .map((i) => ({ date: meetings[i].date, bp: -size }));
}
