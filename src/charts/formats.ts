import { format } from 'd3';
import { compactMagnitude } from './compactNumber.ts';

const pct2 = format('.2f');
const index = format('.1f');
const MINUS = '−';

/** The sign of a formatted value, a true minus sign for negatives. */
function sign(value: number): string {
  return value < 0 && Math.abs(value) >= 0.5 ? MINUS : '';
}

/** Formats a level of a series for labels and tooltips. */
export type ValueFormat = (value: number) => string;

/** Index points, e.g. "2,590", compact from a million ("1.23M", "4.5×10¹⁸"). */
export const formatPoints: ValueFormat = (v) => sign(v) + compactMagnitude(v, 1_000_000);
/** Dollars, compact from $10k, e.g. "$93k", "$1.2M", "$4.5×10¹⁸". */
export const formatUsd: ValueFormat = (v) => `${sign(v)}$${compactMagnitude(v)}`;
/** A rate in percent, e.g. "3.63%" (rates are bounded, so two decimals always fit). */
export const formatRate: ValueFormat = (v) => `${pct2(v).replace('-', MINUS)}%`;
/** An axis tick of a rate: no trailing zeros ("5%", "4.5%", "3.25%"), as formatRate from 10,000%. */
export const formatRateTick: ValueFormat = (v) => (Math.abs(v) < 10_000 ? `${String(Number(v.toFixed(2))).replace('-', MINUS)}%` : formatRate(v));
/** A rebased index, e.g. "104.2", compact from 10,000 ("12.3k"). */
export const formatIndex: ValueFormat = (v) => (Math.abs(v) < 10_000 ? index(v).replace('-', MINUS) : sign(v) + compactMagnitude(v));
/** An axis tick of a rebased index: no decimals once they are all zero ("200", "102.5"). */
export const formatIndexTick: ValueFormat = (v) => (Math.abs(v) < 10_000 ? String(Number(v.toFixed(1))).replace('-', MINUS) : formatIndex(v));

/** A percentage, |pct| in percent, with `digits` decimals below 10,000% and compact above ("12.3k%"). */
function percentMagnitude(pct: number, digits: number): string {
  return pct < 10_000 ? pct.toFixed(digits) : compactMagnitude(pct);
}

/** A fraction as a signed percent with a true minus sign, e.g. "+2.8%", "−9.1%". */
export function signedPercent(fraction: number, digits = 1): string {
  const s = percentMagnitude(Math.abs(fraction) * 100, digits);
  if (Number(s) === 0) return `${(0).toFixed(digits)}%`;
  return `${fraction < 0 ? MINUS : '+'}${s}%`;
}

/** A fraction as an unsigned percent, e.g. "12.3%". */
export function percent(fraction: number, digits = 1): string {
  const s = percentMagnitude(Math.abs(fraction) * 100, digits);
  return `${fraction < 0 && Number(s) !== 0 ? MINUS : ''}${s}%`;
}
