import type { Scenario } from './scenario.ts';
import { CHUNK_PATHS, chunkCount } from './chunkCount.ts';
import { chunkStreams } from './chunkStreams.ts';
import { addExact, EXACT_LIMBS } from './exactSum.ts';
import type { PreparedScenario } from './prepareScenario.ts';
import { preparedFor } from './preparedFor.ts';
import type { ChunkSums } from './chunkSums.ts';
import { runBranchGroup, type StepHook } from './runBranchGroup.ts';
import { ATTRIBUTION_LENGTH, attributionIndex, emptyPartial, type SimulationPartial } from './simulationPartial.ts';
import type { SimulateOptions } from './simulateOptions.ts';
import { SERIES } from './summary.ts';

/** Simulates the chunks [chunkStart, chunkEnd) of a scenario into a mergeable, path-count-free partial. */
export function simulatePartial(scenario: Scenario, options: SimulateOptions = {}): SimulationPartial {
  return simulateChunks(scenario, preparedFor(scenario), options);
}

/** simulatePartial with a prepared scenario and an optional per-step hook (the hook is for tests). */
export function simulateChunks(
  scenario: Scenario, prepared: PreparedScenario, options: SimulateOptions = {}, hook?: StepHook,
): SimulationPartial {
  const total = chunkCount(scenario);
  const start = Math.max(0, Math.min(total, options.chunkStart ?? 0));
  const end = Math.max(start, Math.min(total, options.chunkEnd ?? total));
  const months = scenario.months;
  const partial = emptyPartial(months, prepared.ranges, prepared.levels);
  const slots = SERIES.length * (months + 1);
  const sums: ChunkSums = { means: new Float64Array(slots), attribution: new Float64Array(ATTRIBUTION_LENGTH) };
  const branchCounts = new Int32Array(prepared.branches.length);
  const pathsTotal = Math.min(scenario.paths, end * CHUNK_PATHS) - start * CHUNK_PATHS;
  let pathsDone = 0;
  for (let chunk = start; chunk < end; chunk++) {
    if (options.signal?.aborted) throw abortError();
    const n = Math.min(CHUNK_PATHS, scenario.paths - chunk * CHUNK_PATHS);
    const streams = chunkStreams(scenario.seed, chunk);
    // Each path's branch comes from its own stream, so adding a branch leaves the shocks' stream intact.
    branchCounts.fill(0);
    const cw = prepared.cumulativeWeights;
    for (let i = 0; i < n; i++) {
      const draw = streams.branches.uniform();
      let b = 0;
      while (b < cw.length - 1 && draw >= cw[b]) b++;
      branchCounts[b]++;
    }
    sums.means.fill(0);
    sums.attribution.fill(0);
    for (let b = 0; b < prepared.branches.length; b++) {
      if (branchCounts[b] > 0) {
        runBranchGroup(prepared.branches[b], b, partial, streams.shocks, branchCounts[b], sums, hook, options.timing);
      }
    }
    for (let k = 0; k < slots; k++) addExact(partial.sums, k * EXACT_LIMBS, sums.means[k]);
    const base = attributionIndex(months);
    for (let k = 0; k < ATTRIBUTION_LENGTH; k++) addExact(partial.sums, (base + k) * EXACT_LIMBS, sums.attribution[k]);
    partial.paths += n;
    partial.chunks += 1;
    pathsDone += n;
    options.onProgress?.(pathsDone, pathsTotal);
  }
  return partial;
}

function abortError(): Error {
  const error = new Error('The simulation was cancelled.');
  error.name = 'AbortError';
  return error;
}
