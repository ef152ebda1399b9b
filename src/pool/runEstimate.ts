import type { Scenario } from '../model/index.ts';
import { planRun } from './planChunks.ts';
import type { ChunkSpec } from './runTypes.ts';

/** What a full run would cost, shown when it is over budget so the user can decide. */
export interface RunEstimate {
  paths: number;
  months: number;
  /** Expected wall time of the whole run on this device's pool, in seconds. */
  seconds: number;
  /** Partials alive at once (in the workers and on the page), in bytes: the same for any number of paths. */
  bytes: number;
}

/** Limits above which a full run asks first: the time a reader will wait and the memory a tab can spare. */
export const RUN_BUDGET = { seconds: 20, bytes: 768 * 1024 * 1024 };

/** Time per path-month on one worker assumed before any batch has been timed (a mid-range laptop). */
const PRIOR_MS_PER_PATH_MONTH = 0.002;
/** Bytes per month of one partial assumed before any partial has been measured (about 58 kB). */
const PRIOR_BYTES_PER_MONTH = 58_500;

/**
 * Most partials of one run alive at once on a pool of `workers`: one being filled in each worker,
 * up to one per worker finished and waiting to be merged, the preview's (at most one per worker)
 * until its summary hands them back, and the running merge's input and output.
 */
export function livePartialLimit(workers: number): number {
  return 3 * Math.max(1, workers) + 2;
}

/** Throughput and partial size measured so far (null before the first batch). */
export interface RunMeasures {
  msPerPathMonth: number | null;
  bytesPerMonth: number | null;
}

/** What the full run of `scenario` would cost on a pool of `workers`, from `measured` (or the priors before any). */
export function estimateRun(scenario: Scenario, spec: ChunkSpec<never>, workers: number, measured: RunMeasures): RunEstimate {
  const chunks = spec.chunkCount(scenario);
  const plan = planRun(chunks, scenario.months, workers, spec.previewChunks);
  const batches = plan.preview.length + plan.rest.length;
  const pathMonths = scenario.paths * scenario.months;
  const msPerPathMonth = measured.msPerPathMonth ?? PRIOR_MS_PER_PATH_MONTH;
  const bytesPerMonth = measured.bytesPerMonth ?? PRIOR_BYTES_PER_MONTH;
  return {
    paths: scenario.paths,
    months: scenario.months,
    seconds: (pathMonths * msPerPathMonth) / Math.max(1, workers) / 1000,
    // Batches are merged as they arrive, so memory depends on the pool and the horizon, not the paths.
    bytes: Math.min(batches, livePartialLimit(workers)) * bytesPerMonth * (scenario.months + 1),
  };
}
