/**
 * Standard deviation after `years` of an Ornstein–Uhlenbeck policy surprise with volatility
 * `sigma` (pp/√yr) and mean reversion `kappa` (/yr): σ·√((1−e^{−2κt})/(2κ)), pp.
 */
export function policySurpriseSd(sigma: number, kappa: number, years = 1): number {
  if (kappa <= 1e-9) return sigma * Math.sqrt(years);
  return sigma * Math.sqrt((1 - Math.exp(-2 * kappa * years)) / (2 * kappa));
}
