import { monthDate } from '../model/monthDate.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A short label of month `m` after the snapshot, e.g. "Mar 2026". */
export function monthLabel(snapshotDate: string, m: number): string {
  const [y, mm] = monthDate(snapshotDate, m).split('-').map(Number);
  return `${MONTHS[mm - 1]} ${y}`;
}

/** A compact axis label, e.g. "Mar ’26". */
export function monthTick(snapshotDate: string, m: number): string {
  const [y, mm] = monthDate(snapshotDate, m).split('-').map(Number);
  return `${MONTHS[mm - 1]} ’${String(y % 100).padStart(2, '0')}`;
}
