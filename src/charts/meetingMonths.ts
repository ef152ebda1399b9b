import { fomcCalendar } from '../model/fomcCalendar.ts';

/**
 * The months with an FOMC decision over a horizon, each once, for the charts' time axes. A history
 * replay's calendar is one pseudo-meeting per month (its path is monthly, not meeting by meeting):
 * those are no meetings to mark, so it gets none.
 */
export function meetingMonths(snapshotDate: string, months: number): number[] {
  const calendar = fomcCalendar(snapshotDate, months);
  const monthly = months > 0 && calendar.length === months && calendar.every((meeting, i) => meeting.assumed && meeting.month === i + 1);
  return monthly ? [] : [...new Set(calendar.map((meeting) => meeting.month))];
}
