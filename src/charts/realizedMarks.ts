import type { Asset, Snapshot } from '../model/index.ts';
import type { RealizedMark } from './realizedMark.ts';

/** Realized 12-month simple returns of a history replay (bitcoin null before it traded). */
export interface RealizedReturns {
  smallCap: number;
  largeCap: number;
  bitcoin: number | null;
}

/** Where a value falls in the simulated distribution of a series at a month, as a fraction 0–1. */
export type PercentileOf = (series: Asset | 'relative', month: number, value: number) => number;

const NAMES: Record<Asset | 'relative', string> = {
  smallCap: 'Russell 2000',
  largeCap: 'S&P 500',
  bitcoin: 'Bitcoin',
  relative: 'Small vs large',
};

/** An ordinal for a whole percentile: 1st, 2nd, 3rd, 11th, 22nd, 63rd. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/**
 * The realized outcomes at `month` (12) as marks on the fans, each with the percentile the model
 * gave it; empty when the horizon is shorter than `month`.
 */
export function realizedMarks(
  realized: RealizedReturns,
  snapshot: Snapshot,
  horizon: number,
  percentileOf: PercentileOf,
  month = 12,
): Partial<Record<Asset | 'relative', RealizedMark>> {
  if (horizon < month) return {};
  const returns: Partial<Record<Asset | 'relative', number>> = {
    smallCap: realized.smallCap,
    largeCap: realized.largeCap,
    relative: (1 + realized.smallCap) / (1 + realized.largeCap) - 1,
  };
  if (realized.bitcoin !== null) returns.bitcoin = realized.bitcoin;
  const marks: Partial<Record<Asset | 'relative', RealizedMark>> = {};
  for (const [series, r] of Object.entries(returns) as [Asset | 'relative', number][]) {
    const start = series === 'relative' ? 100 : snapshot[series];
    const value = start * (1 + r);
    const pct = Math.round(Math.min(0.99, Math.max(0.01, percentileOf(series, month, value))) * 100);
    const move = `${r < 0 ? '−' : '+'}${Math.abs(r * 100).toFixed(1)}%`;
    const what = series === 'relative' ? `small caps ${r < 0 ? 'lagged' : 'led'} by ${move.slice(1)}` : move;
    marks[series] = {
      month,
      value,
      label: `${NAMES[series]}: what happened in 12 months (${what}) sits at the model's ${ordinal(pct)} percentile.`,
    };
  }
  return marks;
}
