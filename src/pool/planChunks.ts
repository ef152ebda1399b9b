/** A half-open range of chunk indices [chunkStart, chunkEnd) sent to one worker in one call. */
export interface ChunkBatch {
  chunkStart: number;
  chunkEnd: number;
}

/** Chunks in the quick preview: 3 × 1,000 paths gives readable fans in a few tens of ms. */
export const PREVIEW_CHUNKS = 3;

/**
 * Chunks per worker call after the preview: about 100k path-months, so a batch takes tens of ms
 * and a cancelled run frees the pool quickly.
 */
export function batchSize(months: number): number {
  return Math.max(1, Math.min(8, Math.floor(100 / Math.max(1, months))));
}

/** Splits chunks [from, to) into batches of at most `size` chunks, in chunk order. */
export function planBatches(from: number, to: number, size: number): ChunkBatch[] {
  const batches: ChunkBatch[] = [];
  for (let start = from; start < to; start += size) {
    batches.push({ chunkStart: start, chunkEnd: Math.min(to, start + size) });
  }
  return batches;
}

/** The batches of a run: the preview's chunks one by one (spread over the pool), then the rest. */
export function planRun(totalChunks: number, months: number, previewChunks = PREVIEW_CHUNKS): {
  preview: ChunkBatch[];
  rest: ChunkBatch[];
} {
  const previewEnd = Math.min(totalChunks, previewChunks);
  return {
    preview: planBatches(0, previewEnd, 1),
    rest: planBatches(previewEnd, totalChunks, batchSize(months)),
  };
}
