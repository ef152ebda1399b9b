import type { BranchPlan } from './branchPlan.ts';
import { debtRateAt, financingLog } from './equityPlan.ts';
import { channelLoadings } from './channelLoadings.ts';
import { ar1Variance } from './ouStep.ts';
import type { PreparedBranch } from './prepareScenario.ts';
import { SERIES } from './summary.ts';

/** Half-width of each month's histogram range in standard deviations (Cantelli: p5/p95 inside from 4.4). */
export const RANGE_SDS = 5;

/**
 * Each series' histogram range per month, derived from the scenario alone: per branch the
 * deterministic path ± RANGE_SDS linearized standard deviations, united over branches. Layout as
 * `SimulationPartial.ranges`. The policy rate's range starts at the lower bound when it reaches it,
 * so paths pinned there fall into the underflow slot, which the quantile scan reads as that exact rate.
 */
export function seriesRanges(branches: PreparedBranch[], months: number): Float64Array {
  const ranges = new Float64Array(SERIES.length * (months + 1) * 2);
  for (let i = 0; i < ranges.length; i += 2) {
    ranges[i] = Infinity;
    ranges[i + 1] = -Infinity;
  }
  let lowerBound = Infinity;
  for (const { plan, residuals } of branches) {
    if (!(plan.weight > 0) && branches.length > 1) continue;
    lowerBound = Math.min(lowerBound, plan.lowerBound);
    const mean = deterministicPath(plan, residuals.vol);
    const sd = linearizedSd(plan, residuals.vol, residuals.correlation);
    for (let s = 0; s < SERIES.length; s++) {
      for (let m = 0; m <= months; m++) {
        const centre = mean[s * (months + 1) + m];
        const half = Math.max(RANGE_SDS * sd[s * (months + 1) + m], 1e-7 + 1e-6 * Math.abs(centre));
        const k = (s * (months + 1) + m) * 2;
        ranges[k] = Math.min(ranges[k], centre - half);
        ranges[k + 1] = Math.max(ranges[k + 1], centre + half);
      }
    }
  }
  const policy = SERIES.indexOf('policyRate');
  for (let m = 0; m <= months; m++) {
    const k = (policy * (months + 1) + m) * 2;
    if (ranges[k] < lowerBound) ranges[k] = lowerBound;
    if (ranges[k + 1] <= ranges[k]) ranges[k + 1] = ranges[k] + 1e-7;
  }
  return ranges;
}

/**
 * The path every series follows with all noises at zero (jumps at their mean), layout
 * `[s*(months+1) + m]`; the same equations as the kernel, written for one path.
 */
export function deterministicPath(plan: BranchPlan, residualVol: Float64Array): Float64Array {
  const months = plan.months;
  const out = new Float64Array(SERIES.length * (months + 1));
  const n = months + 1;
  const equities = [plan.smallCap, plan.largeCap];
  const financing = equities.map((eq) => financingLog(eq, eq.debtRate));
  const logPrice = [0, 0, 0];
  for (let m = 0; m <= months; m++) {
    const rate = Math.max(plan.lowerBound, plan.policy[m] + plan.shockReaction[m]);
    const tenYear = plan.tenYearPath[m];
    const inflation = plan.inflationPath[m];
    if (m > 0) {
      const dy = tenYear - plan.tenYearPath[m - 1];
      const dk = dy + plan.premiumPath[m] - plan.premiumPath[m - 1];
      equities.forEach((eq, a) => {
        const f = financingLog(eq, debtRateAt(eq, m, rate, plan.policy0, tenYear));
        logPrice[a] += eq.drift[m] - 0.5 * residualVol[a] ** 2 + f - financing[a] - eq.duration * dk;
        financing[a] = f;
      });
      const b = plan.bitcoin;
      logPrice[2] += b.drift + b.jumpRate * b.jumpMean - b.sensitivity * (dy - (inflation - plan.inflationPath[m - 1]))
        - b.sensitivity * (plan.premiumPath[m] - plan.premiumPath[m - 1]);
    }
    out[m] = logPrice[0];
    out[n + m] = logPrice[1];
    out[2 * n + m] = logPrice[2];
    out[3 * n + m] = logPrice[0] - logPrice[1];
    out[4 * n + m] = rate;
    out[5 * n + m] = tenYear;
    out[6 * n + m] = inflation;
  }
  return out;
}

/** Linearized standard deviation of every series per month, layout `[s*(months+1) + m]`. */
export function linearizedSd(plan: BranchPlan, residualVol: Float64Array, correlation: Float64Array): Float64Array {
  const months = plan.months;
  const n = months + 1;
  const out = new Float64Array(SERIES.length * n);
  const loads = channelLoadings(plan);
  const yx = plan.cx;
  const yu = plan.cu + plan.inflationBeta;
  const b = plan.bitcoin;
  const jumpVar = b.jumpRate * (b.jumpMean ** 2 + b.jumpVol ** 2);
  const [vs, vl, vb] = residualVol;
  const relativeResidual = vs * vs + vl * vl - 2 * correlation[1] * vs * vl;
  for (let m = 0; m <= months; m++) {
    const state = [
      ar1Variance(plan.surprise.a, plan.surprise.b, m),
      ar1Variance(plan.inflationPersistence, plan.inflationVol, m),
      ar1Variance(plan.termPremium.a, plan.termPremium.b, m),
    ];
    // Each path's growth draw adds (σg·dt·m)² of variance by month m, the same draw for both indices.
    const gs = plan.smallCap.growthVol * m, gl = plan.largeCap.growthVol * m;
    let small = vs * vs * m + gs * gs;
    let large = vl * vl * m + gl * gl;
    let btc = (vb * vb + jumpVar) * m;
    let relative = relativeResidual * m + (gs - gl) ** 2;
    for (let k = 0; k < 3; k++) {
      small += loads.smallCap[3 * m + k] ** 2 * state[k];
      large += loads.largeCap[3 * m + k] ** 2 * state[k];
      btc += loads.bitcoin[3 * m + k] ** 2 * state[k];
      relative += (loads.smallCap[3 * m + k] - loads.largeCap[3 * m + k]) ** 2 * state[k];
    }
    out[m] = Math.sqrt(small);
    out[n + m] = Math.sqrt(large);
    out[2 * n + m] = Math.sqrt(btc);
    out[3 * n + m] = Math.sqrt(relative);
    out[4 * n + m] = Math.sqrt(state[0] + plan.inflationReaction ** 2 * state[1]);
    out[5 * n + m] = Math.sqrt(yx * yx * state[0] + yu * yu * state[1] + state[2]);
    out[6 * n + m] = Math.sqrt(state[1]);
  }
  return out;
}
