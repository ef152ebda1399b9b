/**
 * The scenario: everything a run needs, as plain JSON-safe data (schema version 2).
 *
 * Units follow the UI: rates, inflation, vols and growth in percent per year; shocks to yields in
 * basis points; durations in years; index levels in points and bitcoin in USD; months count from
 * the start snapshot (month 0).
 */

/** The schema version this build writes; older versions are migrated (see migrateScenario). */
export const SCHEMA_VERSION = 2;

/**
 * The version of the model's economics. Version 2: prices move on news (the user's path against
 * the priced path), and why the Fed moves decides whether a cut is good news (docs/model.md).
 */
export const MODEL_VERSION = 2;

/** Market levels on the start date; month 0 of every path. */
export interface Snapshot {
  /** ISO date of the snapshot, e.g. "2025-12-11". */
  date: string;
  /** Policy rate (midpoint of the fed funds target range), %. */
  policyRate: number;
  /** 10-year Treasury yield, %. */
  tenYear: number;
  /** CPI inflation, % year on year. */
  inflation: number;
  /** Russell 2000 close, points. */
  smallCap: number;
  /** S&P 500 close, points. */
  largeCap: number;
  /** Bitcoin, USD. */
  bitcoin: number;
  /**
   * The decisions the market priced on the snapshot date (fed funds futures / OIS). Prices and the
   * 10-year at month 0 already reflect them; only the user's path minus this one is news.
   */
  pricedDecisions: PolicyDecision[];
}

/** One decision of the Fed, effective from the first month-step on or after its date. */
export interface PolicyDecision {
  /** ISO date of the decision (the second day of an FOMC meeting). */
  date: string;
  /** Change of the policy rate in basis points (negative = cut). */
  bp: number;
}

/** The announced policy path and how far the Fed may stray from it (MODEL §2.1, 2.2, 2.4). */
export interface PolicyAssumptions {
  /** Announced decisions; meetings not listed hold the rate. */
  decisions: PolicyDecision[];
  /** σx: volatility of the policy surprise, pp per √year (0 = the Fed does exactly this). */
  surpriseVol: number;
  /** κx: mean reversion of the policy surprise, per year. */
  surpriseReversion: number;
  /** φr: policy-rate response per pp of inflation surprise. */
  inflationReaction: number;
  /** When true the Fed also reacts to the user's own inflation shocks (φs = φr). */
  reactsToInflationShocks: boolean;
  /** Effective lower bound of the policy rate, %. */
  lowerBound: number;
  /** n*: neutral nominal rate the expected path converges to after the last decision, %. */
  neutralRate: number;
  /** Half-life of the convergence to n*, months. */
  neutralHalfLife: number;
  /**
   * ω: how much the market reads into the Fed's move (0–1). Cuts beyond the priced path that take
   * the rate below what inflation warrants reveal a weaker economy; 0 reads every cut as insurance.
   */
  informationWeight: number;
}

/** A temporary shift of the inflation path's target (MODEL §2.3). */
export interface InflationShock {
  /** Size, pp. */
  size: number;
  /** First month the shock is active (≥ 1). */
  start: number;
  /** Months it stays active (≥ 1). */
  duration: number;
}

/** Inflation path and surprises (MODEL §2.3). The start level is the snapshot's. */
export interface InflationAssumptions {
  /** π*: the level inflation decays toward, %. */
  target: number;
  /** φπ: monthly persistence of the decay and of surprises (0–0.999). */
  persistence: number;
  /** σπ: monthly surprise volatility, pp. */
  surpriseVol: number;
  shocks: InflationShock[];
}

/** A shock to the 10-year yield through the term premium (MODEL §2.5). */
export interface YieldShock {
  /** Size, basis points. */
  size: number;
  /** First month the shock is active (≥ 1). */
  start: number;
  /** Permanent, or fading with `halfLife` months. */
  permanent: boolean;
  /** Half-life of a fading shock, months. */
  halfLife: number;
}

/** Long yields: the term premium and its noise (MODEL §2.5). */
export interface YieldAssumptions {
  shocks: YieldShock[];
  /** βπ: pp of term premium per pp of inflation surprise. */
  inflationBeta: number;
  /** σv: term-premium noise, pp per √year. */
  termPremiumVol: number;
  /** κv: mean reversion of the term-premium noise, per year. */
  termPremiumReversion: number;
  /**
   * Target correlation of monthly S&P 500 log returns with 10-year changes in the neutral scenario.
   * Part of the term-premium noise is growth news that lifts yields and earnings together.
   */
  stockBondCorrelation: number;
}

/** Growth backdrop and risk appetite (MODEL §2.6 items 1 and 4). */
export interface Backdrop {
  /** Extra EPS growth over the first 12 months, pp (soft landing 0, slowdown −10, recession −25). */
  growthShock: number;
  /** Extra equity risk premium the backdrop brings, pp (recession +1.5). */
  growthRiskPremium: number;
  /** Shift of the equity risk premium from risk appetite, pp (negative = more appetite). */
  riskAppetite: number;
  /** γ: pp of equity risk premium per pp of inflation surprise. */
  inflationRiskPremium: number;
  /** Months over which a backdrop's EPS hit and risk premium recover after its first year. */
  recoveryMonths: number;
}

/** One equity index's assumptions (MODEL §2.6). */
export interface EquityAssumptions {
  /** Long-run nominal EPS growth, %/yr. */
  earningsGrowth: number;
  /** Multiplier of the growth backdrop's EPS shock. */
  cyclicality: number;
  /** b: interest expense as a share of operating profit (0–0.95). */
  interestBurden: number;
  /** i0: average interest rate paid on debt at the start, %. */
  debtRate: number;
  /** f: share of debt at floating rates (0–1). */
  floatingShare: number;
  /** ρ: share of fixed-rate debt refinanced per year (0–1). */
  refinanceRate: number;
  /** Credit spread over the 10-year paid on refinanced debt, pp. */
  creditSpread: number;
  /** D: effective duration to the discount rate, years. */
  duration: number;
  /** Starting forward P/E. */
  startPE: number;
  /** Long-run average forward P/E valuations revert to. */
  longRunPE: number;
  /** Half-life of valuation mean reversion, years (0 = off). */
  valuationHalfLife: number;
  /** q: dividend yield, %/yr (added in total-return mode). */
  dividendYield: number;
  /** Target total volatility of monthly log returns in the neutral scenario, %/√yr. */
  vol: number;
  /** Sd of each path's long-run EPS growth around `earningsGrowth`, %/yr (0 = known growth). */
  growthUncertainty: number;
}

/** Bitcoin's assumptions (MODEL §2.7). */
export interface BitcoinAssumptions {
  /** μB: expected log growth per year, jumps included, %. */
  drift: number;
  /** DB: sensitivity to real yields and to the equity risk premium, years. */
  rateSensitivity: number;
  /** λ: jumps per year. */
  jumpIntensity: number;
  /** μJ: mean log size of a jump (e.g. −0.30). */
  jumpMean: number;
  /** σJ: sd of the log size of a jump. */
  jumpVol: number;
  /** Target total volatility of monthly log returns in the neutral scenario, %/√yr. */
  vol: number;
}

/** Residual shocks: correlations and tails (MODEL §2.8). */
export interface ShockAssumptions {
  /** Target correlation of total monthly returns, small vs large caps. */
  smallLarge: number;
  /** Target correlation, bitcoin vs large caps. */
  bitcoinLarge: number;
  /** Target correlation, bitcoin vs small caps. */
  bitcoinSmall: number;
  /** ν of the Student-t residuals (≥ 4.5), or null for normal shocks. */
  tailDf: number | null;
}

/** One branch of a scenario mixture: a full set of assumptions with a weight (MODEL §2.9). */
export interface Branch {
  /** Shown in the mixture editor, e.g. "Two cuts". */
  name: string;
  /** Probability of this branch; the weights of a scenario sum to 1. */
  weight: number;
  policy: PolicyAssumptions;
  inflation: InflationAssumptions;
  yields: YieldAssumptions;
  backdrop: Backdrop;
  smallCap: EquityAssumptions;
  largeCap: EquityAssumptions;
  bitcoin: BitcoinAssumptions;
  shocks: ShockAssumptions;
}

/** A complete, runnable scenario. */
export interface Scenario {
  version: typeof SCHEMA_VERSION;
  /** Seed of the run (unsigned 32-bit integer). */
  seed: number;
  /** Number of Monte Carlo paths (100–1,000,000). */
  paths: number;
  /** Horizon in months (6–120). */
  months: number;
  /** Price return, or total return with dividends reinvested. */
  returnMode: 'price' | 'total';
  snapshot: Snapshot;
  /** One or more branches whose weights sum to 1. */
  branches: Branch[];
}
