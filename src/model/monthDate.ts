/**
 * The ISO date `m` calendar months after `snapshotDate` (YYYY-MM-DD), keeping the day of the month
 * or the month's last day when it is shorter (2026-01-31 + 1 → 2026-02-28).
 */
export function monthDate(snapshotDate: string, m: number): string {
  const [year, month, day] = snapshotDate.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + m;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12; // 0-based
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return isoDate(targetYear, targetMonth + 1, Math.min(day, lastDay));
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
