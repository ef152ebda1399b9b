import { format } from 'd3';

const points = format(',.0f');
const usd = format('$,.0f');
const usdCompact = format('$.3~s');
const pct2 = format('.2f');
const index = format('.1f');

/** Formats a level of a series for labels and tooltips. */
export type ValueFormat = (value: number) => string;

/** Index points, e.g. "2,590". */
export const formatPoints: ValueFormat = (v) => points(v);
/** Dollars, compact above $10k, e.g. "$93.0k". */
export const formatUsd: ValueFormat = (v) => (Math.abs(v) >= 10_000 ? usdCompact(v).replace('G', 'B') : usd(v));
/** A rate in percent, e.g. "3.63%". */
export const formatRate: ValueFormat = (v) => `${pct2(v)}%`;
/** A rebased index, e.g. "104.2". */
export const formatIndex: ValueFormat = (v) => index(v);

/** A fraction as a signed percent with a true minus sign, e.g. "+2.8%", "−9.1%". */
export function signedPercent(fraction: number, digits = 1): string {
  const s = (Math.abs(fraction) * 100).toFixed(digits);
  if (Number(s) === 0) return `${(0).toFixed(digits)}%`;
  return `${fraction < 0 ? '−' : '+'}${s}%`;
}

/** A fraction as an unsigned percent, e.g. "12.3%". */
export function percent(fraction: number, digits = 1): string {
  return `${(fraction * 100).toFixed(digits)}%`.replace('-', '−');
}
