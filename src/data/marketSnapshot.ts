/**
 * A dated market snapshot: the levels a run starts from, with where each number comes from.
 *
 * Written by `npm run data:update` (scripts/marketData/) into marketSnapshots.json; the first one
 * is the December 2025 story's. Units follow the scenario: rates and inflation in percent, index
 * levels in points, bitcoin in USD.
 */

/** One value with the date it was observed on in its source and the source's name. */
export interface SourcedValue {
  value: number;
  /** ISO date of the observation (for monthly CPI, the first day of its month). */
  date: string;
  /** Where the value comes from, e.g. "FRED DGS10 (Board of Governors, H.15)". */
  source: string;
}

/** The fed funds target range. */
export interface PolicyRange {
  lower: number;
  upper: number;
  /** ISO date the range was in effect on. */
  date: string;
  source: string;
}

/** The policy path priced in fed funds futures/OIS on the snapshot date, meeting by meeting. */
export interface PricedPath {
  /** Priced decisions (holds left out), bp per meeting date. */
  decisions: { date: string; bp: number }[];
  date: string;
  source: string;
}

/** The FOMC's median projection of the fed funds rate (Summary of Economic Projections). */
export interface SepMedian {
  /** Median end-of-year rate by calendar year, %. */
  endOfYear: { year: number; value: number }[];
  /** Median longer-run rate, %. */
  longerRun: number;
  /** ISO date of the SEP release (the meeting's second day). */
  date: string;
  source: string;
}

/** One dated snapshot of the markets. */
export interface MarketSnapshot {
  /** ISO date of the market levels: month 0 of a run started from this snapshot. */
  date: string;
  /** A short name, e.g. "December 2025". */
  label: string;
  policyRange: PolicyRange;
  /** 10-year Treasury yield, %. */
  tenYear: SourcedValue;
  /** CPI inflation, % year on year. */
  inflation: SourcedValue;
  /** Russell 2000 close, points. */
  smallCap: SourcedValue;
  /** S&P 500 close, points. */
  largeCap: SourcedValue;
  /** Bitcoin, USD. */
  bitcoin: SourcedValue;
  /** The market's priced path, or null when no public source was available for this snapshot. */
  pricedPath: PricedPath | null;
  sepMedian: SepMedian;
}

/** The file the updater writes and the app reads. */
export interface MarketSnapshotFile {
  snapshots: MarketSnapshot[];
}
