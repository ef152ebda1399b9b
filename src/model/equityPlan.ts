import type { EquityAssumptions } from './scenario.ts';

/** Month step in years. */
export const DT = 1 / 12;
/**
 * Floor of the financing factor 1 − b·i/i0: at most 95% of operating profit can go to interest, so
 * the log stays finite however high rates go (b ≤ 0.95 and rates ≤ 20% could otherwise reach 0).
 */
export const FINANCING_FLOOR = 0.05;

/** The deterministic inputs of one equity index (MODEL §2.6, §9.6), decimals, indexed by month. */
export interface EquityPlan {
  /** Earnings growth per month, g·dt. */
  earnings: number;
  /** Sd of a path's growth deviation per month (σg·dt): each path adds growthVol·z every month. */
  growthVol: number;
  /** Cumulative log EPS change from the explicit backdrop. */
  backdropEps: Float64Array;
  /** Cumulative log EPS change the information effect implies, at this index's cyclicality. */
  informationEps: Float64Array;
  /** Cumulative valuation channel: the start P/E's gap to the long-run P/E closing at rate θ. */
  valuation: Float64Array;
  /** Dividend yield per month in total-return mode, else 0. */
  dividends: number;
  /** b / i0: the financing factor is 1 − burdenPerRate·i. */
  burdenPerRate: number;
  debtRate: number;
  floating: number;
  /** (1 − f)·min(1, ρ·m·dt): the share of all debt refinanced since month 0. */
  refinanced: Float64Array;
  spread: number;
  /** The fixed-rate coupon c = max(0, (i0 − f·(r0 + spread))/(1 − f)) that refinancing replaces. */
  fixedCoupon: number;
  /** log financing factor along the priced path: month-0 prices reflect it, so only news moves prices. */
  financingBaseline: Float64Array;
  duration: number;
  /** Growth news in the term-premium noise: log-price loading on v, set by the stock–bond calibration. */
  termPremiumGrowth: number;
  /** Per month m ≥ 1, every deterministic change but the discount rate's and financing news. */
  drift: Float64Array;
  /** Target total vol of monthly log returns in the neutral scenario, per month (σ·√dt). */
  targetVol: number;
}

/** What equityPlan needs from the branch's plan. */
export interface EquityPlanContext {
  months: number;
  total: boolean;
  policy0: number;
  backdropEps: Float64Array;
  informationEps: Float64Array;
  /** The priced path's effective rate and deterministic 10-year, for the financing baseline. */
  baselineRate: Float64Array;
  baselineTenYear: Float64Array;
}

/** The average rate paid on debt at month m (MODEL §9.6): floating reprices at once, fixed refinances at the 10-year + spread. */
export function debtRateAt(eq: EquityPlan, m: number, rate: number, rate0: number, tenYear: number): number {
  return eq.debtRate + eq.floating * (rate - rate0) + eq.refinanced[m] * (tenYear + eq.spread - eq.fixedCoupon);
}

/** log(1 − b·i/i0), floored. */
export function financingLog(eq: EquityPlan, debtRate: number): number {
  return Math.log(Math.max(FINANCING_FLOOR, 1 - eq.burdenPerRate * debtRate));
}

/** Builds one index's plan. */
export function equityPlan(eq: EquityAssumptions, ctx: EquityPlanContext): EquityPlan {
  const months = ctx.months;
  const refinanced = new Float64Array(months + 1);
  for (let m = 0; m <= months; m++) refinanced[m] = (1 - eq.floatingShare) * Math.min(1, eq.refinanceRate * m * DT);
  const debtRate = eq.debtRate / 100;
  const spread = eq.creditSpread / 100;
  const f = eq.floatingShare;
  const theta = eq.valuationHalfLife > 0 ? Math.LN2 / eq.valuationHalfLife : 0;
  const keep = Math.exp(-theta * DT);
  const gap0 = eq.startPE > 0 && eq.longRunPE > 0 ? Math.log(eq.startPE / eq.longRunPE) : 0;
  const valuation = new Float64Array(months + 1);
  for (let m = 0; m <= months; m++) valuation[m] = gap0 * (Math.pow(keep, m) - 1);
  const plan: EquityPlan = {
    earnings: (eq.earningsGrowth / 100) * DT,
    growthVol: (eq.growthUncertainty / 100) * DT,
    backdropEps: ctx.backdropEps,
    informationEps: ctx.informationEps,
    valuation,
    dividends: ctx.total ? (eq.dividendYield / 100) * DT : 0,
    // A zero debt rate means no debt to pay interest on: the channel is off rather than infinite.
    burdenPerRate: debtRate > 1e-6 ? eq.interestBurden / debtRate : 0,
    debtRate,
    floating: f,
    refinanced,
    spread,
    // Floored at 0: when the floating debt alone would pay more than the blended rate (f·(r0 + spread)
    // > i0, inconsistent inputs) the fixed part cannot pay a negative coupon; with all debt floating
    // there is no fixed coupon at all (and no refinanced share it could act on).
    fixedCoupon: f < 1 ? Math.max(0, (debtRate - f * (ctx.policy0 + spread)) / (1 - f)) : 0,
    financingBaseline: new Float64Array(months + 1),
    duration: eq.duration,
    termPremiumGrowth: 0,
    drift: new Float64Array(months + 1),
    targetVol: (eq.vol / 100) * Math.sqrt(DT),
  };
  for (let m = 0; m <= months; m++) {
    plan.financingBaseline[m] = financingLog(plan, debtRateAt(plan, m, ctx.baselineRate[m], ctx.policy0, ctx.baselineTenYear[m]));
  }
  for (let m = 1; m <= months; m++) {
    plan.drift[m] = plan.earnings + plan.dividends
      + ctx.backdropEps[m] - ctx.backdropEps[m - 1]
      + ctx.informationEps[m] - ctx.informationEps[m - 1]
      + valuation[m] - valuation[m - 1]
      - (plan.financingBaseline[m] - plan.financingBaseline[m - 1]);
  }
  return plan;
}
