import { chunkCount, type Scenario } from '../model/index.ts';

/**
 * The chunk counts of a progressive computation's passes: each pass costs about `budgets[i]`
 * thousand path-months per run (so a longer horizon gets fewer paths), at least one chunk, at most
 * the scenario's own; equal passes are merged, so a short run may have one pass.
 */
export function passChunks(scenario: Scenario, budgets: readonly number[]): number[] {
  const most = chunkCount(scenario);
  const passes: number[] = [];
  for (const budget of budgets) {
    const chunks = Math.max(1, Math.min(most, Math.floor(budget / Math.max(1, scenario.months))));
    if (chunks > (passes.at(-1) ?? 0)) passes.push(chunks);
  }
  return passes;
}
