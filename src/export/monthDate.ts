/**
 * The ISO date `month` calendar months after an ISO snapshot date, with the day clamped to the
 * end of a shorter month (2026-01-31 + 1 → 2026-02-28); computed on the calendar, not in a time zone.
 */
export function monthDate(snapshotDate: string, month: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(snapshotDate);
  if (!match) throw new RangeError(`monthDate: not an ISO date: ${snapshotDate}`);
  const monthIndex = Number(match[1]) * 12 + Number(match[2]) - 1 + month;
  const year = Math.floor(monthIndex / 12);
  const monthOfYear = monthIndex - year * 12 + 1;
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(year, monthOfYear, 0)).getUTCDate();
  const day = Math.min(Number(match[3]), lastDay);
  return `${String(year).padStart(4, '0')}-${pad2(monthOfYear)}-${pad2(day)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
