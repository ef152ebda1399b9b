/** One FOMC meeting on the horizon, shaped like an entry of `fomcCalendar` (month = step it takes effect). */
export interface Meeting {
  /** ISO date of the decision (second day of the meeting). */
  date: string;
  /** Month step from which the decision is in force. */
  month: number;
  /** True when the date is extrapolated rather than published by the Fed. */
  assumed: boolean;
}
