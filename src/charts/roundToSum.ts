/**
 * Rounds `values` to `digits` decimals so that the rounded values add up exactly to `total` rounded
 * the same way (largest-remainder rounding): a column of rounded bars never disagrees with the
 * rounded total printed under it. When `total` is the values' sum (up to float error), each value
 * moves by less than one unit of the last digit.
 */
export function roundToSum(values: readonly number[], total: number, digits: number): number[] {
  if (values.length === 0) return [];
  const scale = 10 ** digits;
  const units = values.map((v) => Math.floor(v * scale));
  let missing = Math.round(total * scale) - units.reduce((sum, u) => sum + u, 0);
  // Who rounds up first: the largest fractional parts; who gives a unit back first: the smallest.
  const order = values.map((v, i) => ({ i, remainder: v * scale - units[i] })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (let k = 0; missing > 0; k++, missing--) units[order[k % order.length].i] += 1;
  for (let k = 0; missing < 0; k++, missing++) units[order[order.length - 1 - (k % order.length)].i] -= 1;
  return units.map((u) => (u === 0 ? 0 : u / scale));
}
