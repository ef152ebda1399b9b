import { CHUNK_PATHS, chunkCount, type SimulationPartial } from '../model/index.ts';
import { SimulationRunner } from '../pool/runner.svelte.ts';
import { workerBackend } from '../pool/workerBackend.ts';

/**
 * A runner for the pinned scenario A on one worker of its own, so recomputing A never cancels or
 * queues behind the main runner's work on B (same chunks and seeds, so the same numbers).
 */
export function compareRunner(): SimulationRunner<SimulationPartial> {
  return new SimulationRunner(() => workerBackend(1), { chunkCount, chunkPaths: CHUNK_PATHS });
}
