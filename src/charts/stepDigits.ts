/**
 * The decimals a set of evenly spaced ticks needs so that neighbours never read alike (0.5-steps
 * printed as "+1, +1"): those of their step (d3's, 1, 2 or 5 × 10ⁿ), counted in `unit`s (100 for
 * fractions shown as percent). 0 for fewer than two ticks.
 */
export function stepDigits(ticks: readonly number[], unit = 1): number {
  if (ticks.length < 2) return 0;
  return Math.max(0, Math.ceil(-Math.log10(Math.abs(ticks[1]! - ticks[0]!) * unit) - 1e-9));
}
