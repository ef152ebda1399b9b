import { describe, expect, it } from 'vitest';
import { kernelTiming } from '../../src/model/kernelTiming.ts';
import { simulatePartial } from '../../src/model/simulatePartial.ts';
import { expectIdenticalPartials } from './expectIdenticalPartials.ts';
import { twoBranchScenario } from './twoBranchScenario.ts';

/** Two branches, three chunks (the last one short), 24 months. */
const scenario = () => twoBranchScenario(2_500, 0.4);

describe('kernel timing (benchmarks)', () => {
  it('a timed run gives the same partial, bit for bit, as an untimed one', () => {
    const s = scenario();
    const plain = simulatePartial(s);
    const timed = simulatePartial(s, { timing: kernelTiming(() => performance.now()) });
    expectIdenticalPartials(timed, plain);
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
