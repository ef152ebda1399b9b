import type {
  BitcoinAssumptions,
  Backdrop,
  EquityAssumptions,
  InflationAssumptions,
  InflationShock,
  PolicyAssumptions,
  PolicyDecision,
  ShockAssumptions,
  Snapshot,
  YieldAssumptions,
  YieldShock,
} from './scenario.ts';

/** The accepted range, unit and human label of one numeric scenario field (bounds inclusive). */
export interface Bound {
  min: number;
  max: number;
  /** Unit as shown next to the control and in messages; empty for pure numbers. */
  unit: string;
  /** What a person calls the field, e.g. "Policy surprise volatility". */
  label: string;
  /** True when only whole numbers are allowed. */
  integer?: boolean;
}

type NumericKeys<T> = { [K in keyof T]-?: T[K] extends number ? K : never }[keyof T] & string;

/**
 * Names of the numeric fields: the path inside a branch (or the scenario), with array items as
 * `[]`, e.g. `policy.surpriseVol`, `policy.decisions[].bp`, `smallCap.duration`.
 */
export type BoundKey =
  | 'seed'
  | 'paths'
  | 'months'
  | `snapshot.${NumericKeys<Snapshot>}`
  | 'weight'
  | `policy.${NumericKeys<PolicyAssumptions>}`
  | `policy.decisions[].${NumericKeys<PolicyDecision>}`
  | `inflation.${NumericKeys<InflationAssumptions>}`
  | `inflation.shocks[].${NumericKeys<InflationShock>}`
  | `yields.${NumericKeys<YieldAssumptions>}`
  | `yields.shocks[].${NumericKeys<YieldShock>}`
  | `backdrop.${NumericKeys<Backdrop>}`
  | `${'smallCap' | 'largeCap'}.${NumericKeys<EquityAssumptions>}`
  | `bitcoin.${NumericKeys<BitcoinAssumptions>}`
  | `shocks.${NumericKeys<ShockAssumptions>}`
  | 'shocks.tailDf';

// The equity table is written once and labelled per index, so the two can never drift apart.
// Vols start at 1% (not 0) because the engine calibrates a residual against them; P/E and the
// debt rate stay well away from 0 because the engine divides by them.
const equityFields: Record<NumericKeys<EquityAssumptions>, Bound> = {
  earningsGrowth: { min: -20, max: 30, unit: '%/yr', label: 'long-run EPS growth' },
  cyclicality: { min: 0, max: 3, unit: '×', label: 'cyclicality (multiplier of the growth backdrop)' },
  interestBurden: { min: 0, max: 0.95, unit: 'share of operating profit', label: 'interest burden b' },
  debtRate: { min: 0.5, max: 30, unit: '%', label: 'average interest rate on debt i0' },
  floatingShare: { min: 0, max: 1, unit: 'share of debt', label: 'floating-rate share of debt' },
  refinanceRate: { min: 0, max: 1, unit: 'share per year', label: 'fixed-rate debt refinanced per year' },
  creditSpread: { min: 0, max: 20, unit: 'pp', label: 'credit spread on refinanced debt' },
  duration: { min: 0, max: 50, unit: 'years', label: 'effective duration' },
  startPE: { min: 1, max: 200, unit: '×', label: 'starting forward P/E' },
  longRunPE: { min: 1, max: 200, unit: '×', label: 'long-run forward P/E' },
  valuationHalfLife: { min: 0, max: 100, unit: 'years', label: 'valuation half-life (0 = off)' },
  dividendYield: { min: 0, max: 20, unit: '%/yr', label: 'dividend yield' },
  vol: { min: 1, max: 200, unit: '%/√yr', label: 'target volatility' },
  growthUncertainty: { min: 0, max: 10, unit: '%/yr', label: 'uncertainty of long-run EPS growth (sd)' },
};

function equityBounds<A extends 'smallCap' | 'largeCap'>(
  asset: A,
  name: string,
): Record<`${A}.${NumericKeys<EquityAssumptions>}`, Bound> {
  const out: Record<string, Bound> = {};
  for (const [field, bound] of Object.entries(equityFields)) {
    out[`${asset}.${field}`] = { ...bound, label: `${name} ${bound.label}` };
  }
  return out as Record<`${A}.${NumericKeys<EquityAssumptions>}`, Bound>;
}

/**
 * Accepted range, unit and label of every numeric scenario field; the validator and the controls
 * both read it, so a control never offers a value the validator rejects.
 */
export const BOUNDS: Readonly<Record<BoundKey, Readonly<Bound>>> = {
  seed: { min: 0, max: 4_294_967_295, unit: '', label: 'Random seed', integer: true },
  paths: { min: 100, max: 1_000_000, unit: 'paths', label: 'Number of paths', integer: true },
  months: { min: 6, max: 120, unit: 'months', label: 'Horizon', integer: true },

  'snapshot.policyRate': { min: 0, max: 20, unit: '%', label: 'Policy rate at the start' },
  'snapshot.tenYear': { min: -1, max: 20, unit: '%', label: '10-year yield at the start' },
  'snapshot.inflation': { min: -5, max: 25, unit: '% y/y', label: 'CPI inflation at the start' },
  'snapshot.smallCap': { min: 0.01, max: 1e9, unit: 'points', label: 'Russell 2000 at the start' },
  'snapshot.largeCap': { min: 0.01, max: 1e9, unit: 'points', label: 'S&P 500 at the start' },
  'snapshot.bitcoin': { min: 0.01, max: 1e9, unit: 'USD', label: 'Bitcoin at the start' },

  weight: { min: 0, max: 1, unit: 'probability', label: 'Branch weight' },

  'policy.decisions[].bp': { min: -1000, max: 1000, unit: 'bp', label: 'Rate decision' },
  'policy.surpriseVol': { min: 0, max: 5, unit: 'pp/√yr', label: 'Policy surprise volatility' },
  // Strictly positive: the OU variance divides by the reversion speed.
  'policy.surpriseReversion': { min: 0.01, max: 5, unit: 'per year', label: 'Policy surprise mean reversion' },
  'policy.inflationReaction': { min: 0, max: 1.5, unit: 'pp per pp', label: 'Fed reaction to inflation surprises' },
  'policy.lowerBound': { min: -2, max: 5, unit: '%', label: 'Effective lower bound' },
  'policy.neutralRate': { min: 0, max: 15, unit: '%', label: 'Neutral nominal rate' },
  'policy.neutralHalfLife': { min: 1, max: 600, unit: 'months', label: 'Half-life of convergence to neutral' },
  'policy.informationWeight': { min: 0, max: 1, unit: '', label: 'How much the market reads into the Fed’s moves (0 = insurance cuts)' },

  'inflation.target': { min: -5, max: 25, unit: '%', label: 'Inflation the path decays toward' },
  'inflation.persistence': { min: 0, max: 0.999, unit: 'per month', label: 'Inflation persistence' },
  'inflation.surpriseVol': { min: 0, max: 2, unit: 'pp per month', label: 'Inflation surprise volatility' },
  'inflation.shocks[].size': { min: -20, max: 20, unit: 'pp', label: 'Inflation shock size' },
  'inflation.shocks[].start': { min: 1, max: 120, unit: 'month', label: 'Inflation shock start', integer: true },
  'inflation.shocks[].duration': { min: 1, max: 120, unit: 'months', label: 'Inflation shock duration', integer: true },

  'yields.inflationBeta': { min: -1, max: 2, unit: 'pp per pp', label: 'Term premium response to inflation surprises' },
  'yields.termPremiumVol': { min: 0, max: 5, unit: 'pp/√yr', label: 'Term premium volatility' },
  'yields.termPremiumReversion': { min: 0.01, max: 5, unit: 'per year', label: 'Term premium mean reversion' },
  'yields.stockBondCorrelation': { min: -0.9, max: 0.9, unit: '', label: 'Correlation, S&P 500 returns vs 10-year changes' },
  'yields.shocks[].size': { min: -1000, max: 1000, unit: 'bp', label: '10-year yield shock size' },
  'yields.shocks[].start': { min: 1, max: 120, unit: 'month', label: '10-year yield shock start', integer: true },
  'yields.shocks[].halfLife': { min: 1, max: 600, unit: 'months', label: 'Half-life of a fading yield shock' },

  'backdrop.growthShock': { min: -50, max: 50, unit: 'pp', label: 'Extra EPS growth over the first year' },
  'backdrop.growthRiskPremium': { min: -5, max: 10, unit: 'pp', label: 'Equity risk premium from the backdrop' },
  'backdrop.riskAppetite': { min: -5, max: 10, unit: 'pp', label: 'Equity risk premium shift (risk appetite)' },
  'backdrop.inflationRiskPremium': { min: 0, max: 2, unit: 'pp per pp', label: 'Equity risk premium response to inflation surprises' },
  'backdrop.recoveryMonths': { min: 0, max: 240, unit: 'months', label: 'Recovery of a growth hit after its first year (0 = never)' },

  ...equityBounds('smallCap', 'Russell 2000'),
  ...equityBounds('largeCap', 'S&P 500'),

  'bitcoin.drift': { min: -100, max: 100, unit: '%/yr', label: 'Bitcoin expected log growth' },
  'bitcoin.rateSensitivity': { min: 0, max: 50, unit: 'years', label: 'Bitcoin sensitivity to real yields and risk premium' },
  'bitcoin.jumpIntensity': { min: 0, max: 12, unit: 'per year', label: 'Bitcoin crash frequency' },
  'bitcoin.jumpMean': { min: -2, max: 2, unit: 'log points', label: 'Bitcoin mean crash size' },
  'bitcoin.jumpVol': { min: 0, max: 1, unit: 'log points', label: 'Bitcoin crash size volatility' },
  'bitcoin.vol': { min: 1, max: 200, unit: '%/√yr', label: 'Bitcoin target volatility' },

  // Kept off ±1 so that a matrix that passes the positive-definite test is also well conditioned.
  'shocks.smallLarge': { min: -0.99, max: 0.99, unit: '', label: 'Correlation, Russell 2000 vs S&P 500' },
  'shocks.bitcoinLarge': { min: -0.99, max: 0.99, unit: '', label: 'Correlation, bitcoin vs S&P 500' },
  'shocks.bitcoinSmall': { min: -0.99, max: 0.99, unit: '', label: 'Correlation, bitcoin vs Russell 2000' },
  // Above 4.5 the t draw has a finite fourth moment; 1000 is Gaussian for every practical purpose.
  'shocks.tailDf': { min: 4.5, max: 1000, unit: 'degrees of freedom', label: 'Tail thickness ν (null = normal)' },
};

/** Limits on counts, lengths and versions that are not a numeric field's range. */
export const SCENARIO_LIMITS = {
  /** Versions validateScenario reads; older ones are migrated (migrateScenario). */
  supportedVersions: [1, 2] as readonly number[],
  maxBranches: 8,
  maxDecisions: 200,
  maxInflationShocks: 20,
  maxYieldShocks: 20,
  maxNameLength: 80,
  /** Weights must sum to 1 within this tolerance. */
  weightTolerance: 1e-6,
  /** Snapshot and decision dates must fall in these years. */
  firstYear: 1900,
  lastYear: 2100,
  /** A 3×3 correlation matrix is accepted when its determinant exceeds this (Cholesky stays stable). */
  minCorrelationDeterminant: 1e-6,
} as const;
