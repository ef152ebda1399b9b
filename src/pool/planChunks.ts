/** A half-open range of chunk indices [chunkStart, chunkEnd) sent to one worker in one call. */
export interface ChunkBatch {
  chunkStart: number;
  chunkEnd: number;
}

/** Chunks in the quick preview at the default horizon: 4 × 1,000 paths gives readable fans in one round of the pool. */
export const PREVIEW_CHUNKS = 4;

/** Path-months (in thousands) a preview may cost, so that it stays near 100 ms at any horizon. */
const PREVIEW_PATH_MONTHS = 100;

/**
 * Chunks in the quick preview of a horizon: 4 up to 25 months, fewer beyond (2 at 36 months, 1 from
 * 51), because the kernel's cost grows with months and the preview must keep up with a drag.
 */
export function previewChunksFor(months: number): number {
  return Math.max(1, Math.min(PREVIEW_CHUNKS, Math.floor(PREVIEW_PATH_MONTHS / Math.max(1, months))));
}

/**
 * Path-months (in thousands) up to which a run asked outside a drag skips the preview: it is one
 * pass, summarized and drawn once. The default scenario (10,000 × 24) is 240: its whole run costs
 * ~2.4 previews, and drawing every chart twice at start-up cost more main-thread time than the
 * earlier first paint saved. A drag still previews (its previews must keep up with the pointer).
 */
export const ONE_PASS_PATH_MONTHS = 250;

/** Chunks of a run's preview: all of them (no separate preview) for a small run outside a drag. */
export function previewChunksForRun(totalChunks: number, months: number, interacting: boolean): number {
  if (!interacting && totalChunks * Math.max(1, months) <= ONE_PASS_PATH_MONTHS) return totalChunks;
  return previewChunksFor(months);
}

/**
 * Chunks per worker call after the preview. Each call pays a fixed set-up cost (preparing the
 * scenario, tens of ms), so batches are as large as progress allows — about two per worker — but
 * capped near 500 path-months ×1,000 so a cancelled run frees the pool within a few hundred ms.
 */
export function batchSize(months: number, remainingChunks: number, workers: number): number {
  const cap = Math.max(1, Math.min(16, Math.floor(480 / Math.max(1, months))));
  const even = Math.ceil(remainingChunks / Math.max(1, 2 * workers));
  return Math.max(1, Math.min(cap, even));
}

/** Splits chunks [from, to) into batches of at most `size` chunks, in chunk order. */
export function planBatches(from: number, to: number, size: number): ChunkBatch[] {
  const batches: ChunkBatch[] = [];
  for (let start = from; start < to; start += size) {
    batches.push({ chunkStart: start, chunkEnd: Math.min(to, start + size) });
  }
  return batches;
}

/** The batches of a run: the preview spread evenly over the workers, then the rest. */
export function planRun(
  totalChunks: number,
  months: number,
  workers: number,
  previewChunks = previewChunksFor(months),
): { preview: ChunkBatch[]; rest: ChunkBatch[] } {
  const previewEnd = Math.min(totalChunks, previewChunks);
  const rest = totalChunks - previewEnd;
  return {
    preview: planBatches(0, previewEnd, Math.max(1, Math.ceil(previewEnd / Math.max(1, workers)))),
    rest: planBatches(previewEnd, totalChunks, batchSize(months, rest, workers)),
  };
}
