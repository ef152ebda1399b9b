import type { BranchPlan } from './branchPlan.ts';
import { channelLoadings } from './channelLoadings.ts';

/**
 * The growth news in the term-premium noise (MODEL §9.5): the log-price loading g on v that makes
 * the neutral correlation of monthly S&P 500 log returns with 10-year changes equal its target ρ.
 * Every other loading is fixed, so the covariance is linear in g: cov0 + g·var(Δv) = ρ·σ_L·σ_Δy.
 * Small caps get g times their cyclicality relative to large caps (growth news hits cyclical
 * earnings harder). Returns [small, large]; call it on the neutral plan before the residuals.
 */
export function stockBondLoading(neutral: BranchPlan, smallCyclicality: number, largeCyclicality: number): [number, number] {
  neutral.smallCap.termPremiumGrowth = 0;
  neutral.largeCap.termPremiumGrowth = 0;
  const loads = channelLoadings(neutral);
  const months = neutral.months;
  const vars = [neutral.surprise.b ** 2, neutral.inflationVol ** 2, neutral.termPremium.b ** 2];
  const yieldLoad = [neutral.cx, neutral.cu + neutral.inflationBeta, 1];
  let cov = 0;
  let yieldVar = 0;
  for (let m = 1; m <= months; m++) {
    for (let k = 0; k < 3; k++) {
      cov += (loads.largeCap[3 * m + k] * yieldLoad[k] * vars[k]) / months;
      yieldVar += (yieldLoad[k] ** 2 * vars[k]) / months;
    }
  }
  if (!(vars[2] > 0) || !(yieldVar > 0)) return [0, 0];
  const target = neutral.stockBondCorrelation * neutral.largeCap.targetVol * Math.sqrt(yieldVar);
  const large = (target - cov) / vars[2];
  const small = largeCyclicality > 0 ? (large * smallCyclicality) / largeCyclicality : large;
  return [small, large];
}
