import type { Scenario } from './scenario.ts';

/** Paths per chunk: the unit of seeding, progress, cancellation and work splitting. */
export const CHUNK_PATHS = 1000;

/** Number of fixed-size chunks a scenario's paths are split into (the last one may be short). */
export function chunkCount(scenario: Scenario): number {
  return Math.ceil(scenario.paths / CHUNK_PATHS);
}
