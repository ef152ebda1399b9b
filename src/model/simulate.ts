import type { Scenario } from './scenario.ts';
import { simulatePartial } from './simulatePartial.ts';
import type { SimulateOptions } from './simulateOptions.ts';
import { summarize } from './summarize.ts';
import type { Summary } from './summary.ts';

/** Runs the whole scenario (or the requested chunks) on this thread and summarizes it. */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): Summary {
  return summarize(scenario, simulatePartial(scenario, options));
}
