import type { SimulationPartial } from '../model/index.ts';
import { RUN_BUDGET } from '../pool/runEstimate.ts';
import { SimulationRunner } from '../pool/runner.svelte.ts';
import { simulationChunkSpec } from '../pool/simulationChunkSpec.ts';
import { workerBackend } from '../pool/workerBackend.ts';

/**
 * A runner for the pinned scenario A on one worker of its own, so recomputing A never cancels or
 * queues behind the main runner's work on B (same chunks and seeds, so the same numbers). It keeps
 * the app's run budget: A usually comes from a link (`a=`) whose cost nobody here has accepted, so a
 * costly A asks first, like the same scenario in `s=`.
 */
export function compareRunner(): SimulationRunner<SimulationPartial> {
  return new SimulationRunner(() => workerBackend(1), { ...simulationChunkSpec, budget: RUN_BUDGET });
}
