import type { PolicyDecision } from '../model/scenario.ts';
import type { Meeting } from './meeting.ts';

/** The decision in bp at each meeting (0 = hold); several decisions on one date add up. */
export function meetingDecisions(meetings: readonly Meeting[], decisions: readonly PolicyDecision[]): number[] {
  const byDate = new Map<string, number>();
  for (const d of decisions) byDate.set(d.date, (byDate.get(d.date) ?? 0) + d.bp);
  return meetings.map((m) => byDate.get(m.date) ?? 0);
}

/** Decisions whose date is not one of the meetings (e.g. an emergency cut in a replay). */
export function offCalendarDecisions(
  meetings: readonly Meeting[],
  decisions: readonly PolicyDecision[],
): PolicyDecision[] {
  const dates = new Set(meetings.map((m) => m.date));
  return decisions.filter((d) => !dates.has(d.date));
}

/** Sorts decisions by date and drops holds, the form the scenario stores. */
export function normalizeDecisions(decisions: readonly PolicyDecision[]): PolicyDecision[] {
  return decisions
    .filter((d) => d.bp !== 0)
    .map((d) => ({ date: d.date, bp: d.bp }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** A copy of `decisions` with the decision on `date` replaced by `bp` (0 removes it), sorted. */
export function setMeetingDecision(
  decisions: readonly PolicyDecision[],
  date: string,
  bp: number,
): PolicyDecision[] {
  return normalizeDecisions([...decisions.filter((d) => d.date !== date), { date, bp }]);
}
