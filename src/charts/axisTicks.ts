import type { ScaleContinuousNumeric } from 'd3';

/**
 * About `count` ticks of a value scale. A log scale's many minor ticks are thinned to the
 * 1–2–5 steps of each decade (or the powers of ten alone when the range spans many decades).
 */
export function axisTicks(y: ScaleContinuousNumeric<number, number>, count: number, log: boolean): number[] {
  if (!log) return y.ticks(count);
  const all = y.ticks(count);
  const leading = (t: number) => Math.round(t / 10 ** Math.floor(Math.log10(t) + 1e-9));
  for (const keep of [[1, 2, 5], [1, 3], [1]]) {
    const ticks = all.filter((t) => keep.includes(leading(t)));
    if (ticks.length <= count + 2) return ticks;
  }
  return all.filter((t) => leading(t) === 1);
}
