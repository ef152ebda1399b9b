import { SCENARIO_LIMITS } from '../bounds.ts';

/**
 * True when the correlations of three series (a–b, a–c, b–c) form a positive definite matrix,
 * with a margin so that its Cholesky factor stays numerically stable.
 */
export function correlationIsPositiveDefinite(ab: number, ac: number, bc: number): boolean {
  // Sylvester's criterion: the leading minors 1, 1 − ab² and the determinant are all positive.
  const minor2 = 1 - ab * ab;
  const determinant = 1 - ab * ab - ac * ac - bc * bc + 2 * ab * ac * bc;
  return minor2 > 0 && determinant > SCENARIO_LIMITS.minCorrelationDeterminant;
}
