import type { Scenario, SimulationPartial } from '../model/index.ts';
import type { SummarizedRun } from './backend.ts';
import type { DigestProbe, ScenarioDigest } from '../lessons/scenarioDigest.ts';

/** What workers/simulation.worker.ts exposes over comlink: model functions only, results transferred. */
export interface SimulationWorkerApi {
  /** simulatePartial over chunks [chunkStart, chunkEnd). */
  simulate(scenario: Scenario, chunkStart: number, chunkEnd: number): SimulationPartial;
  /** simulatePartial, then summarize it: the partial and a copy of it with its summary, in one call. */
  simulateSummarized(scenario: Scenario, chunkStart: number, chunkEnd: number): { part: SimulationPartial; run: SummarizedRun<SimulationPartial> };
  /** mergePartials then summarize, returning the merged partial too, and the inputs when `handBack`. */
  summarize(scenario: Scenario, parts: SimulationPartial[], handBack: boolean): SummarizedRun<SimulationPartial>;
  /** mergePartials, so the page never spends its frames adding histograms. */
  merge(parts: SimulationPartial[]): SimulationPartial;
  /** Simulates chunks [0, chunkEnd) and returns only the few numbers the lesson views draw. */
  digest(scenario: Scenario, chunkEnd: number, probes: DigestProbe[]): ScenarioDigest;
}
