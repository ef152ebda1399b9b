import { describe, expect, it } from 'vitest';
import { defaultBranch, defaultScenario } from '../../src/model/defaultScenario.ts';
import { kernelTiming } from '../../src/model/kernelTiming.ts';
import { simulatePartial } from '../../src/model/simulatePartial.ts';
import type { Scenario } from '../../src/model/scenario.ts';

/** Two branches, three chunks (the last one short), 24 months. */
function scenario(): Scenario {
  const s = defaultScenario();
  s.paths = 2_500;
  const other = defaultBranch();
  other.name = 'No cuts';
  other.weight = 0.4;
  other.policy.decisions = [];
  s.branches[0].weight = 0.6;
  s.branches.push(other);
  return s;
}

describe('kernel timing (benchmarks)', () => {
  it('a timed run gives the same partial, bit for bit, as an untimed one', () => {
    const s = scenario();
    const plain = simulatePartial(s);
    const timed = simulatePartial(s, { timing: kernelTiming(() => performance.now()) });
    expect(Array.from(timed.counts)).toEqual(Array.from(plain.counts));
    expect(Array.from(timed.sums)).toEqual(Array.from(plain.sums));
    expect(Array.from(timed.riskCounts)).toEqual(Array.from(plain.riskCounts));
    expect(Array.from(timed.drawdownCounts)).toEqual(Array.from(plain.drawdownCounts));
  });

  it('each month-step of each branch group adds one clock interval to draws, dynamics and accumulation; each group adds one more for its terminal accounting', () => {
    const s = scenario();
    let ticks = 0;
    const timing = kernelTiming(() => ticks++); // a clock that advances 1 per read
    simulatePartial(s, { timing });
    const groups = 3 * 2; // 3 chunks × 2 branches: with 1,000 paths a chunk, both branches occur in each
    expect(timing.draws).toBe(groups * s.months);
    expect(timing.dynamics).toBe(groups * s.months);
    expect(timing.accumulation).toBe(groups * (s.months + 1));
  });

  it('adds to the record it is given, so one record can time several calls', () => {
    const s = scenario();
    let ticks = 0;
    const timing = kernelTiming(() => ticks++);
    simulatePartial(s, { timing, chunkStart: 0, chunkEnd: 1 });
    const first = timing.draws;
    simulatePartial(s, { timing, chunkStart: 1, chunkEnd: 3 });
    expect(first).toBe(2 * s.months);
    expect(timing.draws).toBe(3 * first);
  });
});
