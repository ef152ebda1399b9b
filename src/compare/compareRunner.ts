import type { SimulationPartial } from '../model/index.ts';
import { RUN_BUDGET, SimulationRunner } from '../pool/runner.svelte.ts';
import { simulationChunkSpec } from '../pool/simulationChunkSpec.ts';
import { workerBackend } from '../pool/workerBackend.ts';

/**
 * A runner for the pinned scenario A on one worker of its own, so recomputing A never cancels or
 * queues behind the main runner's work on B (same chunks and seeds, so the same numbers).
 */
export function compareRunner(): SimulationRunner<SimulationPartial> {
  // A was already run (and its cost accepted) when it was pinned: only the memory limit still asks.
  const budget = { seconds: Number.POSITIVE_INFINITY, bytes: RUN_BUDGET.bytes };
  return new SimulationRunner(() => workerBackend(1), { ...simulationChunkSpec, budget });
}
