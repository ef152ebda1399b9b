/**
 * The Monte Carlo standard error of a sample median from n paths, √(π/2)·σ/√n, with σ read from
 * the interquartile range (σ ≈ IQR / 1.349, exact for a normal distribution).
 */
export function medianSe(p25: number, p75: number, n: number): number {
  if (!(n > 0)) return Number.NaN;
  const sigma = Math.abs(p75 - p25) / 1.349;
  return Math.sqrt(Math.PI / 2) * sigma / Math.sqrt(n);
}
