import type { HistogramSlot } from './simulationPartial.ts';

/**
 * Quantiles (ascending probabilities) of one series-month from its histogram at
 * `counts[offset … offset+bins+2)`: one cumulative scan, linear interpolation inside the bin; the
 * underflow slot is read as mass at `lo` (exact for the policy rate's lower bound), the overflow
 * slot as mass at `hi`. Writes internal-unit values to `out[outOffset + k]`.
 */
export function histogramQuantiles(
  counts: Uint32Array, slot: HistogramSlot, probabilities: readonly number[], out: Float64Array, outOffset = 0,
): void {
  const { offset, bins: NB, lo, hi } = slot;
  let total = 0;
  for (let j = 0; j < NB + 2; j++) total += counts[offset + j];
  const width = (hi - lo) / NB;
  let k = 0;
  let cum = counts[offset];
  while (k < probabilities.length && probabilities[k] * total <= cum) out[outOffset + k++] = lo;
  for (let j = 0; j < NB && k < probabilities.length; j++) {
    const c = counts[offset + 1 + j];
    while (k < probabilities.length && probabilities[k] * total <= cum + c) {
      const frac = c > 0 ? (probabilities[k] * total - cum) / c : 0;
      out[outOffset + k++] = lo + width * (j + frac);
    }
    cum += c;
  }
  while (k < probabilities.length) out[outOffset + k++] = hi;
}

/** Share of one series-month's paths at or below `value` (internal units), read off the histogram. */
export function histogramCdf(counts: Uint32Array, slot: HistogramSlot, value: number): number {
  const { offset, bins: NB, lo, hi } = slot;
  let total = 0;
  for (let j = 0; j < NB + 2; j++) total += counts[offset + j];
  if (total === 0) return 0;
  if (value < lo) return 0;
  if (value >= hi) return 1;
  const t = ((value - lo) / (hi - lo)) * NB;
  const whole = Math.min(NB - 1, Math.floor(t));
  let cum = counts[offset];
  for (let j = 0; j < whole; j++) cum += counts[offset + 1 + j];
  cum += (t - whole) * counts[offset + 1 + whole];
  return cum / total;
}
