import type { Fan } from '../../../src/model/index.ts';

/** A fan whose every quantile moves linearly from `start` to the given end value over `months`. */
export function linearFan(months: number, start: number, end: Record<keyof Fan, number>): Fan {
  const fan = {} as Fan;
  for (const key of Object.keys(end) as (keyof Fan)[]) {
    fan[key] = Float64Array.from({ length: months + 1 }, (_, m) => start + ((end[key] - start) * m) / months);
  }
  return fan;
}

/** The Russell 2000 fan of the example sentence. */
export const russellFan = linearFan(24, 2591, {
  p5: 1860,
  p10: 2050,
  p25: 2400,
  p50: 2872,
  mean: 2950,
  p75: 3400,
  p90: 4000,
  p95: 4468,
});
