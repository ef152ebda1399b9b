import type { BranchPlan } from './branchPlan.ts';
import { debtRateAt, FINANCING_FLOOR, type EquityPlan } from './equityPlan.ts';

/**
 * Per month m, each asset's log-price loadings on the three macro states (x, u, v): a change of a
 * state moves the log price by loading × change. This is the model linearized around its
 * deterministic path (ignoring the lower bound), used to calibrate residuals and size histograms.
 * Layout: `[m*3 + k]` with k = 0 (policy surprise x), 1 (inflation surprise u), 2 (term premium v).
 */
export interface ChannelLoadings {
  smallCap: Float64Array;
  largeCap: Float64Array;
  bitcoin: Float64Array;
}

/** Linearized loadings of the three assets on the macro states, month by month. */
export function channelLoadings(plan: BranchPlan): ChannelLoadings {
  const months = plan.months;
  const yx = plan.cx;
  const yu = plan.cu + plan.inflationBeta;
  const ru = plan.inflationReaction;
  const gamma = plan.inflationRiskPremium;
  const smallCap = new Float64Array(3 * (months + 1));
  const largeCap = new Float64Array(3 * (months + 1));
  const bitcoin = new Float64Array(3 * (months + 1));
  const db = plan.bitcoin.sensitivity;
  for (let m = 0; m <= months; m++) {
    const rate = Math.max(plan.lowerBound, plan.policy[m] + plan.shockReaction[m]);
    const tenYear = plan.tenYearPath[m];
    equityLoadings(plan.smallCap, m, rate, tenYear, plan.policy0, yx, yu, ru, gamma, smallCap);
    equityLoadings(plan.largeCap, m, rate, tenYear, plan.policy0, yx, yu, ru, gamma, largeCap);
    bitcoin[3 * m] = -db * yx;
    bitcoin[3 * m + 1] = -db * (yu - 1 + gamma);
    bitcoin[3 * m + 2] = -db;
  }
  return { smallCap, largeCap, bitcoin };
}

function equityLoadings(
  eq: EquityPlan, m: number, rate: number, tenYear: number, rate0: number,
  yx: number, yu: number, ru: number, gamma: number, out: Float64Array,
): void {
  const refi = eq.refinanced[m];
  const debtRate = debtRateAt(eq, m, rate, rate0, tenYear);
  const factor = 1 - eq.burdenPerRate * debtRate;
  // d log(1 − β·i)/di; zero where the floor holds the factor still.
  const lf = factor > FINANCING_FLOOR ? -eq.burdenPerRate / factor : 0;
  const d = eq.duration;
  out[3 * m] = -d * yx + lf * (eq.floating + refi * yx);
  out[3 * m + 1] = -d * (yu + gamma) + lf * (eq.floating * ru + refi * yu);
  out[3 * m + 2] = -d + lf * refi + eq.termPremiumGrowth;
}
