import type { Fan } from '../model/index.ts';
import type { ValueFormat } from './formats.ts';
import { signedPercent } from './formats.ts';

/** How a fan's change is told: as a percent of the start (prices, indexes) or in percentage points (rates). */
export type ChangeUnit = 'percent' | 'points';

/** Changes smaller than this are told as "holds near": 0.5% of the start, or 0.05 pp for rates. */
const FLAT: Record<ChangeUnit, number> = { percent: 0.005, points: 0.05 };

/** A signed change in percentage points with a true minus sign, e.g. "−0.50 pp". */
function signedPoints(delta: number): string {
  const s = Math.abs(delta).toFixed(2);
  if (Number(s) === 0) return '0.00 pp';
  return `${delta < 0 ? '−' : '+'}${s} pp`;
}

/**
 * A screen-reader summary of a fan: what the median does over the horizon and how wide the band is
 * at the end, e.g. "Russell 2000: the median rises from 2,591 to 2,872 (+10.9%) over 24 months;
 * half the paths end between 2,300 and 3,500, and 90% between 1,860 and 4,468."
 */
export function describeFan(title: string, fan: Fan, format: ValueFormat, unit: ChangeUnit = 'percent'): string {
  const months = fan.p50.length - 1;
  const start = fan.p50[0];
  const end = fan.p50[months];
  const change = unit === 'percent' ? end / start - 1 : end - start;
  const changeText = unit === 'percent' ? signedPercent(change) : signedPoints(change);
  const median =
    Math.abs(change) < FLAT[unit]
      ? `the median holds near ${format(start)} (${format(start)} to ${format(end)})`
      : `the median ${change > 0 ? 'rises' : 'falls'} from ${format(start)} to ${format(end)} (${changeText})`;
  const over = `over ${months} month${months === 1 ? '' : 's'}`;
  const half = `half the paths end between ${format(fan.p25[months])} and ${format(fan.p75[months])}`;
  const ninety = `90% between ${format(fan.p5[months])} and ${format(fan.p95[months])}`;
  return `${title}: ${median} ${over}; ${half}, and ${ninety}.`;
}
