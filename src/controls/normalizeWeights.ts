/**
 * Weights scaled to sum to exactly 1 (up to one rounding of the largest, which absorbs the residual);
 * all-zero or non-finite input becomes equal weights.
 */
export function normalizeWeights(weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const clean = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const sum = clean.reduce((total, w) => total + w, 0);
  const scaled = sum > 0 ? clean.map((w) => w / sum) : clean.map(() => 1 / clean.length);
  // Floating-point division can leave the sum a few ulps off 1; the largest weight takes the residual.
  let largest = 0;
  for (let i = 1; i < scaled.length; i++) if (scaled[i] > scaled[largest]) largest = i;
  let others = 0;
  for (let i = 0; i < scaled.length; i++) if (i !== largest) others += scaled[i];
  scaled[largest] = Math.max(0, 1 - others);
  return scaled;
}
