import type { Scenario, Summary } from '../model/index.ts';

/** A summary together with the merged partial it was computed from (kept for percentiles). */
export interface SummarizedRun<P> {
  summary: Summary;
  partial: P;
  /** The input partials handed back when the caller asked to keep them. */
  lent?: P[];
}

/** Where a run's chunks are simulated and summarized; the worker pool in the app, a fake in tests. */
export interface SimulationBackend<P> {
  /** How many calls may usefully run at once. */
  readonly size: number;
  /** Simulates chunks [chunkStart, chunkEnd) of the scenario. */
  simulate(scenario: Scenario, chunkStart: number, chunkEnd: number): Promise<P>;
  /**
   * Merges partials (in the given chunk order) and summarizes them. The partials move to the
   * worker; with `keep` they come back in `lent` (moved both ways, never copied).
   */
  summarize(scenario: Scenario, parts: P[], keep: boolean): Promise<SummarizedRun<P>>;
  /**
   * Simulates chunks [chunkStart, chunkEnd) and summarizes them in the same call: a preview that is
   * one batch gets its result without a second trip through the worker's queue. `run.partial` is a
   * copy of `part` (the page shows one while the other moves on to be merged). Optional: without
   * it the runner asks simulate, then summarize.
   */
  simulateSummarized?(scenario: Scenario, chunkStart: number, chunkEnd: number): Promise<{ part: P; run: SummarizedRun<P> }>;
  /** Merges partials of disjoint chunks into one (in a worker: the inputs move there, the result moves back). */
  merge(parts: P[]): Promise<P>;
  /**
   * Withdraws the calls still waiting for a free worker (they reject); running calls go on.
   * Optional: without it, superseded calls run and their results are dropped.
   */
  dropQueued?(): void;
  /** Stops every worker; pending calls reject. */
  dispose(): void;
}
