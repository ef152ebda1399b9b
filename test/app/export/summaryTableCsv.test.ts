import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { summaryTableCsv } from '../../../src/export/summaryTableCsv.ts';
import { ASSETS } from '../../../src/model/summary.ts';
import { summaryFixture } from './summaryFixture.ts';

describe('summaryTableCsv(summary)', () => {
  const summary = summaryFixture();
  const rows = csvParse(summaryTableCsv(summary));

  it('writes one row per asset with its plain label', () => {
    expect(rows.map((r) => r.asset)).toEqual([...ASSETS]);
    expect(rows.map((r) => r.asset_label)).toEqual(['Russell 2000', 'S&P 500', 'Bitcoin']);
  });

  it('writes returns, drawdowns, VaR and CVaR as fractions at full precision', () => {
    const row = rows[0]!;
    const risk = summary.risk.smallCap;
    expect(Number(row.median_annualized_return)).toBe(risk.medianAnnualized);
    expect(Number(row.mean_annualized_return)).toBe(risk.meanAnnualized);
    expect(Number(row.median_max_drawdown)).toBe(risk.medianMaxDrawdown);
    expect(Number(row.var95)).toBe(risk.var95);
    expect(Number(row.cvar95)).toBe(risk.cvar95);
    expect(Number(row.drawdown_threshold)).toBe(0.2);
    expect(rows[2]!.drawdown_threshold).toBe('0.5');
  });

  it('writes each probability with its ±1.96·se interval, clipped to [0, 1]', () => {
    const row = rows[0]!;
    const { value, se } = summary.risk.smallCap.probLoss;
    expect(Number(row.p_loss)).toBe(value);
    expect(Number(row.p_loss_low95)).toBe(value - 1.96 * se);
    expect(Number(row.p_loss_high95)).toBe(value + 1.96 * se);
    expect(Number(rows[2]!.p_beat_high95)).toBeLessThanOrEqual(1);
    expect(Number(rows[0]!.p_drawdown_low95)).toBe(0);
  });

  it('names the asset each P(beat) compares with', () => {
    expect(rows.map((r) => r.beat_vs)).toEqual(['largeCap', 'smallCap', 'largeCap']);
  });
});
