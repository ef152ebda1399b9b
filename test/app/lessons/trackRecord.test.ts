import { describe, expect, it } from 'vitest';
import { REPLAYS } from '../../../src/model/index.ts';
import { bandHeld } from '../../../src/lessons/bandHeld.ts';
import { brierScore, COIN_FLIP_BRIER } from '../../../src/lessons/brierScore.ts';
import { replayProbes, trackRecordRow, type TrackRecordRow } from '../../../src/lessons/trackRecordRow.ts';
import { trackRecordTable } from '../../../src/lessons/trackRecordTable.ts';
import { trackRecordTally } from '../../../src/lessons/trackRecordTally.ts';
import type { ScenarioDigest } from '../../../src/lessons/scenarioDigest.ts';

const band = { p5: -0.2, p25: -0.05, p50: 0.05, p75: 0.15, p95: 0.3 };

function digest(p: number, percentiles: [number, number]): ScenarioDigest {
  return {
    paths: 10_000,
    months: 12,
    probSmallBeats: { value: p, se: Math.sqrt((p * (1 - p)) / 10_000) },
    bands: { smallCap: band, largeCap: band, bitcoin: band },
    percentiles,
  };
}

describe('bandHeld(percentile)', () => {
  it.each([
    [4.99, false],
    [5, true],
    [50, true],
    [95, true],
    [95.01, false],
    [Number.NaN, false],
  ])('%d is inside the 5–95%% band: %s', (percentile, inside) => {
    expect(bandHeld(percentile)).toBe(inside);
  });
});

describe('brierScore(forecasts, outcomes)', () => {
  it('is the mean squared distance between each forecast and its 0/1 outcome', () => {
    expect(brierScore([0.8, 0.3], [true, false])).toBeCloseTo((0.04 + 0.09) / 2, 12);
  });
  it('is 0.25 for a coin flip whatever happens, and 0 for certain right answers', () => {
    expect(brierScore([0.5, 0.5, 0.5], [true, false, false])).toBe(COIN_FLIP_BRIER);
    expect(brierScore([1, 0], [true, false])).toBe(0);
  });
  it('is NaN without forecasts and refuses mismatched lists', () => {
    expect(brierScore([], [])).toBeNaN();
    expect(() => brierScore([0.5], [])).toThrow();
  });
});

describe('the track record of the six replays', () => {
  it('probes each replay at its realized 12-month levels (levels start at 100)', () => {
    const replay = REPLAYS[0]!;
    expect(replayProbes(replay)).toEqual([
      { series: 'smallCap', month: 12, value: 100 * (1 + replay.realized.smallCap) },
      { series: 'largeCap', month: 12, value: 100 * (1 + replay.realized.largeCap) },
    ]);
  });

  it('trackRecordRow joins the replay with the digest: odds, bands, realized returns and their percentiles', () => {
    const replay = REPLAYS[4]!;
    const row = trackRecordRow(replay, digest(0.6, [3, 40]));
    expect(row.probSmallBeats.value).toBe(0.6);
    expect(row.smallBeatLarge).toBe(replay.realized.smallBeatLarge);
    expect(row.outcomes.smallCap).toEqual({ band, realized: replay.realized.smallCap, percentile: 3 });
    expect(row.outcomes.largeCap.percentile).toBe(40);
  });

  it('trackRecordTally counts small-cap wins (2 of the 6 cycles), outcomes inside the band and the Brier score', () => {
    const percentiles: [number, number][] = [[50, 50], [2, 60], [97, 10], [30, 99], [5, 95], [50, 50]];
    const probs = [0.6, 0.5, 0.4, 0.7, 0.55, 0.45];
    const rows: TrackRecordRow[] = REPLAYS.map((replay, i) => trackRecordRow(replay, digest(probs[i]!, percentiles[i]!)));
    const tally = trackRecordTally(rows);
    expect(tally.cycles).toBe(6);
    expect(tally.smallWins).toBe(2);
    expect(tally.outcomes).toBe(12);
    expect(tally.inside).toBe(9); // 2 + 1 + 1 + 1 + 2 + 2
    const expected = rows.reduce((sum, row, i) => sum + (probs[i]! - (row.smallBeatLarge ? 1 : 0)) ** 2, 0) / 6;
    expect(tally.brier).toBeCloseTo(expected, 12);
    expect(tally.coinFlip).toBe(0.25);
  });

  it('trackRecordTable writes each realized percentile as an English ordinal (1st, 62nd, 41st, 13th), rounded as shown', () => {
    const percentiles: [number, number][] = [[1.2, 62], [41, 13], [2.5, 3.4], [22, 11], [50, 50], [99, 100]];
    const rows = REPLAYS.map((replay, i) => trackRecordRow(replay, digest(0.5, percentiles[i]!)));
    const cells = trackRecordTable(rows).rows.map((row) => [row.cells[4], row.cells[7]]);
    expect(cells).toEqual([['1st', '62nd'], ['41st', '13th'], ['3rd', '3rd'], ['22nd', '11th'], ['50th', '50th'], ['99th', '100th']]);
  });
});
