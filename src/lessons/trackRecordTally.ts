import { bandHeld } from './bandHeld.ts';
import { brierScore, COIN_FLIP_BRIER } from './brierScore.ts';
import { SCORED_INDICES, type TrackRecordRow } from './trackRecordRow.ts';

/** The track record in a few counts: who won, how often the bands held, and the Brier score. */
export interface TrackRecordTally {
  cycles: number;
  /** Cycles in which the Russell 2000 beat the S&P 500. */
  smallWins: number;
  /** Realized outcomes (two per cycle) and how many fell inside the model's 5–95% band. */
  outcomes: number;
  inside: number;
  /** Brier score of the model's P(small beats large); lower is better. */
  brier: number;
  /** The coin flip's Brier score, 0.25, to compare with. */
  coinFlip: number;
}

/** Counts the rows: small-cap wins, outcomes inside the 5–95% band, and the Brier score against a coin flip. */
export function trackRecordTally(rows: readonly TrackRecordRow[]): TrackRecordTally {
  let inside = 0;
  for (const row of rows) for (const index of SCORED_INDICES) if (bandHeld(row.outcomes[index].percentile)) inside++;
  return {
    cycles: rows.length,
    smallWins: rows.filter((row) => row.smallBeatLarge).length,
    outcomes: rows.length * SCORED_INDICES.length,
    inside,
    brier: brierScore(rows.map((row) => row.probSmallBeats.value), rows.map((row) => row.smallBeatLarge)),
    coinFlip: COIN_FLIP_BRIER,
  };
}
