/** Months for a gap to halve at monthly persistence `phi` (0 when phi ≤ 0, Infinity when phi ≥ 1). */
export function halfLifeMonths(phi: number): number {
  if (phi <= 0) return 0;
  if (phi >= 1) return Infinity;
  return Math.log(0.5) / Math.log(phi);
}
