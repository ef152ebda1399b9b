import type { Branch, Scenario } from './scenario.ts';
import { addBackdropHit } from './backdropProfile.ts';
import { DT, equityPlan, type EquityPlan } from './equityPlan.ts';
import { expectedPolicy, TEN_YEAR_MONTHS } from './expectedPolicy.ts';
import { informationEffect } from './informationEffect.ts';
import { inflationNews, inflationShockPaths, knownShockPart } from './inflationShockPaths.ts';
import { ouStep } from './ouStep.ts';
import { ratePath } from './ratePath.ts';

export { TEN_YEAR_MONTHS } from './expectedPolicy.ts';
export { DT, FINANCING_FLOOR, type EquityPlan } from './equityPlan.ts';
/** Floor of 1 + backdrop EPS shock, so an extreme recession keeps a finite log (−99% EPS). */
const BACKDROP_FLOOR = 0.01;

/**
 * Everything deterministic about one branch (MODEL §2, §9), in decimals, indexed by month 0…months
 * unless said otherwise. Each channel's deterministic part has its own array, named after it, so the
 * kernel adds them and the attribution telescopes them.
 */
export interface BranchPlan {
  name: string;
  weight: number;
  months: number;
  /** The user's announced path p[m] (length months + 120). */
  policy: Float64Array;
  /** The path the market priced at the snapshot P[m] (length months + 120). */
  priced: Float64Array;
  /** Policy rate at month 0, after the lower bound. */
  policy0: number;
  lowerBound: number;
  surprise: { a: number; b: number };
  inflationReaction: number;
  /** φs·s[m]: the Fed's realized reaction to the user's own inflation shocks. */
  shockReaction: Float64Array;
  /** Scenario inflation path π̄[m] (length months + 120). */
  inflationPath: Float64Array;
  inflationPersistence: number;
  inflationVol: number;
  /** 10-year, expectations part: the expected policy path with the news learned so far (§9.2). */
  expectations: Float64Array;
  /** 10-year, expectations part: the anticipated reaction to known inflation shocks (§9.4). */
  expectationsInflation: Float64Array;
  cx: number;
  cu: number;
  inflationBeta: number;
  termPremium0: number;
  /** User yield shocks' term-premium part. */
  yieldShock: Float64Array;
  /** βπ × expected extra inflation from the known shocks: long yields rise with inflation news. */
  yieldInflation: Float64Array;
  termPremium: { a: number; b: number };
  /** Equity risk premium from risk appetite and the explicit backdrop. */
  riskPremium: Float64Array;
  /** Equity risk premium the information effect implies. */
  informationPremium: Float64Array;
  /** γ × expected extra inflation from the known shocks (Fama–Schwert 1977). */
  inflationPremium: Float64Array;
  inflationRiskPremium: number;
  /** W[m]: how far below the rule the path stands beyond the priced path (§9.3), decimals. */
  weakness: Float64Array;
  /** Deterministic 10-year: every part above plus TP0. */
  tenYearPath: Float64Array;
  /** Deterministic equity risk premium shift: the three premium parts. */
  premiumPath: Float64Array;
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
  /** Target corr(S&P 500 monthly log return, Δ10-year) in the neutral scenario (§9.5). */
  stockBondCorrelation: number;
  tailDf: number | null;
}

/** Builds a branch's deterministic plan (MODEL §2, §9); the residual calibration comes later. */
export function branchPlan(scenario: Scenario, branch: Branch): BranchPlan {
  const months = scenario.months;
  const len = months + TEN_YEAR_MONTHS;
  const snap = scenario.snapshot;
  const pol = branch.policy;
  const inf = branch.inflation;
  const lowerBound = pol.lowerBound / 100;

  // §2.1, §9.1: the user's path and the priced one, extended because the 10-year looks 120 months ahead.
  const policy = ratePath(snap.date, snap.policyRate, pol.decisions, len).path;
  const pricedPath = ratePath(snap.date, snap.policyRate, snap.pricedDecisions, len);
  const priced = pricedPath.path;

  // §2.3 Inflation path, and each user shock's part of it.
  const phi = inf.persistence;
  const shockPaths = inflationShockPaths(inf.shocks, phi, len);
  const inflationPath = new Float64Array(len);
  inflationPath[0] = snap.inflation / 100;
  for (let m = 1; m < len; m++) inflationPath[m] = phi * inflationPath[m - 1] + (1 - phi) * (inf.target / 100);
  for (const part of shockPaths) for (let m = 0; m < len; m++) inflationPath[m] += part[m];
  const phiS = pol.reactsToInflationShocks ? pol.inflationReaction : 0;
  const shockReaction = new Float64Array(months + 1);
  for (let m = 0; m <= months; m++) shockReaction[m] = phiS * knownShockPart(inf.shocks, shockPaths, m, m);

  // §9.2, §9.4: expectations with news learned at the meetings and inflation shocks known from their start.
  const neutral = pol.neutralRate / 100;
  const expected = expectedPolicy({
    months, policy, priced, lastPriced: pricedPath.lastMove, neutral, halfLife: pol.neutralHalfLife, lowerBound,
    reaction: phiS === 0 ? () => 0 : (m, j) => phiS * knownShockPart(inf.shocks, shockPaths, m, j),
  });
  const news = inflationNews(inf.shocks, shockPaths, months);
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
  const beta = branch.yields.inflationBeta;
  const gamma = branch.backdrop.inflationRiskPremium;
  const yieldInflation = news.map((x) => beta * x);
  const inflationPremium = news.map((x) => gamma * x);

  // §2.6 items 1 and 4, §9.6: the explicit backdrop, news at month 1, recovering after its year.
  const bd = branch.backdrop;
  const backdropEps = new Float64Array(months + 1);
  const riskPremium = new Float64Array(months + 1);
  if (months >= 1) addBackdropHit(backdropEps, riskPremium, 1, 1, bd.growthRiskPremium / 100, bd.recoveryMonths);
  for (let m = 1; m <= months; m++) riskPremium[m] += bd.riskAppetite / 100;

  // §9.3 The information effect: what the news in the path reveals about the economy.
  const information = informationEffect({
    months, policy, priced, inflationPath, inflationTarget: inf.target / 100, neutral,
    weight: pol.informationWeight, recoveryMonths: bd.recoveryMonths,
  });

  const termPremium0 = snap.tenYear / 100 - expected.path[0] - expected.inflation[0] - yieldInflation[0] - yieldShock[0];
  const tenYearPath = new Float64Array(months + 1);
  const premiumPath = new Float64Array(months + 1);
  for (let m = 0; m <= months; m++) {
    tenYearPath[m] = expected.path[m] + expected.inflation[m] + termPremium0 + yieldShock[m] + yieldInflation[m];
    premiumPath[m] = riskPremium[m] + information.premium[m] + inflationPremium[m];
  }

  // The financing baseline: the priced path with the 10-year it implies, which month-0 prices reflect.
  const baseline = expectedPolicy({
    months, policy: priced, priced, lastPriced: pricedPath.lastMove, neutral, halfLife: pol.neutralHalfLife, lowerBound, reaction: () => 0,
  });
  const baselineRate = new Float64Array(months + 1);
  const baselineTenYear = new Float64Array(months + 1);
  for (let m = 0; m <= months; m++) {
    baselineRate[m] = Math.max(lowerBound, priced[m]);
    baselineTenYear[m] = baseline.path[m] + termPremium0;
  }
  const policy0 = Math.max(lowerBound, policy[0]);
  const total = scenario.returnMode === 'total';
  const backdropLog = (cyclicality: number) => {
    const scale = Math.log(Math.max(BACKDROP_FLOOR, 1 + (bd.growthShock * cyclicality) / 100));
    return backdropEps.map((x) => x * scale);
  };
  const equity = (eq: Branch['smallCap']) =>
    equityPlan(eq, {
      months, total, policy0, backdropEps: backdropLog(eq.cyclicality),
      informationEps: information.eps.map((x) => x * eq.cyclicality), baselineRate, baselineTenYear,
    });

  const btc = branch.bitcoin;
  return {
    name: branch.name,
    weight: branch.weight,
    months,
    policy,
    priced,
    policy0,
    lowerBound,
    surprise,
    inflationReaction: pol.inflationReaction,
    shockReaction,
    inflationPath,
    inflationPersistence: phi,
    inflationVol: inf.surpriseVol / 100,
    expectations: expected.path,
    expectationsInflation: expected.inflation,
    cx,
    cu,
    inflationBeta: beta,
    termPremium0,
    yieldShock,
    yieldInflation,
    termPremium: ouStep(branch.yields.termPremiumReversion, branch.yields.termPremiumVol / 100, DT),
    riskPremium,
    informationPremium: information.premium,
    inflationPremium,
    inflationRiskPremium: gamma,
    weakness: information.weakness,
    tenYearPath,
    premiumPath,
    smallCap: equity(branch.smallCap),
    largeCap: equity(branch.largeCap),
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
    stockBondCorrelation: branch.yields.stockBondCorrelation,
    tailDf: branch.shocks.tailDf,
  };
}

/**
 * The neutral version of a branch (MODEL §2.6 item 7): the user's path equal to the priced one (so
 * no news), no user shocks, no backdrop.
 */
export function neutralBranch(branch: Branch, scenario: Scenario): Branch {
  return {
    ...branch,
    policy: { ...branch.policy, decisions: scenario.snapshot.pricedDecisions.map((d) => ({ ...d })) },
    inflation: { ...branch.inflation, shocks: [] },
    yields: { ...branch.yields, shocks: [] },
    backdrop: { ...branch.backdrop, growthShock: 0, growthRiskPremium: 0, riskAppetite: 0 },
  };
}
