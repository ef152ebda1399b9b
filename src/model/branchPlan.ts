import type { Branch, EquityAssumptions, Scenario } from './scenario.ts';
import { decisionMonths } from './decisionMonths.ts';
import { ouStep } from './ouStep.ts';

/** Months in a 10-year yield's expectation window (MODEL §2.5). */
export const TEN_YEAR_MONTHS = 120;
/** Month step in years. */
export const DT = 1 / 12;
/**
 * Floor of the financing factor 1 − b·i/i0: at most 95% of operating profit can go to interest, so
 * the log stays finite however high rates go (b ≤ 0.95 and rates ≤ 20% could otherwise reach 0).
 */
export const FINANCING_FLOOR = 0.05;
/** Floor of 1 + backdrop EPS shock, so an extreme recession keeps a finite log (−99% EPS). */
const BACKDROP_FLOOR = 0.01;

/** The deterministic, per-month inputs of one equity index, in decimals. */
export interface EquityPlan {
  /** Earnings growth per month, g·dt. */
  earnings: number;
  /** Backdrop EPS shock per month (first 12 months), indexed by month. */
  backdrop: Float64Array;
  /** Dividend yield per month in total-return mode, else 0. */
  dividends: number;
  /** b / i0: the financing factor is 1 − burdenPerRate·i. */
  burdenPerRate: number;
  debtRate: number;
  floating: number;
  /** (1 − f)·min(1, ρ·m·dt): the refinanced share of the fixed-rate debt, indexed by month. */
  refinanced: Float64Array;
  spread: number;
  duration: number;
  /** 1 − e^{−θ·dt}: the monthly pull of the log multiple toward its rate-consistent fair level. */
  valuationPull: number;
  /** log(start P/E ÷ long-run P/E). */
  logMultiple0: number;
  /** Target total vol of monthly log returns in the neutral scenario, per month (σ·√dt). */
  targetVol: number;
}

/** Everything deterministic about one branch: paths, loadings and step coefficients, in decimals. */
export interface BranchPlan {
  name: string;
  weight: number;
  months: number;
  /** Announced policy path p[m] (length months + 120). */
  policy: Float64Array;
  /** Policy rate at month 0, after the lower bound. */
  policy0: number;
  lowerBound: number;
  surprise: { a: number; b: number };
  inflationReaction: number;
  /** φs·s[m]: the Fed's reaction to the user's own inflation shocks, indexed by month. */
  shockReaction: Float64Array;
  /** Scenario inflation path π̄[m]. */
  inflationPath: Float64Array;
  inflationPersistence: number;
  inflationVol: number;
  /** EHdet[m]: deterministic expectations part of the 10-year. */
  expectations: Float64Array;
  cx: number;
  cu: number;
  inflationBeta: number;
  termPremium0: number;
  /** User yield shocks' term-premium part, indexed by month. */
  yieldShock: Float64Array;
  termPremium: { a: number; b: number };
  /** Deterministic equity risk premium shift (risk appetite + backdrop), indexed by month. */
  riskPremium: Float64Array;
  inflationRiskPremium: number;
  smallCap: EquityPlan;
  largeCap: EquityPlan;
  bitcoin: {
    /** (μB − λ·μJ)·dt. */
    drift: number;
    sensitivity: number;
    jumpRate: number;
    jumpMean: number;
    jumpVol: number;
    targetVol: number;
  };
  targetCorrelation: { smallLarge: number; bitcoinLarge: number; bitcoinSmall: number };
  tailDf: number | null;
}

/** Builds a branch's deterministic plan (MODEL §2.1–2.7); the residual calibration comes later. */
export function branchPlan(scenario: Scenario, branch: Branch): BranchPlan {
  const months = scenario.months;
  const len = months + TEN_YEAR_MONTHS;
  const snap = scenario.snapshot;
  const pol = branch.policy;
  const inf = branch.inflation;

  // 2.1 Announced path, extended past the horizon because the 10-year looks 120 months ahead.
  const effective = decisionMonths(snap.date, pol.decisions);
  const policy = new Float64Array(len);
  for (let m = 0; m < len; m++) {
    let rate = snap.policyRate / 100;
    for (let k = 0; k < effective.length; k++) {
      if (effective[k] >= 1 && effective[k] <= m) rate += pol.decisions[k].bp / 10000;
    }
    policy[m] = rate;
  }

  // 2.3 Inflation path and the part of it due to the user's shocks.
  const phi = inf.persistence;
  const inflationPath = new Float64Array(len);
  const shockPart = new Float64Array(len);
  inflationPath[0] = snap.inflation / 100;
  for (let m = 1; m < len; m++) {
    let active = 0;
    for (const s of inf.shocks) if (m >= s.start && m < s.start + s.duration) active += s.size / 100;
    inflationPath[m] = phi * inflationPath[m - 1] + (1 - phi) * (inf.target / 100 + active);
    shockPart[m] = phi * shockPart[m - 1] + (1 - phi) * active;
  }
  const phiS = pol.reactsToInflationShocks ? pol.inflationReaction : 0;
  const lowerBound = pol.lowerBound / 100;

  // 2.5 Expectations part of the 10-year. Decisions are news when they take effect: at month m the
  // market expects the current announced rate to converge to n* with the half-life. Pricing the
  // whole path at month 0 instead would let the snapshot's 10-year (TP0 = y0 − EH[0]) absorb every
  // planned cut, so a cut path would never reach equities through discount rates (MODEL §7.3).
  const neutral = pol.neutralRate / 100;
  const expectations = new Float64Array(months + 1);
  for (let m = 0; m <= months; m++) {
    let sum = 0;
    for (let k = 0; k < TEN_YEAR_MONTHS; k++) {
      const decay = pol.neutralHalfLife > 0 ? Math.pow(0.5, k / pol.neutralHalfLife) : k === 0 ? 1 : 0;
      const rate = neutral + (policy[m] - neutral) * decay + phiS * shockPart[m + k];
      sum += Math.max(lowerBound, rate);
    }
    expectations[m] = sum / TEN_YEAR_MONTHS;
  }
  const surprise = ouStep(pol.surpriseReversion, pol.surpriseVol / 100, DT);
  let cx = 0;
  let cuSum = 0;
  for (let k = 0; k < TEN_YEAR_MONTHS; k++) {
    cx += Math.pow(surprise.a, k);
    cuSum += Math.pow(phi, k);
  }
  cx /= TEN_YEAR_MONTHS;
  const cu = (pol.inflationReaction * cuSum) / TEN_YEAR_MONTHS;

  const yieldShock = new Float64Array(months + 1);
  for (let m = 0; m <= months; m++) {
    for (const s of branch.yields.shocks) {
      if (m < s.start) continue;
      const fade = s.permanent ? 1 : s.halfLife > 0 ? Math.pow(0.5, (m - s.start) / s.halfLife) : m === s.start ? 1 : 0;
      yieldShock[m] += (s.size / 10000) * fade;
    }
  }

  const bd = branch.backdrop;
  const riskPremium = new Float64Array(months + 1);
  for (let m = 1; m <= months; m++) riskPremium[m] = (bd.riskAppetite + bd.growthRiskPremium) / 100;

  const shockReaction = new Float64Array(months + 1);
  for (let m = 0; m <= months; m++) shockReaction[m] = phiS * shockPart[m];

  const btc = branch.bitcoin;
  return {
    name: branch.name,
    weight: branch.weight,
    months,
    policy,
    policy0: Math.max(lowerBound, policy[0]),
    lowerBound,
    surprise,
    inflationReaction: pol.inflationReaction,
    shockReaction,
    inflationPath,
    inflationPersistence: phi,
    inflationVol: inf.surpriseVol / 100,
    expectations,
    cx,
    cu,
    inflationBeta: branch.yields.inflationBeta,
    termPremium0: snap.tenYear / 100 - expectations[0],
    yieldShock,
    termPremium: ouStep(branch.yields.termPremiumReversion, branch.yields.termPremiumVol / 100, DT),
    riskPremium,
    inflationRiskPremium: bd.inflationRiskPremium,
    smallCap: equityPlan(branch.smallCap, bd.growthShock, months, scenario.returnMode === 'total'),
    largeCap: equityPlan(branch.largeCap, bd.growthShock, months, scenario.returnMode === 'total'),
    bitcoin: {
      drift: (btc.drift / 100 - btc.jumpIntensity * btc.jumpMean) * DT,
      sensitivity: btc.rateSensitivity,
      jumpRate: btc.jumpIntensity * DT,
      jumpMean: btc.jumpMean,
      jumpVol: btc.jumpVol,
      targetVol: (btc.vol / 100) * Math.sqrt(DT),
    },
    targetCorrelation: {
      smallLarge: branch.shocks.smallLarge,
      bitcoinLarge: branch.shocks.bitcoinLarge,
      bitcoinSmall: branch.shocks.bitcoinSmall,
    },
    tailDf: branch.shocks.tailDf,
  };
}

function equityPlan(eq: EquityAssumptions, growthShock: number, months: number, total: boolean): EquityPlan {
  const backdrop = new Float64Array(months + 1);
  const perMonth = Math.log(Math.max(BACKDROP_FLOOR, 1 + (growthShock * eq.cyclicality) / 100)) / 12;
  for (let m = 1; m <= Math.min(12, months); m++) backdrop[m] = perMonth;
  const refinanced = new Float64Array(months + 1);
  for (let m = 0; m <= months; m++) refinanced[m] = (1 - eq.floatingShare) * Math.min(1, eq.refinanceRate * m * DT);
  const debtRate = eq.debtRate / 100;
  const theta = eq.valuationHalfLife > 0 ? Math.LN2 / eq.valuationHalfLife : 0;
  return {
    earnings: (eq.earningsGrowth / 100) * DT,
    backdrop,
    dividends: total ? (eq.dividendYield / 100) * DT : 0,
    // A zero debt rate means no debt to pay interest on: the channel is off rather than infinite.
    burdenPerRate: debtRate > 1e-6 ? eq.interestBurden / debtRate : 0,
    debtRate,
    floating: eq.floatingShare,
    refinanced,
    spread: eq.creditSpread / 100,
    duration: eq.duration,
    valuationPull: 1 - Math.exp(-theta * DT),
    logMultiple0: eq.startPE > 0 && eq.longRunPE > 0 ? Math.log(eq.startPE / eq.longRunPE) : 0,
    targetVol: (eq.vol / 100) * Math.sqrt(DT),
  };
}

/** The neutral version of a branch (MODEL §2.6 item 7): flat path, no user shocks, no backdrop. */
export function neutralBranch(branch: Branch): Branch {
  return {
    ...branch,
    policy: { ...branch.policy, decisions: [] },
    inflation: { ...branch.inflation, shocks: [] },
    yields: { ...branch.yields, shocks: [] },
    backdrop: { ...branch.backdrop, growthShock: 0, growthRiskPremium: 0, riskAppetite: 0 },
  };
}
