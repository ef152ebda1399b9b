import { QUANTILE_KEYS, SERIES, type Summary } from '../model/summary.ts';
import { csvTable } from './csvTable.ts';
import { monthDate } from '../model/monthDate.ts';

/**
 * The fans as CSV, one row per series × month for every series: `series, month, [date,] p5 … p95,
 * mean`; the `date` column is present when `snapshotDate` (the scenario's ISO start date) is given.
 * Levels are in each series' own unit (points, USD, 100 at month 0 for `relative`, % for rates).
 */
export function fanCsv(summary: Summary, snapshotDate?: string): string {
  const withDate = snapshotDate !== undefined;
  const header = ['series', 'month', ...(withDate ? ['date'] : []), ...QUANTILE_KEYS, 'mean'];
  const rows: (string | number)[][] = [];
  for (const series of SERIES) {
    const fan = summary.fans[series];
    if (!fan) continue;
    for (let month = 0; month <= summary.months; month++) {
      const row: (string | number)[] = [series, month];
      if (withDate) row.push(monthDate(snapshotDate, month));
      for (const key of QUANTILE_KEYS) row.push(fan[key][month]);
      row.push(fan.mean[month]);
      rows.push(row);
    }
  }
  return csvTable(header, rows);
}
