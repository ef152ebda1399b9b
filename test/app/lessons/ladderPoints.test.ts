import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../src/model/index.ts';
import { ladderGrid } from '../../../src/lessons/ladderGrid.ts';
import { describeLadder, ladderCsv, ladderPoints, stepLabel, stepTick } from '../../../src/lessons/ladderPoints.ts';
import { medianSe } from '../../../src/lessons/medianSe.ts';
import type { ScenarioDigest } from '../../../src/lessons/scenarioDigest.ts';

const band = (p50: number) => ({ p5: p50 - 0.3, p25: p50 - 0.1, p50, p75: p50 + 0.1, p95: p50 + 0.3 });
const digest = (p: number, small: number, large: number): ScenarioDigest => ({
  paths: 3000,
  months: 24,
  probSmallBeats: { value: p, se: 0.009 },
  bands: { smallCap: band(small), largeCap: band(large), bitcoin: band(0) },
  percentiles: [],
});

describe('ladderPoints(rungs, digests)', () => {
  const rungs = ladderGrid(defaultScenario());
  it('joins each computed rung with its odds and medians (with the median’s SE), and leaves out rungs not yet in', () => {
    const digests = rungs.map((rung, i) => (i % 2 === 0 ? digest(0.5 - rung.step / 100, 0.05, 0.04) : null));
    const points = ladderPoints(rungs, digests);
    expect(points).toHaveLength(digests.filter(Boolean).length);
    expect(points[0]).toEqual({
      axis: 'moves',
      step: -4,
      paths: 3000,
      odds: { value: 0.54, se: 0.009 },
      smallMedian: { value: 0.05, se: medianSe(-0.05, 0.15, 3000) },
      largeMedian: { value: 0.04, se: medianSe(-0.06, 0.14, 3000) },
    });
  });

  it('describeLadder reads the odds at four cuts, now and four hikes, and at ±100 bp on the 10-year', () => {
    const points = ladderPoints(rungs, rungs.map((rung) => digest(0.5 - (rung.axis === 'moves' ? rung.step : rung.step / 25) / 100, 0.05, 0.04)));
    const [moves, tenYear] = describeLadder(points);
    expect(moves).toContain('a 50% chance');
    expect(moves).toContain('With four extra cuts it is 54%; with four extra hikes, 46%.');
    expect(tenYear).toContain('A 10-year yield 100 bp lower gives small caps 54%; 100 bp higher, 46%.');
    expect(ladderCsv(points).split('\r\n')).toHaveLength(rungs.length + 2);
  });
});

describe('stepLabel and stepTick', () => {
  it.each([
    ['moves', -1, '1 extra cut', '−1'],
    ['moves', -4, '4 extra cuts', '−4'],
    ['moves', 2, '2 extra hikes', '+2'],
    ['moves', 0, 'the path as set', 'now'],
    ['tenYear', -50, '−50 bp on the 10-year', '−50'],
    ['tenYear', 100, '+100 bp on the 10-year', '+100'],
  ] as const)('%s %d reads “%s” (tick %s)', (axis, step, label, tick) => {
    expect(stepLabel(axis, step)).toBe(label);
    expect(stepTick(step)).toBe(tick);
  });
});
