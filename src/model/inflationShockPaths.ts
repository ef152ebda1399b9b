import type { InflationShock } from './scenario.ts';

/** Months of expected inflation that move long yields and the equity risk premium (MODEL §9.4). */
export const INFLATION_NEWS_MONTHS = 12;

/**
 * Each user inflation shock's own contribution to the inflation path (decimals), by month: while
 * active it adds its size to the target the path decays toward (persistence φ), so it builds in and
 * fades out at the same pace. The contributions add up to the part of π̄ due to the shocks.
 */
export function inflationShockPaths(shocks: InflationShock[], persistence: number, length: number): Float64Array[] {
  return shocks.map((s) => {
    const part = new Float64Array(length);
    for (let m = 1; m < length; m++) {
      const active = m >= s.start && m < s.start + s.duration ? s.size / 100 : 0;
      part[m] = persistence * part[m - 1] + (1 - persistence) * active;
    }
    return part;
  });
}

/**
 * The shocks the market knows of at month m (those started by then), summed at month j: a shock is
 * news when it starts, and from then its whole expected course is known.
 */
export function knownShockPart(shocks: InflationShock[], paths: Float64Array[], m: number, j: number): number {
  let sum = 0;
  for (let s = 0; s < shocks.length; s++) if (shocks[s].start <= m) sum += paths[s][j];
  return sum;
}

/** Expected extra inflation over the next INFLATION_NEWS_MONTHS, as known at each month 0…months. */
export function inflationNews(shocks: InflationShock[], paths: Float64Array[], months: number): Float64Array {
  const out = new Float64Array(months + 1);
  for (let m = 0; m <= months; m++) {
    let sum = 0;
    for (let k = 0; k < INFLATION_NEWS_MONTHS; k++) sum += knownShockPart(shocks, paths, m, m + k);
    out[m] = sum / INFLATION_NEWS_MONTHS;
  }
  return out;
}
