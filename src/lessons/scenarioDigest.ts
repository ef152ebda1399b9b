import type { Asset, Probability, SeriesName, Summary } from '../model/index.ts';

/** A realized value whose percentile in the run's distribution is wanted (series units, at a month). */
export interface DigestProbe {
  series: SeriesName;
  month: number;
  value: number;
}

/** The horizon's 5th, 25th, 50th, 75th and 95th percentile of an asset, as simple returns from the start. */
export interface HorizonBand {
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

/** What the lesson views need from one run: a few numbers instead of the whole summary. */
export interface ScenarioDigest {
  paths: number;
  months: number;
  /** P(the Russell 2000 ends ahead of the S&P 500) with its Monte Carlo standard error. */
  probSmallBeats: Probability;
  /** Each asset's band at the horizon, as returns (0.1 = +10%). */
  bands: Record<Asset, HorizonBand>;
  /** The percentile (0–100) of each probe, in the order asked. */
  percentiles: number[];
}

const KEYS = ['p5', 'p25', 'p50', 'p75', 'p95'] as const;

/** Reduces a summary (and the probes' percentiles, computed from its partial) to a digest. */
export function digestOf(summary: Summary, percentiles: number[]): ScenarioDigest {
  const m = summary.months;
  const band = (asset: Asset): HorizonBand => {
    const fan = summary.fans[asset];
    const start = fan.p50[0];
    const out = {} as HorizonBand;
    for (const key of KEYS) out[key] = fan[key][m] / start - 1;
    return out;
  };
  return {
    paths: summary.paths,
    months: m,
    probSmallBeats: { ...summary.risk.smallCap.probBeat },
    bands: { smallCap: band('smallCap'), largeCap: band('largeCap'), bitcoin: band('bitcoin') },
    percentiles,
  };
}
