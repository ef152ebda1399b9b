import { describe, expect, it } from 'vitest';
import { chunkCount } from '../../src/model/chunkCount.ts';
import { mergePartials } from '../../src/model/mergePartials.ts';
import { partialTransferables, type SimulationPartial } from '../../src/model/simulationPartial.ts';
import { simulatePartial } from '../../src/model/simulatePartial.ts';
import { simulate } from '../../src/model/simulate.ts';
import { summarize } from '../../src/model/summarize.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { expectIdenticalPartials } from './expectIdenticalPartials.ts';
import { twoBranchScenario } from './twoBranchScenario.ts';

function scenario(): Scenario {
  return twoBranchScenario(10_000, 0.3);
}

describe('determinism (MODEL §4, §7.6)', () => {
  const s = scenario();
  const whole = simulatePartial(s);

  it.each([
    ['2 groups', [[0, 5], [5, 10]]],
    ['4 groups', [[0, 3], [3, 5], [5, 8], [8, 10]]],
    ['uneven groups merged out of order', [[3, 10], [0, 3]]],
  ])('simulatePartial over chunk ranges merged in %s equals the single run bit for bit', (_, ranges) => {
    const parts = (ranges as number[][]).map(([chunkStart, chunkEnd]) => simulatePartial(s, { chunkStart, chunkEnd }));
    const merged = mergePartials(parts);
    expectIdenticalPartials(merged, whole);
    expect(summarize(s, merged)).toEqual(summarize(s, whole));
  });

  it('mergePartials of one partial is a copy with the same bits that shares no buffer with it', () => {
    const part = simulatePartial(s, { chunkStart: 0, chunkEnd: 1 });
    const merged = mergePartials([part]);
    expectIdenticalPartials(merged, part);
    expect(merged.counts.buffer).not.toBe(part.counts.buffer);
    expect(merged.drawdownCounts.buffer).not.toBe(part.drawdownCounts.buffer);
  });

  it('merging is associative: ((a+b)+c) equals (a+(b+c))', () => {
    const [a, b, c] = [[0, 2], [2, 7], [7, 10]].map(([chunkStart, chunkEnd]) => simulatePartial(s, { chunkStart, chunkEnd }));
    expectIdenticalPartials(mergePartials([mergePartials([a, b]), c]), mergePartials([a, mergePartials([b, c])]));
  });

  it('the same seed gives identical summaries and a different seed different ones', () => {
    const small = { ...s, paths: 2_000 };
    expect(simulate(small)).toEqual(simulate(small));
    const other = simulate({ ...small, seed: small.seed + 1 });
    expect(other.fans.largeCap.p50[12]).not.toBe(simulate(small).fans.largeCap.p50[12]);
  });

  it('the partial size depends on months and branches, not on the number of paths', () => {
    const bytes = (p: SimulationPartial) => partialTransferables(p).reduce((n, b) => n + b.byteLength, 0);
    const a = simulatePartial({ ...s, paths: 1_000 });
    const b = simulatePartial({ ...s, paths: 5_000 });
    expect(bytes(a)).toBe(bytes(b));
    expect(chunkCount({ ...s, paths: 5_500 })).toBe(6);
  });

  it('an aborted signal stops the run between chunks with an AbortError', () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = () => simulatePartial(s, {
      signal: controller.signal,
      onProgress: (done) => {
        seen.push(done);
        if (done >= 2_000) controller.abort();
      },
    });
    expect(run).toThrowError(expect.objectContaining({ name: 'AbortError' }));
    expect(seen).toEqual([1_000, 2_000]);
  });

  it('onProgress reports increasing paths done, ending at the paths of the requested chunks', () => {
    const calls: [number, number][] = [];
    simulatePartial({ ...s, paths: 3_500 }, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([[1_000, 3_500], [2_000, 3_500], [3_000, 3_500], [3_500, 3_500]]);
    const ranged: [number, number][] = [];
    simulatePartial(s, { chunkStart: 2, chunkEnd: 4, onProgress: (done, total) => ranged.push([done, total]) });
    expect(ranged).toEqual([[1_000, 2_000], [2_000, 2_000]]);
  });
});
