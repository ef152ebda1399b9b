import type { PolicyDecision } from '../model/index.ts';
import type { StepPoint } from './fanPaths.ts';

/**
 * The announced policy path as step-line corners: each decision takes effect at the first month
 * whose date (from `monthDate`) is on or after the decision's date; decisions past the horizon drop.
 */
export function announcedPath(
  startRate: number,
  decisions: readonly PolicyDecision[],
  months: number,
  monthDate: (month: number) => string,
): StepPoint[] {
  const dates = Array.from({ length: months + 1 }, (_, m) => monthDate(m));
  const change = new Float64Array(months + 1);
  for (const d of decisions) {
    const m = dates.findIndex((date, i) => i > 0 && date >= d.date);
    if (m > 0) change[m] += d.bp / 100;
  }
  const points: StepPoint[] = [{ month: 0, value: startRate }];
  let rate = startRate;
  for (let m = 1; m <= months; m++) {
    if (change[m] === 0) continue;
    rate += change[m];
    points.push({ month: m, value: Math.round(rate * 1e6) / 1e6 });
  }
  points.push({ month: months, value: rate });
  return points;
}
