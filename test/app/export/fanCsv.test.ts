import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { fanCsv } from '../../../src/export/fanCsv.ts';
import { TOOLTIP_KEYS, quantileLabel } from '../../../src/charts/fanBands.ts';
import { SERIES } from '../../../src/model/summary.ts';
import { summaryFixture } from './summaryFixture.ts';

const LABELS = TOOLTIP_KEYS.map(quantileLabel);
const TITLES = ['Russell 2000', 'S&P 500', 'Bitcoin', 'Russell 2000 relative to S&P 500', 'Policy rate', '10-year Treasury yield', 'Inflation'];

describe('fanCsv(summary, snapshotDate?)', () => {
  const summary = summaryFixture();

  it('names its columns as the tooltip does: 95th … median, mean … 5th, rounded, then at full precision', () => {
    expect(csvParse(fanCsv(summary)).columns).toEqual(['Series', 'Unit', 'Month', ...LABELS, ...LABELS.map((l) => `${l} (full precision)`)]);
    expect(LABELS).toEqual(['95th', '90th', '75th', 'median', 'mean', '25th', '10th', '5th']);
  });

  it('adds a date column, the snapshot date plus the month, when given one', () => {
    const rows = csvParse(fanCsv(summary, '2025-12-11'));
    expect(rows.columns.slice(0, 4)).toEqual(['Series', 'Unit', 'Month', 'Date']);
    expect(rows.slice(0, 3).map((r) => r.Date)).toEqual(['2025-12-11', '2026-01-11', '2026-02-11']);
  });

  it('writes one row per series × month, titled as the charts are, in SERIES order', () => {
    const rows = csvParse(fanCsv(summary));
    expect(rows).toHaveLength(SERIES.length * (summary.months + 1));
    expect([...new Set(rows.map((r) => r.Series))]).toEqual(TITLES);
    expect(rows.slice(0, 3).map((r) => r.Month)).toEqual(['0', '1', '2']);
  });

  it('rounds as the charts show (points 0, relative 1, rates 2 decimals) and keeps full precision beside', () => {
    const rows = csvParse(fanCsv(summary));
    for (const row of rows) {
      const series = SERIES[TITLES.indexOf(row.Series!)]!;
      const digits = series === 'relative' ? 1 : ['policyRate', 'tenYear', 'inflation'].includes(series) ? 2 : 0;
      const fan = summary.fans[series];
      const month = Number(row.Month);
      TOOLTIP_KEYS.forEach((key, i) => {
        expect(Math.abs(Number(row[LABELS[i]!]) - fan[key][month])).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-9);
        expect(row[LABELS[i]!]!.split('.')[1]?.length ?? 0).toBeLessThanOrEqual(digits);
        expect(Number(row[`${LABELS[i]} (full precision)`])).toBe(fan[key][month]);
      });
    }
    expect(fanCsv(summary)).toContain(',1e-7,');
  });
});
