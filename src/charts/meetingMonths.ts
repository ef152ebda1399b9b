import { fomcCalendar } from '../model/fomcCalendar.ts';

/** The months with an FOMC decision over a horizon, each once, for the charts' time axes. */
export function meetingMonths(snapshotDate: string, months: number): number[] {
  return [...new Set(fomcCalendar(snapshotDate, months).map((meeting) => meeting.month))];
}
