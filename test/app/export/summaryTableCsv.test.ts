import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { summaryTableCsv } from '../../../src/export/summaryTableCsv.ts';
import { RISK_ROWS } from '../../../src/charts/riskRows.ts';
import { summaryFixture } from './summaryFixture.ts';

describe('summaryTableCsv(summary)', () => {
  const summary = summaryFixture();
  const rows = csvParse(summaryTableCsv(summary));

  it('writes one row per figure of the risk table and asset, with the table’s own labels', () => {
    expect(rows.columns).toEqual(['Measure', 'Asset', 'Shown', 'Value (%)', '± 95% (points)', 'Value (fraction, full precision)', 'Months', 'Paths']);
    expect([...new Set(rows.map((r) => r.Measure))]).toEqual(RISK_ROWS.map((r) => r.label));
    expect(rows.slice(0, 3).map((r) => r.Asset)).toEqual(['Russell 2000', 'S&P 500', 'Bitcoin']);
  });

  it('writes each cell as shown, that figure rounded to one decimal, and the full-precision fraction', () => {
    const median = rows.find((r) => r.Measure === 'Median return, annualized' && r.Asset === 'Russell 2000')!;
    const risk = summary.risk.smallCap;
    expect(median.Shown).toBe(RISK_ROWS[0]!.cell(risk).value);
    expect(Number(median['Value (%)'])).toBe(Math.round(risk.medianAnnualized * 1000) / 10);
    expect(Number(median['Value (fraction, full precision)'])).toBe(risk.medianAnnualized);
    const drawdown = rows.find((r) => r.Measure === 'Median worst drawdown' && r.Asset === 'Russell 2000')!;
    expect(drawdown.Shown).toMatch(/^−/);
    expect(Number(drawdown['Value (fraction, full precision)'])).toBe(-risk.medianMaxDrawdown);
  });

  it('writes a probability with its ± margin as shown and in points', () => {
    const loss = rows.find((r) => r.Measure === 'Chance of a loss' && r.Asset === 'Russell 2000')!;
    const { value, se } = summary.risk.smallCap.probLoss;
    expect(loss.Shown).toBe(`${(value * 100).toFixed(1)}% ± ${(1.96 * se * 100).toFixed(1)}`);
    expect(Number(loss['± 95% (points)'])).toBe(Math.round(1.96 * se * 1000) / 10);
    expect(loss.Months).toBe(String(summary.months));
  });
});
