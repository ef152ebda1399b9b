/** What a run returns (MODEL §3): fan quantiles per month, risk figures and the attribution. */

/** The series a run summarises, in the order the app draws them. */
export const SERIES = [
  'smallCap',
  'largeCap',
  'bitcoin',
  'relative',
  'policyRate',
  'tenYear',
  'inflation',
] as const;
export type SeriesName = (typeof SERIES)[number];

/** The priced assets. */
export const ASSETS = ['smallCap', 'largeCap', 'bitcoin'] as const;
export type Asset = (typeof ASSETS)[number];

/** Quantile levels of the fan, matched index by index with `QUANTILE_KEYS`. */
export const QUANTILE_LEVELS = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95] as const;
export const QUANTILE_KEYS = ['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95'] as const;
export type QuantileKey = (typeof QUANTILE_KEYS)[number];

/**
 * One series' fan: for each key an array of length `months + 1` indexed by month (0 = snapshot).
 * Levels are in the series' own unit: points or USD for assets, 100 at month 0 for `relative`,
 * percent for rates and inflation.
 */
export type Fan = Record<QuantileKey | 'mean', Float64Array>;

/** The channels a month's log return is split into (MODEL §2.6, §2.7). */
export const EQUITY_CHANNELS = [
  'earnings', // long-run EPS growth, each path's growth draw included
  'backdrop', // the explicit growth backdrop's EPS hit and recovery
  'information', // what cuts beyond the priced path reveal about the economy: EPS and −D·ΔERP (MODEL §9.3)
  'financing', // news about interest costs on floating and refinanced debt (vs the priced path)
  'discountPolicy', // −D·Δ(expected policy path: news vs the priced path, and policy surprises)
  'discountTermPremium', // −D·Δ(term premium: yield shocks and noise), net of the noise's growth news
  'discountInflation', // inflation: −D·Δ(the Fed's anticipated reaction, long yields and ERP from inflation)
  'riskPremium', // −D·Δ(ERP from risk appetite and the explicit backdrop)
  'valuation', // the start P/E's gap to its long-run level closing
  'dividends', // dividend yield, total-return mode only
  'shocks', // residual Student-t shocks
] as const;
export const BITCOIN_CHANNELS = [
  'drift', // μB − λ·μJ
  'realRate', // −DB·Δ(10-year − inflation)
  'riskPremium', // −DB·ΔERP
  'jumps', // Poisson jumps
  'shocks', // residual Student-t shocks
] as const;
export type EquityChannel = (typeof EQUITY_CHANNELS)[number];
export type BitcoinChannel = (typeof BITCOIN_CHANNELS)[number];
export type Channel = EquityChannel | BitcoinChannel;

/** Mean over paths of each channel's contribution to the terminal log return. */
export interface Attribution {
  /** Contribution per channel (log points); only the asset's own channels are present. */
  channels: Partial<Record<Channel, number>>;
  /** Mean terminal log return; equals the sum of `channels` up to floating-point error. */
  total: number;
}

/** A simulated probability with its Monte Carlo standard error √(p(1−p)/n). */
export interface Probability {
  value: number;
  se: number;
}

/** Risk figures of one asset over the horizon; returns are simple returns as fractions. */
export interface AssetRisk {
  /** P(terminal return < 0). */
  probLoss: Probability;
  /** P(beating the comparison asset): small vs large, large vs small, bitcoin vs large. */
  probBeat: Probability;
  /** Drawdown threshold used by `probDrawdown`: 0.2 for equities, 0.5 for bitcoin. */
  drawdownThreshold: number;
  /** P(maximum drawdown over the horizon worse than the threshold). */
  probDrawdown: Probability;
  /** Median maximum drawdown, as a positive fraction. */
  medianMaxDrawdown: number;
  /** 95% value at risk of the terminal return, as a positive loss fraction. */
  var95: number;
  /** 95% conditional value at risk (expected shortfall), as a positive loss fraction. */
  cvar95: number;
  /** Median annualized return. */
  medianAnnualized: number;
  /** Annualized mean return, (E[P_T]/P_0)^(12/T) − 1. */
  meanAnnualized: number;
}

/** A histogram of terminal simple returns. */
export interface Histogram {
  /** Bin edges, length `counts.length + 1`, as simple returns (−0.3 = −30%). */
  edges: Float64Array;
  /** Share of paths in each bin (sums to 1 with the tails folded into the end bins). */
  density: Float64Array;
}

/** Diagnostics a careful reader wants to see next to the chart. */
export interface Diagnostics {
  /** TP0 = y0 − EH[0] of the first branch, pp; MODEL §2.5 expects roughly 0.6–0.8. */
  termPremium0: number;
  /** Calibrated residual vols (%/√yr) of the first branch. */
  residualVol: Record<Asset, number>;
  /** Plain-language notices (e.g. a correlation matrix repaired, a term premium far from history). */
  notices: string[];
}

/** Everything the charts draw. */
export interface Summary {
  months: number;
  paths: number;
  seed: number;
  /** Quantile accuracy statement, e.g. "exact" or "histogram, relative error < 0.05%". */
  quantileMethod: string;
  fans: Record<SeriesName, Fan>;
  /** Terminal distributions of the assets and of small vs large. */
  terminal: Record<Asset | 'relative', Histogram>;
  risk: Record<Asset, AssetRisk>;
  attribution: Record<Asset, Attribution>;
  diagnostics: Diagnostics;
}
