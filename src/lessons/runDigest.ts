import { percentileOf, simulatePartial, summarize, type Scenario } from '../model/index.ts';
import { digestOf, type DigestProbe, type ScenarioDigest } from './scenarioDigest.ts';

/**
 * Simulates chunks [0, chunkEnd) of `scenario` and digests them (in a worker): the first chunks of
 * a scenario are the same paths the main run starts with, so a digest of every chunk matches it.
 */
export function runDigest(scenario: Scenario, chunkEnd: number, probes: readonly DigestProbe[]): ScenarioDigest {
  const partial = simulatePartial(scenario, { chunkStart: 0, chunkEnd });
  const summary = summarize(scenario, partial);
  return digestOf(summary, probes.map((probe) => percentileOf(partial, probe.series, probe.month, probe.value)));
}
