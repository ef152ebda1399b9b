import type { AdditiveWhy } from './additiveWhy.ts';

/** One axis for several waterfalls: the lowest and highest point any of them reaches, zero included. */
export function waterfallExtent(whys: readonly AdditiveWhy[]): [number, number] {
  let low = 0;
  let high = 0;
  for (const why of whys) {
    for (const s of why.steps) {
      low = Math.min(low, s.start, s.end);
      high = Math.max(high, s.start, s.end);
    }
    low = Math.min(low, why.shownTotal);
    high = Math.max(high, why.shownTotal);
  }
  return [low, high];
}
