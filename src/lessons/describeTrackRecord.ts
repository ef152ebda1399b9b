import type { TrackRecordTally } from './trackRecordTally.ts';

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A small count in words ("two"), larger ones in digits. */
export function countWord(n: number): string {
  return WORDS[n] ?? String(n);
}

/**
 * The track record in sentences a student follows: who won, how often the bands held (against
 * the nine in ten a 5–95% band should hold), and the Brier score against a coin flip.
 */
export function describeTrackRecord(tally: TrackRecordTally): string[] {
  const expected = Math.round(0.9 * tally.outcomes);
  const brier = tally.brier.toFixed(3);
  const verdict =
    Math.abs(tally.brier - tally.coinFlip) < 0.005
      ? 'about the same as'
      : tally.brier < tally.coinFlip
        ? 'better than'
        : 'worse than';
  return [
    `Small caps beat large caps in ${countWord(tally.smallWins)} of the ${countWord(tally.cycles)} cutting cycles since 1995: a Fed that cuts is no promise that small caps win.`,
    `The model's 5–95% band held ${tally.inside} of ${tally.outcomes} outcomes (each cycle's Russell 2000 and S&P 500). A band that wide should hold about 9 in 10, so about ${expected} of ${tally.outcomes}.`,
    `Its odds that small caps win score ${brier} on the Brier scale (the average squared miss; 0 is perfect), against 0.250 for a coin flip that always says 50%: ${verdict} a coin flip.`,
  ];
}
