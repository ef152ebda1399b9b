/** The ISO date `months` calendar months after `isoDate` (day clamped to the month's end). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A short label of month `m` after the snapshot, e.g. "Mar 2026". */
export function monthLabel(snapshotDate: string, m: number): string {
  const [y, mm] = addMonths(snapshotDate, m).split('-').map(Number);
  return `${MONTHS[mm - 1]} ${y}`;
}

/** A compact axis label, e.g. "Mar ’26". */
export function monthTick(snapshotDate: string, m: number): string {
  const [y, mm] = addMonths(snapshotDate, m).split('-').map(Number);
  return `${MONTHS[mm - 1]} ’${String(y % 100).padStart(2, '0')}`;
}
