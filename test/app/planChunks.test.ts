import { describe, expect, it } from 'vitest';
import { batchSize, planBatches, planRun } from '../../src/pool/planChunks.ts';
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
    [6, 8],
    [24, 4],
    [60, 1],
    [120, 1],
  ])('batchSize(%i months) is %i chunks', (months, size) => {
    expect(batchSize(months)).toBe(size);
  });

  it('planRun sends the preview chunk by chunk, then the rest in batches', () => {
    const plan = planRun(12, 24, 3);
    expect(plan.preview.map((b) => b.chunkStart)).toEqual([0, 1, 2]);
    expect(plan.rest).toEqual([
      { chunkStart: 3, chunkEnd: 7 },
      { chunkStart: 7, chunkEnd: 11 },
      { chunkStart: 11, chunkEnd: 12 },
    ]);
    expect(planRun(2, 24, 3)).toEqual({ preview: planBatches(0, 2, 1), rest: [] });
  });

  it.each([
    [undefined, 2],
    [1, 1],
    [2, 2],
    [16, 4],
  ])('poolSize(%s cores) is %i workers', (cores, size) => {
    expect(poolSize(cores)).toBe(size);
  });
});
