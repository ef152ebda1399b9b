import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { fanCsv } from '../../../src/export/fanCsv.ts';
import { QUANTILE_KEYS, SERIES } from '../../../src/model/summary.ts';
import { summaryFixture } from './summaryFixture.ts';

describe('fanCsv(summary, snapshotDate?)', () => {
  const summary = summaryFixture();

  it('has the columns series, month, p5 … p95, mean without a snapshot date', () => {
    expect(fanCsv(summary).split('\r\n')[0]).toBe('series,month,p5,p10,p25,p50,p75,p90,p95,mean');
  });

  it('adds a date column, the snapshot date plus the month, when given one', () => {
    const rows = csvParse(fanCsv(summary, '2025-12-11'));
    expect(rows.columns).toEqual(['series', 'month', 'date', ...QUANTILE_KEYS, 'mean']);
    expect(rows.slice(0, 3).map((r) => r.date)).toEqual(['2025-12-11', '2026-01-11', '2026-02-11']);
  });

  it('writes one row per series × month, every series in SERIES order', () => {
    const rows = csvParse(fanCsv(summary));
    expect(rows).toHaveLength(SERIES.length * (summary.months + 1));
    expect([...new Set(rows.map((r) => r.series))]).toEqual([...SERIES]);
    expect(rows.slice(0, 3).map((r) => r.month)).toEqual(['0', '1', '2']);
  });

  it('writes every level at full precision, so it parses back bit for bit', () => {
    const rows = csvParse(fanCsv(summary));
    for (const row of rows) {
      const fan = summary.fans[row.series as (typeof SERIES)[number]];
      const month = Number(row.month);
      for (const key of QUANTILE_KEYS) expect(Number(row[key])).toBe(fan[key][month]);
      expect(Number(row.mean)).toBe(fan.mean[month]);
    }
    expect(fanCsv(summary)).toContain(',1e-7\r\n');
  });
});
