import type { Histogram } from '../model/index.ts';
import { binRange } from './binRange.ts';

/**
 * Share of paths with a negative return; a bin that straddles zero counts in proportion to the part
 * of it below zero (paths are taken as spread evenly within a bin).
 */
export function lossShare(histogram: Histogram): number {
  const { edges, density } = histogram;
  let share = 0;
  for (let i = 0; i < density.length; i++) {
    const lo = edges[i];
    const hi = edges[i + 1];
    if (hi <= 0) share += density[i];
    else if (lo < 0) share += (density[i] * -lo) / (hi - lo);
  }
  return share;
}

/**
 * A screen-reader summary of a histogram of returns: the most common range and the share of
 * losses, e.g. "Russell 2000 after 24 months: the most common return is +5.0% to +10.0% (18% of
 * paths); about 31% of paths lose money and 69% gain." A `relative` histogram (one index against
 * another) trails and leads instead.
 */
export function describeHistogram(title: string, histogram: Histogram, months: number, relative = false): string {
  const { density } = histogram;
  let mode = 0;
  for (let i = 1; i < density.length; i++) if (density[i] > density[mode]) mode = i;
  const loss = Math.round(lossShare(histogram) * 100);
  const common = `the most common return is ${binRange(histogram, mode)} (${Math.round(density[mode] * 100)}% of paths)`;
  // A relative return below zero is a lag behind the other index, not money lost.
  const sides = relative ? `in about ${loss}% of paths it trails and in ${100 - loss}% it leads` : `about ${loss}% of paths lose money and ${100 - loss}% gain`;
  return `${title} after ${months} months: ${common}; ${sides}.`;
}
