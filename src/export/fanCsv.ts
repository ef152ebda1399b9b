import { SERIES, type SeriesName, type Summary } from '../model/summary.ts';
import { TOOLTIP_KEYS, quantileLabel } from '../charts/fanBands.ts';
import { FAN_SPECS } from '../charts/fanSpecs.ts';
import { csvTable } from './csvTable.ts';
import { monthDate } from '../model/monthDate.ts';

/** How each series is titled on screen, its unit, and the decimals its labels show. */
const SERIES_COLUMNS: Record<SeriesName, { title: string; unit: string; digits: number }> = {
  smallCap: { title: FAN_SPECS.smallCap.title, unit: 'index points', digits: 0 },
  largeCap: { title: FAN_SPECS.largeCap.title, unit: 'index points', digits: 0 },
  bitcoin: { title: FAN_SPECS.bitcoin.title, unit: 'USD', digits: 0 },
  relative: { title: FAN_SPECS.relative.title, unit: '100 = start', digits: 1 },
  policyRate: { title: 'Policy rate', unit: '%', digits: 2 },
  tenYear: { title: '10-year Treasury yield', unit: '%', digits: 2 },
  inflation: { title: 'Inflation', unit: '% year on year', digits: 2 },
};

const round = (value: number, digits: number) => {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
};

/**
 * The fans as CSV with the charts' own names, one row per series × month: `Series, Unit, Month,
 * [Date,]` then the tooltip's columns (95th … median, mean … 5th) rounded as the charts show them,
 * then the same columns at full precision. The `Date` column is present when `snapshotDate` (the
 * scenario's ISO start date) is given.
 */
export function fanCsv(summary: Summary, snapshotDate?: string): string {
  const withDate = snapshotDate !== undefined;
  const labels = TOOLTIP_KEYS.map(quantileLabel);
  const header = ['Series', 'Unit', 'Month', ...(withDate ? ['Date'] : []), ...labels, ...labels.map((l) => `${l} (full precision)`)];
  const rows: (string | number)[][] = [];
  for (const series of SERIES) {
    const fan = summary.fans[series];
    if (!fan) continue;
    const { title, unit, digits } = SERIES_COLUMNS[series];
    for (let month = 0; month <= summary.months; month++) {
      const row: (string | number)[] = [title, unit, month];
      if (withDate) row.push(monthDate(snapshotDate, month));
      for (const key of TOOLTIP_KEYS) row.push(round(fan[key][month], digits));
      for (const key of TOOLTIP_KEYS) row.push(fan[key][month]);
      rows.push(row);
    }
  }
  return csvTable(header, rows);
}
