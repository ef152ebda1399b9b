import { scaleLinear, type ScaleLinear } from 'd3';

/**
 * An x scale for probabilities: the values' extent and 50% (a coin flip), padded and niced, kept
 * inside 0–100%, onto [left, right] pixels; narrow enough that ± 2 standard errors show.
 */
export function probabilityScale(values: readonly number[], left: number, right: number): ScaleLinear<number, number> {
  let lo = 0.5;
  let hi = 0.5;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const pad = Math.max(0.02, (hi - lo) * 0.08);
  return scaleLinear()
    .domain([Math.max(0, lo - pad), Math.min(1, hi + pad)])
    .range([left, Math.max(left + 1, right)])
    .nice();
}
