import type { Replay } from '../model/index.ts';
import type { DigestProbe, HorizonBand, ScenarioDigest } from './scenarioDigest.ts';

/** The two indices the track record scores: each cycle gives one outcome for each. */
export const SCORED_INDICES = ['smallCap', 'largeCap'] as const;
export type ScoredIndex = (typeof SCORED_INDICES)[number];

/** One index in one cycle: the model's band, what happened and where that fell. */
export interface IndexOutcome {
  band: HorizonBand;
  /** The realized 12-month return (0.222 = +22.2%). */
  realized: number;
  /** Percentile of the realized return in the model's distribution, 0–100. */
  percentile: number;
}

/** One row of the track record: a past cycle, the model's odds and what happened. */
export interface TrackRecordRow {
  id: string;
  title: string;
  firstCut: string;
  /** The model's P(small beats large) with its Monte Carlo standard error. */
  probSmallBeats: { value: number; se: number };
  smallBeatLarge: boolean;
  outcomes: Record<ScoredIndex, IndexOutcome>;
  paths: number;
}

/** The probes a replay's run is asked for: each scored index's realized level at month 12 (levels start at 100). */
export function replayProbes(replay: Replay): DigestProbe[] {
  return SCORED_INDICES.map((series) => ({ series, month: replay.realized.months, value: 100 * (1 + replay.realized[series]) }));
}

/** Joins a replay with the digest of its run (probed with `replayProbes`) into a track-record row. */
export function trackRecordRow(replay: Replay, digest: ScenarioDigest): TrackRecordRow {
  const outcome = (series: ScoredIndex, i: number): IndexOutcome => ({
    band: digest.bands[series],
    realized: replay.realized[series],
    percentile: digest.percentiles[i] ?? Number.NaN,
  });
  return {
    id: replay.id,
    title: replay.title,
    firstCut: replay.firstCut,
    probSmallBeats: digest.probSmallBeats,
    smallBeatLarge: replay.realized.smallBeatLarge,
    outcomes: { smallCap: outcome('smallCap', 0), largeCap: outcome('largeCap', 1) },
    paths: digest.paths,
  };
}
