import { scaleLinear, type ScaleLinear } from 'd3';

/**
 * A shared x scale for returns (fractions): the values' extent padded by 5% and niced, always
 * including 0 so gains and losses read from one line, onto [left, right] pixels.
 */
export function returnScale(values: readonly number[], left: number, right: number): ScaleLinear<number, number> {
  let lo = 0;
  let hi = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const pad = (hi - lo || 0.1) * 0.05;
  return scaleLinear().domain([lo - pad, hi + pad]).range([left, Math.max(left + 1, right)]).nice();
}
