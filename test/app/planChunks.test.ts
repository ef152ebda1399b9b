import { describe, expect, it } from 'vitest';
import { batchSize, planBatches, planRun, previewChunksFor, previewChunksForRun } from '../../src/pool/planChunks.ts';
import { poolSize } from '../../src/pool/poolSize.ts';

describe('planChunks', () => {
  it('planBatches(from, to, size) covers [from, to) in order with no gaps', () => {
    expect(planBatches(3, 10, 3)).toEqual([
      { chunkStart: 3, chunkEnd: 6 },
      { chunkStart: 6, chunkEnd: 9 },
      { chunkStart: 9, chunkEnd: 10 },
    ]);
    expect(planBatches(5, 5, 2)).toEqual([]);
  });

  it.each([
    // months, remaining chunks, workers → chunks per call
    [24, 6, 2, 2],
    [24, 96, 2, 16],
    [24, 996, 4, 16],
    [120, 96, 2, 4],
    [120, 1, 2, 1],
    [6, 500, 2, 16],
  ])('batchSize(%i months, %i chunks left, %i workers) is %i', (months, remaining, workers, size) => {
    expect(batchSize(months, remaining, workers)).toBe(size);
  });

  it('planRun spreads the preview over the workers, then batches the rest', () => {
    const plan = planRun(12, 24, 2, 4);
    expect(plan.preview).toEqual([
      { chunkStart: 0, chunkEnd: 2 },
      { chunkStart: 2, chunkEnd: 4 },
    ]);
    expect(plan.rest).toEqual([
      { chunkStart: 4, chunkEnd: 6 },
      { chunkStart: 6, chunkEnd: 8 },
      { chunkStart: 8, chunkEnd: 10 },
      { chunkStart: 10, chunkEnd: 12 },
    ]);
    expect(planRun(3, 24, 2, 4)).toEqual({ preview: planBatches(0, 3, 2), rest: [] });
    expect(planRun(10, 24, 1, 4).preview).toEqual([{ chunkStart: 0, chunkEnd: 4 }]);
  });

  it.each([
    [undefined, 2],
    [1, 1],
    [2, 1],
    [4, 3],
    [16, 4],
  ])('poolSize(%s cores) is %i workers', (cores, size) => {
    expect(poolSize(cores)).toBe(size);
  });

  it('previewChunksForRun: a run of at most 250 thousand path-months asked outside a drag is one pass (all its chunks); a drag or a larger run previews as previewChunksFor', () => {
    expect(previewChunksForRun(10, 24, false)).toBe(10); // the default scenario: 240
    expect(previewChunksForRun(10, 24, true)).toBe(4);
    expect(previewChunksForRun(2, 120, false)).toBe(2); // 240
    expect(previewChunksForRun(3, 120, false)).toBe(1); // 360
    expect(previewChunksForRun(11, 24, false)).toBe(4); // 264
    expect(previewChunksForRun(100, 24, false)).toBe(4);
  });

  it('previewChunksFor keeps 4 chunks at the default horizon and fewer at long ones, never none', () => {
    expect([6, 24, 25, 36, 50, 51, 120].map(previewChunksFor)).toEqual([4, 4, 4, 2, 2, 1, 1]);
    expect(planRun(100, 120, 1).preview).toEqual([{ chunkStart: 0, chunkEnd: 1 }]);
    expect(planRun(100, 24, 1).preview).toEqual([{ chunkStart: 0, chunkEnd: 4 }]);
  });
});
