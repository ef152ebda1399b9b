import type { PolicyDecision } from './scenario.ts';

/** The ISO date of month-step m: the snapshot date plus m calendar months, clamped to month end. */
export function monthStepDate(snapshotDate: string, m: number): string {
  const [year, month, day] = snapshotDate.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + m;
  const y = Math.floor(index / 12);
  const mo = index - y * 12;
  const lastDay = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
  const d = Math.min(day, lastDay);
  return `${String(y).padStart(4, '0')}-${String(mo + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The month-step from which each decision is effective: the first m ≥ 1 whose date is on or after
 * the decision's date. Decisions dated on or before the snapshot are already in its policy rate,
 * so they get −1 (ignored). ISO dates compare correctly as strings.
 */
export function decisionMonths(snapshotDate: string, decisions: PolicyDecision[]): number[] {
  return decisions.map((decision) => {
    if (decision.date <= snapshotDate) return -1;
    let m = 1;
    while (monthStepDate(snapshotDate, m) < decision.date) m++;
    return m;
  });
}
