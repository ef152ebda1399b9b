import { scaleLinear, type ScaleContinuousNumeric } from 'd3';

/** Leading digits a log axis keeps, densest first: 1–2–3–5, 1–2–5, 1–3, then the powers of ten. */
const LOG_STEPS = [[1, 2, 3, 5], [1, 2, 5], [1, 3], [1]];

/**
 * About `count` ticks of a value scale. A log scale's many minor ticks are thinned to the densest
 * of the 1–2–3–5, 1–2–5, 1–3 or 1 steps of each decade that stays within `count` + 1 ticks, so a fan
 * over $21k–$365k reads $30k, $50k, $100k, $200k, $300k rather than three labels.
 */
export function axisTicks(y: ScaleContinuousNumeric<number, number>, count: number, log: boolean): number[] {
  if (!log) return y.ticks(count);
  const all = y.ticks(count);
  const leading = (t: number) => Math.round(t / 10 ** Math.floor(Math.log10(t) + 1e-9));
  for (const keep of LOG_STEPS) {
    const ticks = all.filter((t) => keep.includes(leading(t)));
    if (ticks.length > count + 1) continue;
    // Within a decade or so the steps can leave a single label ("100" on a 62–178 growth axis):
    // evenly spaced round values label a narrow log axis better.
    if (ticks.length < 3) return scaleLinear().domain(y.domain()).ticks(count).filter((t) => t > 0);
    return ticks;
  }
  return all.filter((t) => leading(t) === 1);
}
