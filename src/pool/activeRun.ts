import type { Scenario } from '../model/index.ts';
import type { ChunkBatch } from './planChunks.ts';

/** The runner's state for one input: its plan, the partials in flight and held, and where it stands. */
export interface ActiveRun<P> {
  generation: number;
  key: string;
  scenario: Scenario;
  chunks: number;
  previewChunks: number;
  preview: ChunkBatch[];
  rest: ChunkBatch[];
  /** The preview's finished batches by first chunk, held apart until the preview is summarized. */
  parts: Map<number, { batch: ChunkBatch; part: P }>;
  /** Finished partials not yet merged into `merged`. */
  pending: P[];
  /** All other finished chunks merged into one partial (null before the first). */
  merged: P | null;
  /** True while `merged` and some pending partials are being merged in a worker. */
  merging: boolean;
  doneChunks: number;
  donePaths: number;
  inFlight: number;
  wantFull: boolean;
  previewAsked: boolean;
  /** True while the preview's partials are lent to a worker (moved, not copied) for summarizing. */
  partsLent: boolean;
  fullAsked: boolean;
  failed: boolean;
  /** True while the full run waits for the user to accept the estimate. */
  awaitingConfirm: boolean;
}
