import type { Scenario } from '../model/index.ts';
import type { DigestProbe, ScenarioDigest } from './scenarioDigest.ts';

/** Where digests are computed: a simulation worker in the app, a fake in tests. */
export interface DigestBackend {
  digest(scenario: Scenario, chunkEnd: number, probes: DigestProbe[]): Promise<ScenarioDigest>;
}
