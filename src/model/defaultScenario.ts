import { SCHEMA_VERSION, type Branch, type PolicyDecision, type Scenario } from './scenario.ts';

/** The default snapshot's date: the Russell 2000's record close, the day after the December 2025 cut. */
export const DEFAULT_SNAPSHOT_DATE = '2025-12-11';

/**
 * What the market priced on 2025-12-11 (fed funds futures / OIS): about two 2026 cuts, at the March
 * and June meetings (MODEL §9.1). The SEP median had one (see SEP_REFERENCE).
 */
export const DEFAULT_PRICED_DECISIONS: readonly PolicyDecision[] = [
  { date: '2026-03-18', bp: -25 },
  { date: '2026-06-17', bp: -25 },
];

/** The branch fields schema 2 added, at their defaults (the v1 → v2 migration fills them in). */
export const V2_BRANCH_DEFAULTS = {
  policy: { informationWeight: 0.3 },
  yields: { stockBondCorrelation: -0.2 },
  backdrop: { recoveryMonths: 36 },
  smallCap: { growthUncertainty: 3 },
  largeCap: { growthUncertainty: 1.5 },
} as const;

/**
 * The defaults of one branch. Sources are in docs/model.md; the short form is kept beside each
 * number so a reader of the code sees where it comes from.
 */
export function defaultBranch(): Branch {
  return {
    name: 'Two cuts (consensus)',
    weight: 1,
    policy: {
      // The consensus story: the user's path is the path the market priced (two 2026 cuts), so
      // nothing in it is news. (The December 2025 dot plot's median had one 2026 cut, not two.)
      decisions: DEFAULT_PRICED_DECISIONS.map((d) => ({ ...d })),
      surpriseVol: 0.83, // with φr = 0.5 gives a 12-month policy-rate sd of 0.75 pp (Fed forecast errors)
      surpriseReversion: 0.3,
      inflationReaction: 0.5, // Taylor (1993)
      reactsToInflationShocks: false,
      lowerBound: 0.125,
      neutralRate: 3.0, // FOMC longer-run median
      neutralHalfLife: 24,
      // About a third of FOMC announcements moved rates and stocks the same way (Jarociński–Karadi
      // 2020); Bauer–Swanson (2023) find most of that is the Fed answering public news: 0.3.
      informationWeight: V2_BRANCH_DEFAULTS.policy.informationWeight,
    },
    inflation: {
      target: 2.0,
      persistence: 0.96, // y/y CPI AR(1), monthly 1990–2019: 0.93–0.96
      surpriseVol: 0.15, // y/y residual sd 0.11–0.17 pp
      shocks: [],
    },
    yields: {
      shocks: [],
      inflationBeta: 0.3,
      termPremiumVol: 0.72, // monthly 10-year change sd ≈ 23 bp (history 25.7 bp, 2001–2025)
      termPremiumReversion: 0.1,
      // Negative since 2022 and before 2000, positive 2000–2020 (Campbell–Sunderam–Viceira 2017).
      stockBondCorrelation: V2_BRANCH_DEFAULTS.yields.stockBondCorrelation,
    },
    backdrop: {
      growthShock: 0,
      growthRiskPremium: 0,
      riskAppetite: 0,
      inflationRiskPremium: 0.5,
      // S&P 500 EPS regained their prior peak 3–4 years after the 2001 and 2008 peaks: a year's
      // hit, then 36 months back.
      recoveryMonths: V2_BRANCH_DEFAULTS.backdrop.recoveryMonths,
    },
    smallCap: {
      earningsGrowth: 6,
      cyclicality: 1.5,
      interestBurden: 0.3,
      debtRate: 7.0,
      floatingShare: 0.4, // 30–50% of Russell 2000 debt floats (Goldman Sachs 2023, Apollo 2024)
      refinanceRate: 0.25,
      creditSpread: 2.5,
      duration: 14, // profitable 10, unprofitable 40% at 20
      startPE: 22,
      longRunPE: 17, // since 1998
      valuationHalfLife: 10,
      dividendYield: 1.3,
      vol: 21, // 1993–2025: 19.7%; 2018–2025: 22.5%
      growthUncertainty: V2_BRANCH_DEFAULTS.smallCap.growthUncertainty, // ≈ 21%/√(46 years of Russell 2000 history)
    },
    largeCap: {
      earningsGrowth: 6,
      cyclicality: 1.0,
      interestBurden: 0.08,
      debtRate: 3.5,
      floatingShare: 0.08, // 6–10% of S&P 500 debt floats
      refinanceRate: 0.1,
      creditSpread: 1.0,
      duration: 12, // Bernanke & Kuttner (2005) event size
      startPE: 23, // FactSet, Oct 2025
      longRunPE: 16, // 20-year average
      valuationHalfLife: 10,
      dividendYield: 1.2,
      vol: 15.5, // 1993–2025: 14.8%; 2018–2025: 16.6%
      growthUncertainty: V2_BRANCH_DEFAULTS.largeCap.growthUncertainty, // ≈ 15%/√(100 years of S&P history)
    },
    bitcoin: {
      drift: 0, // "no view"
      rateSensitivity: 10,
      jumpIntensity: 1, // 7-day drops over 25%: about one a year, 2018–2025
      jumpMean: -0.3,
      jumpVol: 0.1,
      vol: 62, // 2018–2025 monthly: 67%; 2022–2025: 55%
    },
    shocks: {
      smallLarge: 0.88, // monthly 2018–2025
      bitcoinLarge: 0.4,
      bitcoinSmall: 0.4,
      tailDf: 5, // monthly MLE 5.4–6.5 (large), 6.5–8.6 (small)
    },
  };
}

/** The default scenario: the December 11, 2025 snapshot with the consensus path, one branch. */
export function defaultScenario(): Scenario {
  return {
    version: SCHEMA_VERSION,
    seed: 20251211,
    paths: 10_000,
    months: 24,
    returnMode: 'price',
    snapshot: {
      date: DEFAULT_SNAPSHOT_DATE,
      policyRate: 3.625, // target range 3.50–3.75%
      tenYear: 4.14,
      inflation: 2.7,
      smallCap: 2590.61,
      largeCap: 6901.0,
      bitcoin: 93_000,
      pricedDecisions: DEFAULT_PRICED_DECISIONS.map((d) => ({ ...d })),
    },
    branches: [defaultBranch()],
  };
}
