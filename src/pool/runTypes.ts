import type { Scenario, Summary } from '../model/index.ts';

/**
 * Where the runner is: working, showing a preview while the user drags, finished, failed, waiting
 * for the user to confirm a run over budget, or cancelled by the user.
 */
export type RunStatus = 'idle' | 'running' | 'preview' | 'done' | 'error' | 'confirm' | 'cancelled';

/** A published result: the summary, the merged partial behind it and the scenario that made it. */
export interface RunResult<P> {
  scenario: Scenario;
  summary: Summary;
  partial: P;
  /** True when every path of the scenario is in; false for a preview. */
  complete: boolean;
  generation: number;
}

/** How the runner counts chunks and their paths (the model's chunkCount and CHUNK_PATHS). */
export interface ChunkSpec<P = unknown> {
  chunkCount(scenario: Scenario): number;
  chunkPaths: number;
  /** A fixed preview size in chunks (tests); by default previewChunksForRun decides per run. */
  previewChunks?: number;
  /** Bytes of a partial (for the memory estimate); measured from the first partial that arrives. */
  partialBytes?(part: P): number;
  /** Limits above which a full run waits for confirm(); RUN_BUDGET by default. */
  budget?: { seconds: number; bytes: number };
}
