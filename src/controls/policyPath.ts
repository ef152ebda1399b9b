import { roundRate } from './terminalRate.ts';

/** A decision placed on the month grid. */
export interface PolicyStep {
  /** Month step from which it is in force. */
  month: number;
  /** Change of the policy rate, bp. */
  bp: number;
}

/** One corner of the announced policy path. */
export interface RatePoint {
  month: number;
  /** Policy rate in force from this month on, %. */
  rate: number;
}

/**
 * The announced policy path as the corners of a step line: month 0 at `startRate`, one point per
 * month in which the rate changes, and a last point at `months` so the line reaches the horizon.
 * Steps after the horizon are ignored.
 */
export function policyPath(startRate: number, steps: readonly PolicyStep[], months: number): RatePoint[] {
  const sorted = steps.filter((s) => s.month <= months).sort((a, b) => a.month - b.month);
  const points: RatePoint[] = [{ month: 0, rate: startRate }];
  let cumulativeBp = 0;
  for (const step of sorted) {
    cumulativeBp += step.bp;
    const rate = roundRate(startRate + cumulativeBp / 100);
    const last = points[points.length - 1];
    if (last.month === step.month) last.rate = rate;
    else points.push({ month: step.month, rate });
  }
  const end = points[points.length - 1];
  if (end.month < months) points.push({ month: months, rate: end.rate });
  return points;
}

/** The first month step whose date (from `monthDate`) is on or after `date`, or null past `months`. */
export function firstStepOnOrAfter(date: string, monthDate: (m: number) => string, months: number): number | null {
  for (let m = 1; m <= months; m++) if (monthDate(m) >= date) return m;
  return null;
}
