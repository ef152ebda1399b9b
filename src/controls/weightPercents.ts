/**
 * Weights as percentages rounded to `digits` decimals that add up to exactly 100 (largest remainder
 * rounding), so the editor never shows 33 + 33 + 33 = 99.
 */
export function weightPercents(weights: readonly number[], digits = 0): number[] {
  if (weights.length === 0) return [];
  const unit = 10 ** digits;
  const total = 100 * unit;
  const sum = weights.reduce((s, w) => s + Math.max(0, w), 0) || 1;
  const exact = weights.map((w) => (Math.max(0, w) / sum) * total);
  const floors = exact.map(Math.floor);
  let missing = total - floors.reduce((s, f) => s + f, 0);
  const order = exact.map((e, i) => ({ i, remainder: e - floors[i] })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    floors[i] += 1;
    missing -= 1;
  }
  return floors.map((f) => f / unit);
}
